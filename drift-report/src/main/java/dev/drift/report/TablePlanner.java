package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PolicyDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.SequenceDef;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import dev.drift.core.TriggerDef;
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
 * Tables: one {@code CREATE TABLE} with the columns and the keys and checks inline (foreign keys, indexes,
 * triggers, row security and policies by statements of their own), {@code DROP TABLE} (destructive),
 * {@code SET LOGGED} and {@code SET UNLOGGED} (destructive), {@code REPLICA IDENTITY}, storage parameters
 * ({@code WITH}, {@code SET/RESET}). A changed partitioning is a rebuild ({@link TableRebuild}).
 */
final class TablePlanner extends KindPlanner<TableDef> {

    TablePlanner() {
        super(ObjectKind.TABLE, TableDef.class);
    }

    @Override
    Planned create(TableDef table, PlanContext context) {
        Planned.Builder out = Planned.builder();
        List<String> elements = new ArrayList<>();
        for (ColumnDef column : context.reference.columnsOf(table.key())) {
            elements.add(ColumnPlanner.definition(column));
        }
        for (DbObject child : context.reference.childrenOf(table.key())) {
            if (child instanceof ConstraintDef c) {
                if (c.type() == ConstraintDef.Type.FOREIGN_KEY) {
                    out.add(ConstraintPlanner.add(c, context)); // after every table exists: the referenced one may come later
                } else {
                    elements.add(ConstraintPlanner.inline(c));
                }
            } else if (child instanceof IndexDef i && !i.backsConstraint() && !i.attached()) {
                out.add(IndexPlanner.build(i, context));
            } else if (child instanceof TriggerDef t) {
                out.add(TriggerPlanner.createStatements(t));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (table.persistence() == TableDef.Persistence.UNLOGGED) {
            sql.append("UNLOGGED ");
        }
        String partitionOf = InheritancePlanner.partitionOfClause(table.key(), context);
        sql.append("TABLE ").append(Ddl.table(table.key())).append(partitionOf);
        if (!elements.isEmpty()) {
            sql.append(" (\n    ").append(String.join(",\n    ", elements)).append("\n)");
        } else if (partitionOf.isEmpty()) {
            sql.append(" ()");
        }
        sql.append(InheritancePlanner.boundOrInherits(table.key(), context));
        table.partitionKey().ifPresent(k -> sql.append(" PARTITION BY ").append(k));
        sql.append(StorageParameters.with(table.storage()));
        out.add(InheritancePlanner.createPhase(table.key(), context), table.key(), sql.toString());
        out.add(IndexPlanner.renameClones(table.key(), context));
        table.replicaIdentity().ifPresent(i -> out.add(replicaIdentity(table, context)));
        // Row security and policies as the reference has them.
        for (DbObject child : context.reference.childrenOf(table.key())) {
            if (child instanceof RowSecurityDef r) {
                out.add(RowSecurityPlanner.turn(r, RowSecurityPlanner.off(r)));
            } else if (child instanceof PolicyDef p) {
                out.add(PolicyPlanner.createStatement(p));
            }
        }
        return out.build();
    }

    @Override
    Planned drop(TableDef table, PlanContext context) {
        if (InheritancePlanner.goesWithParent(table, context)) {
            return Planned.NOTHING;
        }
        Planned.Builder out = Planned.builder();
        // A foreign key from one dropped table to another would stop the referenced one from going first.
        for (ConstraintDef fk : context.targetForeignKeysOnto(table.key())) {
            boolean betweenDropped = fk.key().table().filter(t -> !t.equals(table.key()) && context.dropped(t))
                    .isPresent();
            if (betweenDropped) {
                out.add(ConstraintPlanner.dropStatement(fk.key(), true,
                        PlanContext.dataLoss("goes with its table, which is dropped")));
            }
        }
        return out.add(Phase.DROP_TABLES, table.key(), "DROP TABLE " + Ddl.table(table.key()),
                PlanContext.dataLoss("drops the table and every row in it")).build();
    }

    @Override
    Planned alter(Change.Changed change, TableDef r, TableDef t, PlanContext context) {
        Planned.Builder out = Planned.builder();
        if (r.persistence() != t.persistence()) {
            out.add(persistence(r));
        }
        if (!r.replicaIdentity().equals(t.replicaIdentity())) {
            out.add(replicaIdentity(r, context));
        }
        for (String clause : StorageParameters.alter(r.storage(), t.storage())) {
            out.add(Phase.TABLES, r.key(), Ddl.alterTable(r.key()) + " " + clause);
        }
        // A changed partitioning is rebuilt (TableRebuild, through Rebuilds), or reported there.
        return out.build();
    }

    /** {@code REPLICA IDENTITY} as the table has it (each partition its own: it does not cascade). */
    private static FixStatement replicaIdentity(TableDef table, PlanContext context) {
        FixStatement statement = new FixStatement(Phase.REPLICA_IDENTITY, table.key(), Ddl.alterTable(table.key())
                + " REPLICA IDENTITY " + table.replicaIdentity().orElse("DEFAULT"), true, List.of());
        // USING INDEX waits for the index (built, or renamed, by the plan).
        Optional<IndexDef> index = context.reference.childrenOf(table.key()).stream()
                .filter(o -> o instanceof IndexDef i && table.replicaIdentity()
                        .equals(Optional.of("USING INDEX " + Sql.ident(i.key().name()))))
                .map(IndexDef.class::cast).findFirst();
        return index.map(i -> statement.needing(i.key())).orElse(statement);
    }

    /** The table's replica identity set again on an index the plan builds again, when the reference names it. */
    static Planned replicaIdentityOnto(IndexDef index, PlanContext context) {
        ObjectKey table = index.key().table().orElseThrow();
        return context.reference.find(table).filter(TableDef.class::isInstance).map(TableDef.class::cast)
                .filter(t -> t.replicaIdentity().equals(Optional.of("USING INDEX " + Sql.ident(index.key().name()))))
                .map(t -> Planned.of(replicaIdentity(t, context))).orElse(Planned.NOTHING);
    }

    @Override
    boolean needsRecreate(TableDef reference, TableDef target) {
        return TableRebuild.needed(reference, target);
    }

    @Override
    Recreation recreate(TableDef target, Optional<TableDef> reference, Hazard why,
                        java.util.function.Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        if (reference.isEmpty() || !TableRebuild.needed(reference.get(), target)) {
            return super.recreate(target, reference, why, rebuiltAnyway, context);
        }
        return TableRebuild.plan(target, reference.get(), why, context);
    }

    /**
     * {@code SET UNLOGGED} is destructive, though no row goes at once: from then on a crash empties the table,
     * and replicas stop receiving it (it is empty on a promoted standby). {@code SET LOGGED} only costs time.
     */
    private static FixStatement persistence(TableDef r) {
        boolean unlogged = r.persistence() == TableDef.Persistence.UNLOGGED;
        List<Hazard> hazards = new ArrayList<>();
        if (unlogged) {
            hazards.add(PlanContext.dataLoss("an unlogged table is emptied after a crash, and replicas stop"
                    + " receiving its rows (it is empty on a promoted standby)"));
        }
        hazards.add(new Hazard(Hazard.Kind.TABLE_REWRITE, unlogged
                ? "rewrites the table under an ACCESS EXCLUSIVE lock"
                : "rewrites the table and writes all of it to the WAL under an ACCESS EXCLUSIVE lock"));
        return new FixStatement(Phase.TABLES, r.key(), Ddl.alterTable(r.key()) + " SET "
                + (unlogged ? "UNLOGGED" : "LOGGED"), true, hazards);
    }

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
    static final class TableRebuild {

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
                out.add(SequencePlanner.released(s.key()));
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
                        out.add(SequencePlanner.ownedBy(s.key(), Optional.of(c))));
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
}
