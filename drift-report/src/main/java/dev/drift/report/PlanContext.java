package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every {@link KindPlanner} may read while a fix is planned: both catalogs, the options, and what the
 * diff says about the whole plan (what it drops). Read-only: a planner returns its statements and keeps
 * nothing here.
 */
final class PlanContext {
    final SchemaDiff diff;
    final Catalog reference;
    final Catalog target;
    final PlanOptions options;
    /** The reference's and the target's dependency indexes, each built once for this plan's passes. */
    final Function<Catalog, DependencyIndex> dependencyIndexes = DependencyIndex.perPlan();
    private final Map<ObjectKey, Change> changes = new HashMap<>();
    private final Set<ObjectKey> unexpected = new HashSet<>();
    /** Constraints whose index the reference has as a plain index: dropped as part of that replacement. */
    private final Set<ObjectKey> replacedByIndex = new HashSet<>();

    PlanContext(SchemaDiff diff, PlanOptions options) {
        this.diff = diff;
        this.reference = diff.reference();
        this.target = diff.target();
        this.options = options;
        for (Change change : diff.changes()) {
            changes.put(change.key(), change);
            if (change instanceof Change.Unexpected u) {
                // A child's own copy of a column the reference's child inherits is not dropped (ColumnPlanner.Inheritance):
                // the column stays, and what it owns with it.
                if (u.key().kind() != ObjectKind.COLUMN || reference.parentsWithColumn(u.key()).isEmpty()) {
                    unexpected.add(u.key());
                }
            } else if (change instanceof Change.Changed c && c.target() instanceof IndexDef t && t.backsConstraint()) {
                replacedByIndex.add(ObjectKey.constraint(t.key().schema(), t.key().parent().orElseThrow(),
                        t.constraint().orElseThrow()));
            }
        }
    }

    /** The target's foreign keys by the table they reference, built on first use (asked per dropped or replaced table). */
    private Map<ObjectKey, List<ConstraintDef>> targetForeignKeysOnto;

    /** The target's foreign keys that reference {@code table}, in key order. */
    List<ConstraintDef> targetForeignKeysOnto(ObjectKey table) {
        if (targetForeignKeysOnto == null) {
            Map<ObjectKey, List<ConstraintDef>> built = new HashMap<>();
            for (ConstraintDef c : target.objects(ConstraintDef.class)) {
                c.references().ifPresent(referenced -> built.computeIfAbsent(referenced, k -> new ArrayList<>()).add(c));
            }
            targetForeignKeysOnto = built;
        }
        return targetForeignKeysOnto.getOrDefault(table, List.of());
    }

    /** The diff's change of an object, if it has one. */
    Optional<Change> change(ObjectKey key) {
        return Optional.ofNullable(changes.get(key));
    }

    /** Whether the plan drops the object, or the table it belongs to: what describes it goes with it. */
    boolean goesAway(ObjectKey subject) {
        return unexpected.contains(subject) || subject.table().filter(unexpected::contains).isPresent();
    }

    /** Whether the target only has this object (the plan drops it if allowed). */
    boolean unexpected(ObjectKey key) {
        return unexpected.contains(key);
    }

    /** Whether the plan drops this table, column or sequence: what they own goes with them. */
    boolean dropped(ObjectKey key) {
        ObjectKind kind = key.kind();
        return (kind == ObjectKind.TABLE || kind == ObjectKind.COLUMN || kind == ObjectKind.SEQUENCE)
                && unexpected.contains(key);
    }

    /** The sequences the plan drops. */
    List<ObjectKey> droppedSequences() {
        return unexpected.stream().filter(k -> k.kind() == ObjectKind.SEQUENCE).toList();
    }

    /** Whether the constraint goes because the reference has its index as a plain index (see IndexPlanner). */
    boolean replacedByIndex(ObjectKey constraint) {
        return replacedByIndex.contains(constraint);
    }

    /**
     * Whether statements on a table may run {@code CONCURRENTLY} or add constraints {@code NOT VALID}: a
     * table (or materialized view) both catalogs have, that the plan keeps, and that is neither partitioned
     * nor a partition on either side. PostgreSQL refuses {@code CREATE INDEX CONCURRENTLY},
     * {@code DROP INDEX CONCURRENTLY} and {@code ADD CONSTRAINT ... USING INDEX} on partitioned tables (and a
     * partition's index belongs to its parent's), and a table the script creates is empty, so the plain form
     * is as quick and stays inside the transaction.
     */
    boolean onExistingPlainTable(ObjectKey table) {
        return plain(target, table) && plain(reference, table) && !unexpected(table);
    }

    private static boolean plain(Catalog catalog, ObjectKey table) {
        Optional<DbObject> found = catalog.find(table);
        if (found.isEmpty()) {
            return catalog.find(ObjectKey.materializedView(table.schema(), table.name()))
                    .filter(MaterializedViewDef.class::isInstance).isPresent();
        }
        boolean partitioned = found.get() instanceof TableDef t && t.partitionKey().isPresent();
        boolean partition = catalog.childrenOf(table).stream().anyMatch(o -> o instanceof InheritanceDef i && i.partition());
        return !partitioned && !partition;
    }

    static Hazard dataLoss(String why) {
        return new Hazard(Hazard.Kind.DATA_LOSS, why);
    }

    static Hazard mayFail(String why) {
        return new Hazard(Hazard.Kind.MAY_FAIL, why);
    }
}
