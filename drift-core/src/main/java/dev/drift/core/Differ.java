package dev.drift.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two catalogs object by object, matching them by key. */
public final class Differ {

    /** The property the comparison skips unless column order is asked for. */
    static final String POSITION = "position";

    private Differ() {
    }

    /** Compares with the default options. */
    public static SchemaDiff compare(Catalog reference, Catalog target) {
        return compare(reference, target, DiffOptions.DEFAULTS);
    }

    /**
     * Lists what separates {@code target} from {@code reference}: objects missing from the target,
     * objects only the target has, and objects whose properties differ.
     */
    public static SchemaDiff compare(Catalog reference, Catalog target, DiffOptions options) {
        Set<ObjectKey> wholeTables = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        Inheritance referenceInheritance = new Inheritance(reference);
        Inheritance targetInheritance = new Inheritance(target);
        // Both catalogs are sorted by key: one merge walk visits the union of their keys in key order
        // (a table before its children), with no lookups.
        List<DbObject> references = reference.objects();
        List<DbObject> targets = target.objects();
        int i = 0;
        int j = 0;
        while (i < references.size() || j < targets.size()) {
            int order = i == references.size() ? 1 : j == targets.size() ? -1
                    : references.get(i).key().compareTo(targets.get(j).key());
            Optional<DbObject> ref = order <= 0 ? Optional.of(references.get(i++)) : Optional.empty();
            Optional<DbObject> tgt = order >= 0 ? Optional.of(targets.get(j++)) : Optional.empty();
            ObjectKey key = ref.or(() -> tgt).orElseThrow().key();
            if (!options.includes(key)) {
                continue;
            }
            // A child table's inherited column is its parent's, compared there. What is the child's is whether it
            // also has the column as its own (attislocal: the reader reads only such columns of a child): a copy
            // on one side only is a difference (the planner finds which statement, if any, gives or takes it).
            // A partition has no column of its own (ATTACH PARTITION and DETACH PARTITION change that with it).
            if (key.kind() == ObjectKind.COLUMN && (ref.isPresent() == tgt.isPresent()
                    || referenceInheritance.partition(key) || targetInheritance.partition(key))
                    && (referenceInheritance.inherits(key) || targetInheritance.inherits(key))) {
                continue;
            }
            // Children of a table that is missing or unexpected as a whole come with it.
            if (!wholeTables.isEmpty() && key.table().filter(wholeTables::contains).isPresent()) {
                continue;
            }
            if (ref.isPresent() && tgt.isEmpty()) {
                if (!comparedThroughConstraint(ref.get())) {
                    changes.add(new Change.Missing(ref.get()));
                    markWholeTable(key, wholeTables);
                }
            } else if (ref.isEmpty() && tgt.isPresent()) {
                if (!comparedThroughConstraint(tgt.get())) {
                    changes.add(new Change.Unexpected(tgt.get()));
                    markWholeTable(key, wholeTables);
                }
            } else if (!(comparedThroughConstraint(ref.get()) && comparedThroughConstraint(tgt.get()))) {
                List<PropertyChange> differences = differences(ref.get(), tgt.get(), options);
                if (!differences.isEmpty()) {
                    changes.add(new Change.Changed(ref.get(), tgt.get(), differences));
                }
            }
        }
        return new SchemaDiff(reference, target, changes);
    }

    private static void markWholeTable(ObjectKey key, Set<ObjectKey> wholeTables) {
        // Views and materialized views own children too (triggers, indexes); relation names are unique
        // per schema, so the table-shaped key names the relation whatever its kind.
        if (key.kind().isRelation()) {
            wholeTables.add(ObjectKey.table(key.schema(), key.name()));
        }
    }

    /** A catalog's partitions, and whether it has any inheritance (most have none: no look-up for their columns). */
    private record Inheritance(Catalog catalog, boolean any, Set<ObjectKey> partitions) {
        Inheritance(Catalog catalog) {
            this(catalog, catalog.objects(InheritanceDef.class));
        }

        private Inheritance(Catalog catalog, List<InheritanceDef> links) {
            this(catalog, !links.isEmpty(), links.stream().filter(InheritanceDef::partition).map(InheritanceDef::child)
                    .collect(Collectors.toSet()));
        }

        /** Whether the column's table is a partition. */
        boolean partition(ObjectKey column) {
            return any && partitions.contains(column.table().orElseThrow());
        }

        /** Whether the column's table inherits a column of that name from a parent (or a parent's parent). */
        boolean inherits(ObjectKey column) {
            return any && !catalog.parentsWithColumn(column).isEmpty();
        }
    }

    /**
     * An index that backs a primary key, unique or exclusion constraint is compared as that constraint; a
     * partition's copy of its parent's key is compared as an index (its constraint is the parent's).
     */
    private static boolean comparedThroughConstraint(DbObject object) {
        return object instanceof IndexDef index && index.backsConstraint() && !index.attached();
    }

    static List<PropertyChange> differences(DbObject reference, DbObject target, DiffOptions options) {
        if (reference.equals(target)) {
            // Equal records have equal properties; flattening them is most of a diff's time on big catalogs.
            return List.of();
        }
        Map<String, String> ref = Properties.of(reference);
        Map<String, String> tgt = Properties.of(target);
        Set<String> names = new LinkedHashSet<>(ref.keySet());
        names.addAll(tgt.keySet());
        List<PropertyChange> out = new ArrayList<>();
        for (String name : names) {
            if (name.equals(POSITION) && !options.compareColumnOrder()) {
                continue;
            }
            String r = ref.get(name);
            String t = tgt.get(name);
            if (r == null ? t != null : !r.equals(t)) {
                out.add(new PropertyChange(name, Optional.ofNullable(r), Optional.ofNullable(t)));
            }
        }
        return out;
    }

    /**
     * The fingerprint of what the Differ compares under these options: without column order,
     * column positions do not count, and only the included schemas do. Tenants that compare as equal
     * share it (a column a fix appended is in sync with the same column in the middle of the table).
     */
    public static String fingerprint(Catalog catalog, DiffOptions options) {
        if (options.compareColumnOrder() && options.schemas().isEmpty()) {
            return catalog.fingerprint();
        }
        StringBuilder b = new StringBuilder();
        for (DbObject o : catalog.objects()) {
            if (options.includes(o.key())) {
                b.append(o.key());
                Properties.of(o).forEach((name, value) -> {
                    if (options.compareColumnOrder() || !name.equals(Differ.POSITION)) {
                        b.append("\n    ").append(name).append(" = ").append(value);
                    }
                });
                b.append('\n');
            }
        }
        return Catalog.sha256(b.toString());
    }
}
