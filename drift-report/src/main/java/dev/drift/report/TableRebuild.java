package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SequenceDef;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table whose partitioning changes (another partition key, or partitioned and plain swapped), which PostgreSQL
 * cannot do in place: rebuilt in the script's transaction. The rows the two tables share columns for are copied
 * to a holding table, the table (with its partitions) is dropped, created again as the reference has it with its
 * partitions, keys, indexes, triggers and policies, the rows are copied back and the holding table is dropped.
 * What depends on the table (foreign keys onto it, views) is dropped before and created again after by
 * {@link Rebuilds}; its comments, grants and owner, and its partitions', are applied again
 * ({@link RecreatedAttributes}); sequences it owns are released first and owned again after. The drop is
 * destructive: without {@link PlanOptions#allowDestructive()} the whole rebuild is held back and printed.
 */
final class TableRebuild {

    private TableRebuild() {
    }

    /** Whether the two sides' tables are partitioned differently. */
    static boolean needed(TableDef reference, TableDef target) {
        return !reference.partitionKey().equals(target.partitionKey());
    }

    /**
     * Whether the plan rebuilds the table: it, or a table it is a partition of (on either side, at any level), is
     * partitioned differently. Its indexes and keys are then all built new, never found on the target.
     */
    static boolean rebuilt(ObjectKey table, PlanContext context) {
        return rootOf(table, context).isPresent();
    }

    /** The table whose different partitioning makes the plan rebuild {@code table}, if any. */
    private static Optional<ObjectKey> rootOf(ObjectKey table, PlanContext context) {
        for (Catalog side : new Catalog[] {context.reference, context.target}) {
            ObjectKey t = table;
            for (int depth = 0; depth < 32; depth++) {
                if (differs(t, context)) {
                    return Optional.of(t);
                }
                Optional<InheritanceDef> up = PartitionIndexes.partitionLink(side, t);
                if (up.isEmpty()) {
                    break;
                }
                t = up.get().parentTable();
            }
        }
        return Optional.empty();
    }

    private static boolean differs(ObjectKey table, PlanContext context) {
        Optional<TableDef> r = context.reference.find(table).filter(TableDef.class::isInstance).map(TableDef.class::cast);
        Optional<TableDef> t = context.target.find(table).filter(TableDef.class::isInstance).map(TableDef.class::cast);
        return r.isPresent() && t.isPresent() && needed(r.get(), t.get());
    }

    /** The rebuild of a table whose partitioning changes (nothing for a partition of a table rebuilt above it). */
    static KindPlanner.Recreation plan(TableDef target, TableDef reference, Hazard why, PlanContext context) {
        ObjectKey key = target.key();
        Set<ObjectKey> tables = new LinkedHashSet<>();
        tables.addAll(tree(context.target, key));
        tables.addAll(tree(context.reference, key));
        Set<ObjectKey> takesCareOf = new HashSet<>();
        for (ObjectKey t : tables) {
            takesCareOf.add(t);
            context.target.childrenOf(t).forEach(o -> takesCareOf.add(o.key()));
            context.reference.childrenOf(t).forEach(o -> takesCareOf.add(o.key()));
        }
        Optional<ObjectKey> above = PartitionIndexes.partitionLink(context.reference, key).map(InheritanceDef::parentTable)
                .or(() -> PartitionIndexes.partitionLink(context.target, key).map(InheritanceDef::parentTable))
                .flatMap(p -> rootOf(p, context));
        if (above.isPresent()) {
            return new KindPlanner.Recreation(Planned.NOTHING, takesCareOf); // rebuilt with the table above it
        }
        Optional<String> refusal = refusal(key, tables, context);
        if (refusal.isPresent()) {
            return new KindPlanner.Recreation(Planned.unsupported("changed table " + key.displayName() + ": its"
                    + " partitioning can only change by rebuilding it, and Drift does not rebuild " + refusal.get()),
                    Set.of());
        }
        List<String> columns = new ArrayList<>();
        for (ColumnDef c : context.target.columnsOf(key)) {
            context.reference.columnsOf(key).stream().filter(r -> r.key().name().equals(c.key().name())
                    && r.generated().isEmpty() && c.generated().isEmpty()).findFirst()
                    .ifPresent(r -> columns.add(Sql.ident(r.key().name())));
        }
        String list = String.join(", ", columns);
        ObjectKey holding = ObjectKey.table(key.schema(), holdingName(key.name()));
        String table = Ddl.table(key);
        Planned.Builder out = Planned.builder();
        List<SequenceDef> owned = context.target.objects(SequenceDef.class).stream()
                .filter(s -> s.ownedBy().flatMap(ObjectKey::table).filter(tables::contains).isPresent()).toList();
        for (SequenceDef s : owned) {
            // Released first, or the table's drop would take the sequence with it.
            out.add(Phase.DETACH_SEQUENCES, s.key(), "ALTER SEQUENCE " + Sql.qualified(s.key()) + " OWNED BY NONE");
        }
        if (!columns.isEmpty()) {
            out.add(new FixStatement(Phase.DETACH_SEQUENCES, holding, "CREATE TABLE " + Ddl.table(holding) + " AS SELECT "
                    + list + " FROM " + table, true, List.of(new Hazard(Hazard.Kind.LONG_LOCK,
                    "copies every row of the table while it is read"))));
        }
        out.add(new FixStatement(Phase.DROP_TABLES, key, "DROP TABLE " + table, true, List.of(why,
                PlanContext.dataLoss("drops the table and its partitions to build it again partitioned as the"
                        + " reference is; the rows are copied to " + holding.displayName() + " first and back after"))));
        Deque<ObjectKey> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            ObjectKey t = todo.poll();
            context.reference.find(t).map(TableDef.class::cast).ifPresent(def ->
                    out.add(new TablePlanner().create(def, context).map(s -> s.recreating(t))));
            todo.addAll(partitionsOf(context.reference, t));
        }
        if (!columns.isEmpty()) {
            boolean identity = context.reference.columnsOf(key).stream().anyMatch(c -> c.identity().isPresent());
            out.add(new FixStatement(Phase.COLUMNS, key, "INSERT INTO " + table + " (" + list + ")"
                    + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + list + " FROM " + Ddl.table(holding),
                    true, List.of(PlanContext.mayFail("fails if a row fits no partition of the new partitioning or"
                    + " breaks one of the table's keys or checks"))).recreating(key));
            out.add(new FixStatement(Phase.INDEXES, holding, "DROP TABLE " + Ddl.table(holding), true, List.of())
                    .needing(key));
        }
        for (SequenceDef s : owned) {
            context.reference.find(s.key()).map(SequenceDef.class::cast).flatMap(SequenceDef::ownedBy).ifPresent(c ->
                    out.add(new FixStatement(Phase.SEQUENCE_OWNERSHIP, s.key(), "ALTER SEQUENCE " + Sql.qualified(s.key())
                            + " OWNED BY " + Sql.qualified(c.schema(), c.parent().orElseThrow()) + "." + Sql.ident(c.name()),
                            true, List.of()).needing(c)));
        }
        return new KindPlanner.Recreation(out.build().map(s -> s.makingWayFor(key)), takesCareOf);
    }

    /** What stops a rebuild: a table of the tree that is a partition on one side and another table on the other. */
    private static Optional<String> refusal(ObjectKey key, Set<ObjectKey> tables, PlanContext context) {
        for (ObjectKey t : tables) {
            if (t.equals(key)) {
                continue;
            }
            boolean inReference = tree(context.reference, key).contains(t);
            boolean inTarget = tree(context.target, key).contains(t);
            if ((inReference && !inTarget && context.target.find(t).isPresent())
                    || (inTarget && !inReference && context.reference.find(t).isPresent())) {
                return Optional.of("a partition that is a table of its own on the other side (" + t.displayName() + ")");
            }
        }
        if (context.target.columnsOf(key).stream().anyMatch(c -> c.identity().isPresent())) {
            return Optional.of("an identity column (its sequence would start again)");
        }
        return Optional.empty();
    }

    /** The table and every partition under it, at any level. */
    private static Set<ObjectKey> tree(Catalog catalog, ObjectKey table) {
        Set<ObjectKey> out = new LinkedHashSet<>();
        Deque<ObjectKey> todo = new ArrayDeque<>(List.of(table));
        while (!todo.isEmpty()) {
            ObjectKey t = todo.poll();
            if (catalog.find(t).isPresent() && out.add(t)) {
                todo.addAll(partitionsOf(catalog, t));
            }
        }
        return out;
    }

    private static List<ObjectKey> partitionsOf(Catalog catalog, ObjectKey parent) {
        List<ObjectKey> out = new ArrayList<>();
        for (InheritanceDef i : catalog.objects(InheritanceDef.class)) {
            if (i.partition() && i.parentTable().equals(parent)) {
                out.add(ObjectKey.table(i.key().schema(), i.key().parent().orElseThrow()));
            }
        }
        return out;
    }

    /** {@code <table>_drift_rows}, the table's name shortened so that the whole fits in 63 bytes. */
    static String holdingName(String table) {
        String suffix = "_drift_rows";
        byte[] bytes = table.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, 63 - suffix.length());
        while (length > 0 && length < bytes.length && (bytes[length] & 0xC0) == 0x80) {
            length--;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8) + suffix;
    }
}
