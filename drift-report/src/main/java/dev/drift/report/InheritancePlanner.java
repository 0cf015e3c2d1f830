package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.TableDef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Partitions and table inheritance: a missing child table is created as {@code PARTITION OF} its parent
 * (or with {@code INHERITS}); an existing table is attached ({@code ATTACH PARTITION}, {@code INHERIT}) or
 * detached ({@code DETACH PARTITION}, {@code NO INHERIT}: flagged, as its rows leave the parent's). A changed
 * bound is a detach and an attach.
 */
final class InheritancePlanner extends KindPlanner<InheritanceDef> {

    InheritancePlanner() {
        super(ObjectKind.INHERITANCE, InheritanceDef.class);
    }

    private static List<InheritanceDef> parents(ObjectKey table, PlanContext context) {
        return context.reference.childrenOf(table).stream().filter(InheritanceDef.class::isInstance)
                .map(InheritanceDef.class::cast).toList();
    }

    private static Optional<InheritanceDef> partitionOf(ObjectKey table, PlanContext context) {
        return parents(table, context).stream().filter(InheritanceDef::partition).findFirst();
    }

    /** Whether the reference's table is a partition or an inheritance child: created after every parent. */
    static Phase createPhase(ObjectKey table, PlanContext context) {
        return parents(table, context).isEmpty() ? Phase.TABLES : Phase.PARTITIONS;
    }

    /** {@code " PARTITION OF parent"} for a partition, else empty; goes before the column list. */
    static String partitionOfClause(ObjectKey table, PlanContext context) {
        return partitionOf(table, context).map(p -> " PARTITION OF " + Ddl.table(p.parentTable())).orElse("");
    }

    /** The partition bound, or {@code INHERITS (...)}; goes after the column list. */
    static String boundOrInherits(ObjectKey table, PlanContext context) {
        Optional<InheritanceDef> partition = partitionOf(table, context);
        if (partition.isPresent()) {
            return " " + partition.get().bound().orElseThrow();
        }
        List<InheritanceDef> parents = parents(table, context);
        return parents.isEmpty() ? "" : " INHERITS (" + parents.stream().map(p -> Ddl.table(p.parentTable()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A partition of a table the plan drops goes with it. */
    static boolean goesWithParent(TableDef table, PlanContext context) {
        return context.target.childrenOf(table.key()).stream()
                .anyMatch(o -> o instanceof InheritanceDef i && i.partition() && context.unexpected(i.parentTable()));
    }

    /**
     * Whether a key or index the reference's table has comes with detaching that table from its partitioned
     * parent: {@code DETACH PARTITION} leaves the partition its own copy of each of the parent's indexes and
     * keys, so adding the reference's would fail or duplicate it.
     */
    static boolean comesWithDetach(DbObject missing, PlanContext context) {
        Optional<ObjectKey> table = missing.key().table();
        Optional<InheritanceDef> detached = table.flatMap(t -> context.target.childrenOf(t).stream()
                .filter(o -> o instanceof InheritanceDef i && i.partition() && context.unexpected(i.key()))
                .map(InheritanceDef.class::cast).findFirst());
        if (detached.isEmpty()) {
            return false;
        }
        List<DbObject> parentObjects = context.target.childrenOf(detached.get().parentTable());
        if (missing instanceof ConstraintDef c) {
            return c.type().hasIndex() && parentObjects.stream()
                    .anyMatch(o -> o instanceof ConstraintDef p && p.type() == c.type() && p.definition().equals(c.definition()));
        }
        if (missing instanceof IndexDef i && !i.backsConstraint()) {
            return parentObjects.stream().anyMatch(o -> o instanceof IndexDef p && !p.backsConstraint()
                    && PartitionIndexes.shape(p).equals(PartitionIndexes.shape(i)));
        }
        return false;
    }

    /**
     * After the tables' indexes, keys and checks, unless the parent gains a column or check the child is to inherit
     * ({@link ColumnPlanner.Inheritance#joinsFirst}): then with the columns, before the parent's additions.
     */
    @Override
    Planned create(InheritanceDef i, PlanContext context) {
        Phase phase = ColumnPlanner.Inheritance.joinsFirst(i, context) ? Phase.COLUMNS : Phase.ATTACH_PARTITIONS;
        if (i.partition()) {
            return Planned.of(phase, i.key(), Ddl.alterTable(i.parentTable())
                            + " ATTACH PARTITION " + Ddl.table(i.child()) + " " + i.bound().orElseThrow(),
                    PlanContext.mayFail("fails if the table's columns differ from the parent's or a row lies outside the bound"),
                    new Hazard(Hazard.Kind.LONG_LOCK, "scans the table to check the bound unless a constraint proves it"));
        }
        return Planned.of(phase, i.key(), Ddl.alterTable(i.child()) + " INHERIT "
                + Ddl.table(i.parentTable()), PlanContext.mayFail("fails if the table lacks a column of the parent"));
    }

    /** What the child then keeps as its own and the reference's lacks is dropped after it leaves. */
    @Override
    Planned drop(InheritanceDef i, PlanContext context) {
        Planned leave = i.partition()
                ? Planned.of(Phase.DETACH_PARTITIONS, i.key(), Ddl.alterTable(i.parentTable())
                        + " DETACH PARTITION " + Ddl.table(i.child()), PlanContext.dataLoss("the partition's rows no longer appear in "
                        + i.parentTable().displayName()))
                : Planned.of(Phase.DETACH_PARTITIONS, i.key(), Ddl.alterTable(i.child()) + " NO INHERIT "
                        + Ddl.table(i.parentTable()), PlanContext.dataLoss("the table's rows no longer appear in "
                        + i.parentTable().displayName()));
        return Planned.builder().add(leave).add(ColumnPlanner.Inheritance.copiesLeftBehind(i, context)).build();
    }

    /** A changed bound: detach and attach again (flagged, as the rows leave the parent in between). */
    @Override
    Planned alter(Change.Changed change, InheritanceDef r, InheritanceDef t, PlanContext context) {
        return Planned.builder().add(drop(t, context)).add(create(r, context)).build();
    }
}
