package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.TableDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the plan needs to know about the indexes and keys of partitioned tables and their partitions, before
 * {@link IndexPlanner} and {@link ConstraintPlanner} write a statement: which of the reference's partition
 * indexes hang under a parent's index, which index of the target's partition PostgreSQL would attach to it,
 * and the name PostgreSQL gives the index it builds on a partition itself. Reads the plan's context; writes no
 * statement.
 *
 * <p>PostgreSQL builds a partitioned table's index (or key) on every partition, attaching an index the
 * partition already has when one matches (same columns, method, options and predicate; for a key, one that
 * backs a key too), or building one it names itself ({@code <partition>_<columns>_idx}, {@code _key},
 * {@code _pkey}, {@code _excl}, with a number when the name is taken). {@code CREATE TABLE ... PARTITION OF} and
 * {@code ATTACH PARTITION} do the same for the parent's indexes that exist. The reference's names are kept:
 * where PostgreSQL's own name would differ, the index is renamed; where the parent's creation would attach or
 * build the wrong one, the parent's index is created {@code ON ONLY} the parent and each partition's index is
 * built (or reused) and attached by name, as {@code pg_dump} does.
 */
final class PartitionIndexes {

    /** PostgreSQL's NAMEDATALEN - 1: the longest name, in bytes. */
    private static final int MAX_NAME = 63;

    private PartitionIndexes() {
    }

    // ---- shapes

    /** An index definition without its name and table: uniqueness, method, keys, options and predicate. */
    static String shape(IndexDef index) {
        String definition = index.definition();
        int using = usingAt(definition);
        return (index.unique() ? "unique" : "") + (using < 0 ? definition : definition.substring(using));
    }

    /**
     * The shape PostgreSQL compares when it looks for a partition's index to attach: storage parameters and
     * tablespace do not count.
     */
    static String matchShape(IndexDef index) {
        return shape(index).replaceAll(" WITH \\((?:[^()'\"]|'(?:[^']|'')*')*\\)", "")
                .replaceAll(" TABLESPACE (?:\"(?:[^\"]|\"\")*\"|\\S+)", "");
    }

    /** Where {@code " USING "} starts in a definition, past the (possibly quoted) index and table names. */
    private static int usingAt(String definition) {
        int at = skipName(definition, definition.indexOf(" INDEX ") + " INDEX ".length());
        if (at < 0 || !definition.startsWith(" ON ", at)) {
            return -1;
        }
        at += " ON ".length();
        if (definition.startsWith("ONLY ", at)) {
            at += "ONLY ".length();
        }
        at = skipName(definition, at);
        while (at >= 0 && at < definition.length() && definition.charAt(at) == '.') {
            at = skipName(definition, at + 1);
        }
        return at >= 0 && definition.startsWith(" USING ", at) ? at : -1;
    }

    /** The end of the identifier that starts at {@code at} (quoted or not), or -1. */
    private static int skipName(String s, int at) {
        if (at < 0 || at >= s.length()) {
            return -1;
        }
        if (s.charAt(at) == '"') {
            int i = at + 1;
            while (i < s.length()) {
                if (s.charAt(i) == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return -1;
        }
        int i = at;
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '.' && s.charAt(i) != '(') {
            i++;
        }
        return i == at ? -1 : i;
    }

    // ---- the partition tree

    /** The catalog's partition link of a table (its parent and bound), if it is a partition. */
    static Optional<InheritanceDef> partitionLink(Catalog catalog, ObjectKey table) {
        return catalog.childrenOf(table).stream().filter(o -> o instanceof InheritanceDef i && i.partition())
                .map(InheritanceDef.class::cast).findFirst();
    }

    /** The indexes attached to {@code parentIndex} in a catalog (one per partition), by key. */
    static List<IndexDef> attachedTo(Catalog catalog, ObjectKey parentIndex) {
        List<IndexDef> out = new ArrayList<>();
        for (IndexDef i : catalog.objects(IndexDef.class)) {
            if (i.partitionOf().equals(Optional.of(parentIndex))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the catalog's table is partitioned. */
    static boolean partitioned(Catalog catalog, ObjectKey table) {
        return catalog.find(table).filter(t -> t instanceof TableDef d && d.partitioned()).isPresent();
    }

    /**
     * Whether the plan makes the target's table a partition of {@code parent} only after the indexes are built:
     * it is attached, or detached and attached again with another bound ({@code ATTACH_PARTITIONS} comes after
     * the indexes). PostgreSQL then attaches (or builds) its indexes at the {@code ATTACH}.
     */
    static boolean attachedLater(ObjectKey table, ObjectKey parent, PlanContext context) {
        Optional<InheritanceDef> wanted = partitionLink(context.reference, table).filter(i -> i.parentTable().equals(parent));
        return wanted.isPresent() && context.target.find(table).isPresent()
                && !partitionLink(context.target, table).equals(wanted);
    }

    /** Whether the plan detaches the target's partition from its parent (for good, or to attach it again). */
    static boolean detachedByPlan(ObjectKey table, PlanContext context) {
        Optional<InheritanceDef> link = partitionLink(context.target, table);
        return link.isPresent() && !partitionLink(context.reference, table).equals(link)
                && context.target.find(table).isPresent() && context.reference.find(table).isPresent();
    }

    /** Whether the plan creates the table (the target lacks it). */
    static boolean newTable(ObjectKey table, PlanContext context) {
        return context.reference.find(table).isPresent()
                && (context.target.find(table).isEmpty() || TablePlanner.TableRebuild.rebuilt(table, context));
    }

    /**
     * Whether the plan builds the reference's index (or the key it backs): the target lacks it, or has it in
     * another form that is dropped and built again. Its partitions' indexes are then built (or attached) with
     * it, and are not planned on their own.
     */
    static boolean builtByPlan(ObjectKey index, PlanContext context) {
        Optional<IndexDef> wanted = context.reference.find(index).map(IndexDef.class::cast);
        if (wanted.isEmpty()) {
            return false;
        }
        Optional<IndexDef> had = context.target.find(index).map(IndexDef.class::cast)
                .filter(i -> !TablePlanner.TableRebuild.rebuilt(index.table().orElseThrow(), context));
        if (had.isEmpty() || !shape(had.get()).equals(shape(wanted.get()))
                || !had.get().constraint().equals(wanted.get().constraint())) {
            return true;
        }
        return wanted.get().constraint().map(c -> constraintChanged(ObjectKey.constraint(index.schema(),
                index.parent().orElseThrow(), c), context)).orElse(false);
    }

    private static boolean constraintChanged(ObjectKey constraint, PlanContext context) {
        Optional<DbObject> r = context.reference.find(constraint);
        Optional<DbObject> t = context.target.find(constraint);
        return r.isPresent() && !r.equals(t);
    }

    /** Whether the plan drops the target's index (or its table, or the key it backs) and does not keep it. */
    static boolean goesByPlan(ObjectKey index, PlanContext context) {
        if (context.goesAway(index)) {
            return true;
        }
        Optional<IndexDef> had = context.target.find(index).map(IndexDef.class::cast);
        if (had.isEmpty()) {
            return false;
        }
        return context.reference.find(index).isEmpty() || builtByPlan(index, context);
    }

    /**
     * The reference's partitions' indexes under {@code parentIndex} that its creation takes care of: those of the
     * partitions the target has under the same parent (and keeps there) and of the partitions the plan creates
     * (before the parent's index: {@code PARTITIONS} comes before the indexes).
     */
    static List<IndexDef> treeChildren(IndexDef parentIndex, PlanContext context) {
        ObjectKey parentTable = parentIndex.key().table().orElseThrow();
        List<IndexDef> out = new ArrayList<>();
        for (IndexDef child : attachedTo(context.reference, parentIndex.key())) {
            ObjectKey partition = child.key().table().orElseThrow();
            if (newTable(partition, context) || (!attachedLater(partition, parentTable, context)
                    && !detachedByPlan(partition, context))) {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * The target's indexes of the partition that PostgreSQL would attach to {@code parentIndex} when the parent's
     * index is created or the partition attached: not attached to anything, of the same shape, and for a key,
     * backing a key (a plain parent index may take one that backs a key).
     */
    static List<IndexDef> matches(ObjectKey partition, IndexDef parentIndex, PlanContext context) {
        List<IndexDef> out = new ArrayList<>();
        if (context.target.find(partition).isEmpty() || TablePlanner.TableRebuild.rebuilt(partition, context)) {
            return out;
        }
        String shape = matchShape(parentIndex);
        for (DbObject o : context.target.childrenOf(partition)) {
            // What the plan drops may still be there (a drop held back): PostgreSQL may see every one of them.
            if (o instanceof IndexDef i && !(i.attached() && !detachedByPlan(partition, context))
                    && matchShape(i).equals(shape) && (parentIndex.constraint().isEmpty() || i.backsConstraint())) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The target's index that becomes the reference's partition index {@code wanted}, attached to its parent's:
     * the only match PostgreSQL would take, unless the reference keeps it as the partition's own index (or key).
     */
    static Optional<IndexDef> reusable(IndexDef wanted, IndexDef parentIndex, PlanContext context) {
        List<IndexDef> matches = matches(wanted.key().table().orElseThrow(), parentIndex, context);
        List<IndexDef> free = matches.stream().filter(i -> !keptAsOwn(i, context)
                && sameKeyKind(i, parentIndex, context)).toList();
        return free.stream().filter(i -> i.key().equals(wanted.key())).findFirst()
                .or(() -> free.stream().findFirst());
    }

    /** Whether a reference index (or key) of the partition is its own one, not under a parent's. */
    private static boolean keptAsOwn(IndexDef target, PlanContext context) {
        Optional<DbObject> same = context.reference.find(target.key());
        if (same.isPresent() && !((IndexDef) same.get()).attached()) {
            return true;
        }
        return target.constraint().filter(c -> context.reference.find(ObjectKey.constraint(target.key().schema(),
                target.key().parent().orElseThrow(), c)).isPresent()).isPresent();
    }

    /** A key is attached only to a key of its kind, a plain index only to a plain one. */
    private static boolean sameKeyKind(IndexDef target, IndexDef parentIndex, PlanContext context) {
        if (parentIndex.constraint().isEmpty()) {
            return target.constraint().isEmpty();
        }
        Optional<ConstraintDef.Type> wanted = keyType(context.reference, parentIndex);
        Optional<ConstraintDef.Type> had = keyType(context.target, target);
        return wanted.isPresent() && wanted.equals(had);
    }

    /** The kind of key an index backs, from its constraint (the parent's, for a partition's copy). */
    static Optional<ConstraintDef.Type> keyType(Catalog catalog, IndexDef index) {
        if (index.constraint().isEmpty()) {
            return Optional.empty();
        }
        IndexDef root = index;
        for (int depth = 0; root.attached() && depth < 32; depth++) {
            Optional<DbObject> up = catalog.find(root.partitionOf().get());
            if (up.isEmpty()) {
                break;
            }
            root = (IndexDef) up.get();
        }
        ObjectKey constraint = ObjectKey.constraint(root.key().schema(), root.key().parent().orElseThrow(),
                root.constraint().orElseThrow());
        return catalog.find(constraint).map(c -> ((ConstraintDef) c).type());
    }

    /** The reference's partition index that the target's index becomes by being reused under a parent's index. */
    static Optional<IndexDef> reusedAs(IndexDef target, PlanContext context) {
        ObjectKey partition = target.key().table().orElseThrow();
        for (DbObject o : context.reference.childrenOf(partition)) {
            if (o instanceof IndexDef wanted && wanted.attached()) {
                Optional<IndexDef> parent = context.reference.find(wanted.partitionOf().get()).map(IndexDef.class::cast);
                if (parent.isPresent() && reuses(wanted, parent.get(), context)
                        && reusable(wanted, parent.get(), context).filter(target::equals).isPresent()) {
                    return Optional.of(wanted);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the plan reuses a target index for {@code wanted} (rather than building it or cloning it). */
    private static boolean reuses(IndexDef wanted, IndexDef parent, PlanContext context) {
        ObjectKey partition = wanted.key().table().orElseThrow();
        ObjectKey parentTable = parent.key().table().orElseThrow();
        if (newTable(partition, context)) {
            return false;
        }
        return builtByPlan(parent.key(), context) || attachedLater(partition, parentTable, context);
    }

    /**
     * The target's partition index that the reference has under another name: attached to the same parent index,
     * on a partition that stays under it.
     */
    static Optional<IndexDef> renamedFrom(IndexDef wanted, PlanContext context) {
        ObjectKey partition = wanted.key().table().orElseThrow();
        if (wanted.partitionOf().isEmpty() || detachedByPlan(partition, context)) {
            return Optional.empty();
        }
        return context.target.childrenOf(partition).stream()
                .filter(o -> o instanceof IndexDef i && i.partitionOf().equals(wanted.partitionOf())
                        && !i.key().equals(wanted.key()) && context.reference.find(i.key()).isEmpty())
                .map(IndexDef.class::cast).findFirst();
    }

    /**
     * The target's partition index, attached to a parent's index in the target, that becomes the reference's own
     * index {@code wanted} when the plan detaches the partition: same shape, another name.
     */
    static Optional<IndexDef> ownAfterDetach(IndexDef wanted, PlanContext context) {
        ObjectKey partition = wanted.key().table().orElseThrow();
        if (wanted.attached() || !detachedByPlan(partition, context) || partitionLink(context.reference, partition).isPresent()) {
            return Optional.empty();
        }
        String shape = matchShape(wanted);
        return context.target.childrenOf(partition).stream()
                .filter(o -> o instanceof IndexDef i && i.attached() && matchShape(i).equals(shape)
                        && i.constraint().isPresent() == wanted.constraint().isPresent()
                        && context.reference.find(i.key()).isEmpty())
                .map(IndexDef.class::cast).findFirst();
    }

    // ---- the names PostgreSQL chooses

    /**
     * The name PostgreSQL gives the index it builds on {@code partition} for {@code parentIndex} (the partition's
     * copy of a key is named as a key), when it can be told from the catalogs: the name must not be taken by a
     * relation (or, for a key, a constraint) of the schema that the plan may or may not have dropped or created by
     * then, and each key column must be a column, a function call, a cast or an operator expression.
     *
     * @param except the index being named, whose reference name does not count as taken
     */
    static Optional<String> chosenName(ObjectKey partition, IndexDef parentIndex, PlanContext context, ObjectKey except) {
        Optional<List<String>> columns = columnNames(parentIndex.definition());
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        Optional<ConstraintDef.Type> key = keyType(context.reference, parentIndex);
        boolean constraint = key.isPresent();
        String label;
        String addition;
        if (key.equals(Optional.of(ConstraintDef.Type.PRIMARY_KEY))) {
            label = "pkey";
            addition = null;
        } else {
            label = key.equals(Optional.of(ConstraintDef.Type.EXCLUSION)) ? "excl" : constraint ? "key" : "idx";
            addition = String.join("_", columns.get());
        }
        Names names = new Names(partition.schema(), context, except);
        for (int pass = 0; pass < 100; pass++) {
            String candidate = objectName(partition.name(), addition, pass == 0 ? label : label + pass);
            Optional<Boolean> taken = names.taken(candidate, constraint);
            if (taken.isEmpty()) {
                return Optional.empty();
            }
            if (!taken.get()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Which names of a schema are taken: for certain, for certain not, or it depends on the plan. */
    private static final class Names {
        private final Set<String> kept = new HashSet<>();
        private final Set<String> uncertain = new HashSet<>();
        private final Set<String> keptConstraints = new HashSet<>();
        private final Set<String> uncertainConstraints = new HashSet<>();

        Names(String schema, PlanContext context, ObjectKey except) {
            for (DbObject o : context.target.objects()) {
                ObjectKey key = o.key();
                if (!key.schema().equals(schema) || key.table().filter(t -> TablePlanner.TableRebuild.rebuilt(t, context)).isPresent()
                        || (o instanceof dev.drift.core.TableDef && TablePlanner.TableRebuild.rebuilt(key, context))) {
                    continue; // dropped with a table the plan rebuilds
                }
                boolean stays = context.reference.find(key).isPresent() && !context.goesAway(key);
                if (relationName(o)) {
                    (stays ? kept : uncertain).add(key.name());
                }
                constraintName(o).ifPresent(n -> (stays ? keptConstraints : uncertainConstraints).add(n));
            }
            for (DbObject o : context.reference.objects()) {
                ObjectKey key = o.key();
                if (!key.schema().equals(schema) || key.equals(except) || context.target.find(key).isPresent()) {
                    continue;
                }
                if (relationName(o)) {
                    uncertain.add(key.name());
                }
                constraintName(o).ifPresent(uncertainConstraints::add);
            }
        }

        private static boolean relationName(DbObject o) {
            return o.key().kind().isRelation() || o instanceof IndexDef
                    || o.key().kind() == dev.drift.core.ObjectKind.SEQUENCE
                    || o instanceof dev.drift.core.CompositeTypeDef;
        }

        private static Optional<String> constraintName(DbObject o) {
            if (o instanceof ConstraintDef c) {
                return Optional.of(c.key().name());
            }
            return o instanceof IndexDef i && i.attached() ? i.constraint() : Optional.empty();
        }

        Optional<Boolean> taken(String name, boolean constraint) {
            if (uncertain.contains(name) || (constraint && uncertainConstraints.contains(name))) {
                return Optional.empty();
            }
            return Optional.of(kept.contains(name) || (constraint && keptConstraints.contains(name)));
        }
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label}, the longer of the two names shortened first
     * (at a character boundary) so that the whole fits in 63 bytes.
     */
    static String objectName(String name1, String name2, String label) {
        byte[] a = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : label.length() + 1);
        int available = MAX_NAME - overhead;
        int aLen = a.length;
        int bLen = b.length;
        while (aLen + bLen > available) {
            if (aLen > bLen) {
                aLen--;
            } else {
                bLen--;
            }
        }
        StringBuilder out = new StringBuilder(clip(a, aLen));
        if (name2 != null) {
            out.append('_').append(clip(b, bLen));
        }
        if (label != null) {
            out.append('_').append(label);
        }
        return out.toString();
    }

    /** The first {@code length} bytes of UTF-8 text, cut back to a whole character. */
    private static String clip(byte[] utf8, int length) {
        int end = length;
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * The names PostgreSQL gives an index's columns ({@code ChooseIndexColumnNames}), key columns then
     * {@code INCLUDE} columns, from the definition: a column's name, a function's name, a cast's column or function
     * (else its type), {@code case}, {@code expr} for an operator; a repeated name gets a number. Empty when an
     * expression's name cannot be told.
     */
    static Optional<List<String>> columnNames(String definition) {
        int using = usingAt(definition);
        if (using < 0) {
            return Optional.empty();
        }
        int open = definition.indexOf('(', using);
        int close = closing(definition, open);
        if (open < 0 || close < 0) {
            return Optional.empty();
        }
        List<String> elements = new ArrayList<>(splitTopLevel(definition.substring(open + 1, close)));
        String rest = definition.substring(close + 1);
        if (rest.startsWith(" INCLUDE (")) {
            int includeOpen = close + 1 + " INCLUDE ".length();
            int includeClose = closing(definition, includeOpen);
            if (includeClose < 0) {
                return Optional.empty();
            }
            elements.addAll(splitTopLevel(definition.substring(includeOpen + 1, includeClose)));
        }
        List<String> names = new ArrayList<>();
        for (String element : elements) {
            Optional<String> name = elementName(element.strip());
            if (name.isEmpty()) {
                return Optional.empty();
            }
            String unique = name.get();
            for (int i = 1; names.contains(unique); i++) {
                String suffix = Integer.toString(i);
                unique = clip(name.get().getBytes(StandardCharsets.UTF_8), MAX_NAME - suffix.length()) + suffix;
            }
            names.add(unique);
        }
        return Optional.of(names);
    }

    private static Optional<String> elementName(String element) {
        if (element.startsWith("(")) {
            int close = closing(element, 0);
            if (close < 0) {
                return Optional.empty();
            }
            return expressionName(element.substring(1, close).strip()).map(Named::name);
        }
        return expressionName(element.split(" (?=COLLATE |DESC|ASC|NULLS |[a-z_]+_ops)", 2)[0]
                .replaceAll(" [a-z_][a-z0-9_.]*_ops$", "")).map(Named::name);
    }

    /** A name with the strength PostgreSQL's {@code FigureColname} gives it (2: a column or function; 1: weaker). */
    private record Named(String name, int strength) {
    }

    /** {@code FigureColname} of an expression as {@code pg_get_indexdef} writes it. */
    private static Optional<Named> expressionName(String expression) {
        String e = stripParens(expression.strip());
        Optional<Integer> cast = topLevelCast(e);
        if (cast.isPresent()) {
            Optional<Named> argument = expressionName(e.substring(0, cast.get()));
            if (argument.isPresent() && argument.get().strength() > 1) {
                return argument;
            }
            return typeName(e.substring(cast.get() + 2)).map(t -> new Named(t, 1));
        }
        if (e.startsWith("CASE") && e.endsWith("END")) {
            // A CASE is named after its ELSE when that is a column or a call (the server writes ELSE NULL when
            // there is none), else "case".
            int otherwise = e.lastIndexOf("ELSE ");
            Optional<Named> result = otherwise < 0 ? Optional.empty()
                    : expressionName(e.substring(otherwise + "ELSE ".length(), e.length() - "END".length()));
            return result.isPresent() && result.get().strength() > 1 ? result : Optional.of(new Named("case", 1));
        }
        Optional<Named> identifier = identifierOrCall(e);
        if (identifier.isPresent()) {
            return identifier;
        }
        if (hasTopLevelOperator(e)) {
            return Optional.of(new Named("expr", 0));
        }
        return Optional.empty();
    }

    /** A column ({@code "Col"}, {@code col}) or a call ({@code f(...)}, {@code s.f(...)}, {@code COALESCE(...)}). */
    private static Optional<Named> identifierOrCall(String e) {
        int at = 0;
        String last = null;
        while (true) {
            int end = skipName(e, at);
            if (end < 0) {
                return Optional.empty();
            }
            String part = e.substring(at, end);
            if (part.startsWith("\"")) {
                last = part.substring(1, part.length() - 1).replace("\"\"", "\"");
            } else if (part.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
                last = part.toLowerCase(Locale.ROOT);
            } else {
                return Optional.empty();
            }
            if (end == e.length()) {
                return Optional.of(new Named(last, 2));
            }
            char next = e.charAt(end);
            if (next == '.') {
                at = end + 1;
            } else if (next == '(') {
                return closing(e, end) == e.length() - 1 ? Optional.of(new Named(last, 2)) : Optional.empty();
            } else {
                return Optional.empty();
            }
        }
    }

    /** What PostgreSQL names a type in a cast ({@code character varying} is {@code varchar}). */
    private static Optional<String> typeName(String type) {
        String t = type.strip().replaceAll("\\(.*\\)$", "").replaceAll("\\[]$", "");
        String last = t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t;
        Map<String, String> internal = Map.ofEntries(Map.entry("character varying", "varchar"),
                Map.entry("integer", "int4"), Map.entry("bigint", "int8"), Map.entry("smallint", "int2"),
                Map.entry("boolean", "bool"), Map.entry("double precision", "float8"), Map.entry("real", "float4"),
                Map.entry("character", "bpchar"), Map.entry("timestamp without time zone", "timestamp"),
                Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
                Map.entry("time with time zone", "timetz"));
        if (internal.containsKey(last)) {
            return Optional.of(internal.get(last));
        }
        return last.matches("[a-z_][a-z0-9_]*") ? Optional.of(last) : Optional.empty();
    }

    /** Where a cast ({@code ::}) that applies to the whole expression starts, if one does. */
    private static Optional<Integer> topLevelCast(String e) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(e, i);
                if (i < 0) {
                    return Optional.empty();
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == ':' && i + 1 < e.length() && e.charAt(i + 1) == ':') {
                found = i;
                i++;
            } else if (depth == 0 && c == ' ' && found >= 0) {
                String rest = e.substring(i + 1);
                // "character varying", "double precision" and the time zones are types of several words.
                if (!rest.matches("(?:varying|precision|with|without|time|zone)\\b.*")) {
                    return Optional.empty();
                }
            }
        }
        return found > 0 && !hasTopLevelOperator(e.substring(0, found)) ? Optional.of(found) : Optional.empty();
    }

    /** Whether an operator stands between operands at the top level ({@code a || b}, {@code - id}, {@code x IS NULL}). */
    private static boolean hasTopLevelOperator(String e) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(e, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == ' ') {
                return true;
            }
        }
        return false;
    }

    private static int skipQuoted(String s, int at) {
        char quote = s.charAt(at);
        for (int i = at + 1; i < s.length(); i++) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String stripParens(String e) {
        String s = e;
        while (s.startsWith("(") && closing(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        if (open < 0 || open >= s.length() || s.charAt(open) != '(') {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipQuoted(list, i);
                i = end < 0 ? list.length() : end;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i));
                start = i + 1;
            }
        }
        out.add(list.substring(start));
        return out;
    }

    /** Whether the change of the object is one the plan reports as missing or unexpected. */
    static boolean missingOrUnexpected(ObjectKey key, PlanContext context) {
        Optional<Change> change = context.change(key);
        return change.isPresent() && !(change.get() instanceof Change.Changed);
    }
}
