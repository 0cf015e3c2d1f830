package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import dev.drift.core.PolicyDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.TableDef;
import dev.drift.core.TriggerDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables: one {@code CREATE TABLE} with the columns and the keys and checks inline (foreign keys, indexes,
 * triggers, row security and policies by statements of their own), {@code DROP TABLE} (destructive),
 * {@code SET LOGGED} and {@code SET UNLOGGED} (destructive), {@code REPLICA IDENTITY}. A changed partitioning is a
 * rebuild ({@link TableRebuild}).
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
        for (ConstraintDef fk : context.target.objects(ConstraintDef.class)) {
            boolean betweenDropped = fk.key().table().filter(t -> !t.equals(table.key()) && context.dropped(t))
                    .isPresent() && fk.references().equals(Optional.of(table.key()));
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
}
