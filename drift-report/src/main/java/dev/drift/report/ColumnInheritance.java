package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;
import java.util.List;
import java.util.Optional;

/**
 * The columns a child table inherits (plain {@code INHERITS}; a partition's columns are never its own): whether
 * the child also has such a column as its own ({@code attislocal}) decides whether it keeps the column when the
 * parent drops it, and pg_dump lists it in the child's {@code CREATE TABLE}. The reader reads a child's column
 * only when it is its own, so the differ reports a column one side's child has as its own and the other's only
 * inherits (or lacks). PostgreSQL sets {@code attislocal} in a few places only, which decide what can be done:
 * <ul>
 *   <li>a column the child has before {@code INHERIT}, or before the parent's {@code ADD COLUMN}, stays its own
 *       (merged);</li>
 *   <li>{@code ALTER TABLE ONLY parent DROP COLUMN} and {@code NO INHERIT} leave each child the column as its
 *       own; {@code ALTER TABLE parent DROP COLUMN} drops it from the children that do not have it as their
 *       own;</li>
 *   <li>{@code NO INHERIT} then {@code INHERIT} makes every column and check the child inherits from that parent
 *       its own;</li>
 *   <li>nothing makes a child's own column merely inherited: only creating the child (or the parent adding the
 *       column while the child lacks it) does, so that difference is reported, not fixed.</li>
 * </ul>
 */
final class ColumnInheritance {

    private ColumnInheritance() {
    }

    /** The reference's child has the column as its own; the target's lacks it or only inherits it. */
    static Optional<Planned> missingOwnCopy(ColumnDef column, PlanContext context) {
        ObjectKey key = column.key();
        ObjectKey table = key.table().orElseThrow();
        List<ObjectKey> targetParents = context.target.parentsWithColumn(key);
        if (targetParents.isEmpty()) {
            // The target's table lacks the column: added as the table's own, before a parent that gains the
            // column too adds it to its children (which would make it merely inherited), and before INHERIT.
            return context.reference.parentsWithColumn(key).isEmpty() ? Optional.empty()
                    : Optional.of(Planned.of(ColumnPlanner.addColumn(column, Phase.PARTITIONS)));
        }
        List<ObjectKey> staying = targetParents.stream().filter(p -> !letsGo(p, key, context)).toList();
        if (staying.isEmpty()) {
            return Optional.of(Planned.NOTHING); // NO INHERIT or the parent's ONLY drop leaves it the child's own
        }
        Planned.Builder out = Planned.builder();
        for (ObjectKey parent : staying) {
            Optional<String> blocker = reinheritBlocker(table, parent, context);
            if (blocker.isPresent()) {
                out.unsupported("column " + key.displayName() + " is the table's own in the reference and only inherited from "
                        + parent.displayName() + " in the target: PostgreSQL makes it the table's own only through NO INHERIT "
                        + "and INHERIT, which would also make " + blocker.get() + " its own, which the reference inherits");
            } else if (firstInherited(table, parent, context).equals(Optional.of(key))) {
                // One pair per parent, planned by the first of its columns.
                String alter = Ddl.alterTable(table);
                out.add(Phase.DETACH_PARTITIONS, key, alter + " NO INHERIT " + Ddl.table(parent));
                out.add(Phase.ATTACH_PARTITIONS, key, alter + " INHERIT " + Ddl.table(parent));
            }
        }
        return Optional.of(out.build());
    }

    /** The target's child has the column as its own; the reference's only inherits it, or lacks it. */
    static Optional<Planned> unexpectedOwnCopy(ColumnDef column, PlanContext context) {
        ObjectKey key = column.key();
        List<ObjectKey> referenceParents = context.reference.parentsWithColumn(key);
        if (!referenceParents.isEmpty()) {
            return Optional.of(Planned.unsupported("column " + key.displayName() + " is the table's own in the target and only "
                    + "inherited from " + referenceParents.stream().map(ObjectKey::displayName).toList()
                    + " in the reference: PostgreSQL makes a column merely inherited only when it creates it (the table "
                    + "would have to be created again)"));
        }
        if (context.target.parentsWithColumn(key).isEmpty()) {
            return Optional.empty();
        }
        // Inherited in the target only: the child keeps its own copy when the parent drops the column or the child
        // leaves the parent, so it is dropped after those.
        return Optional.of(Planned.of(ColumnPlanner.dropColumn(key, Phase.DROP_TABLES,
                PlanContext.dataLoss("drops the column and the data in it"))));
    }

    /**
     * The parent's own drop of a column its children inherit: {@code ONLY} when a child keeps it in the reference,
     * then the children that do not keep it and would (because of ONLY) drop it themselves.
     */
    static Optional<Planned> parentDrop(ColumnDef column, PlanContext context) {
        ObjectKey key = column.key();
        ObjectKey parent = key.table().orElseThrow();
        List<ObjectKey> children = childrenInheriting(context.target, parent, key.name());
        if (children.stream().noneMatch(c -> context.reference.find(columnOf(c, key.name())).isPresent())) {
            return Optional.empty();
        }
        Planned.Builder out = Planned.builder().add(new FixStatement(Phase.DROP_COLUMNS, key, Ddl.alterTableOnly(key)
                + " DROP COLUMN " + Sql.ident(key.name()), true, List.of(PlanContext.dataLoss(
                "drops the column and the data in it from " + parent.displayName() + "; its children keep theirs"))));
        for (ObjectKey child : children) {
            ObjectKey childColumn = columnOf(child, key.name());
            if (context.reference.find(childColumn).isEmpty() && context.target.find(childColumn).isEmpty()
                    && context.reference.find(child).isPresent()) {
                out.add(ColumnPlanner.dropColumn(childColumn, Phase.DROP_TABLES,
                        PlanContext.dataLoss("drops the column and the data in it")));
            }
        }
        return Optional.of(out.build());
    }

    /** Whether the target's parent gives up the column or the child: the child then keeps it as its own. */
    private static boolean letsGo(ObjectKey parent, ObjectKey column, PlanContext context) {
        ObjectKey table = column.table().orElseThrow();
        return !inheritsIn(context.reference, table, parent) || context.reference.parentsWithColumn(column).stream().noneMatch(parent::equals)
                && context.reference.find(columnOf(parent, column.name())).isEmpty();
    }

    /**
     * What NO INHERIT and INHERIT would make the child's own against the reference: a column or check of the
     * target's parent that the reference's child has only inherited.
     */
    private static Optional<String> reinheritBlocker(ObjectKey table, ObjectKey parent, PlanContext context) {
        for (ColumnDef c : context.target.columnsOf(parent)) {
            if (context.reference.find(columnOf(table, c.key().name())).isEmpty()) {
                return Optional.of("column " + columnOf(table, c.key().name()).displayName());
            }
        }
        // A check would become the child's own too; where the reference has it so, its planner adds it (which
        // merges it with the inherited one), and that ADD would meet the copy NO INHERIT leaves: not combined.
        for (DbObject o : context.target.childrenOf(parent)) {
            if (o instanceof ConstraintDef c && c.type() == ConstraintDef.Type.CHECK) {
                return Optional.of("the check " + c.key().name());
            }
        }
        return Optional.empty();
    }

    /**
     * A check the target's child has as its own that the reference's child only inherits (a check of the same name
     * on a parent it inherits from): PostgreSQL refuses to drop an inherited check from the child, and nothing
     * makes a child's own check merely inherited. A copy the child keeps after its parent drops the check or after
     * NO INHERIT is dropped after those.
     */
    static Optional<Planned> unexpectedOwnCheck(ConstraintDef check, PlanContext context) {
        if (check.type() != ConstraintDef.Type.CHECK) {
            return Optional.empty();
        }
        ObjectKey table = check.key().table().orElseThrow();
        List<ObjectKey> parents = parentsWithCheck(context.reference, table, check.key().name());
        if (!parents.isEmpty()) {
            return Optional.of(Planned.unsupported("check " + check.key().displayName() + " is the table's own in the target and "
                    + "only inherited from " + parents.stream().map(ObjectKey::displayName).toList() + " in the reference: "
                    + "PostgreSQL makes a check merely inherited only when it creates it (the table would have to be created again)"));
        }
        if (parentsWithCheck(context.target, table, check.key().name()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Planned.of(dropCheck(check.key(), Phase.DROP_COLUMNS)));
    }

    /**
     * A check the reference's child has as its own that the target's child inherits: NO INHERIT or the parent's
     * ONLY drop leaves it the child's own; otherwise the child's ADD CONSTRAINT merges it with the inherited one.
     */
    static Optional<Planned> missingOwnCheck(ConstraintDef check, PlanContext context) {
        if (check.type() != ConstraintDef.Type.CHECK) {
            return Optional.empty();
        }
        ObjectKey table = check.key().table().orElseThrow();
        List<ObjectKey> parents = parentsWithCheck(context.target, table, check.key().name());
        boolean allLetGo = !parents.isEmpty() && parents.stream().allMatch(p -> !inheritsIn(context.reference, table, p)
                || context.reference.find(ObjectKey.constraint(p.schema(), p.name(), check.key().name())).isEmpty());
        return allLetGo ? Optional.of(Planned.NOTHING) : Optional.empty();
    }

    /**
     * A parent's drop of a check its children inherit: {@code ONLY} when a child keeps it as its own in the
     * reference, then the children that do not keep it drop the copy ONLY leaves them.
     */
    static Optional<Planned> parentCheckDrop(ConstraintDef check, PlanContext context) {
        if (check.type() != ConstraintDef.Type.CHECK) {
            return Optional.empty();
        }
        ObjectKey parent = check.key().table().orElseThrow();
        String name = check.key().name();
        List<ObjectKey> children = context.target.objects(InheritanceDef.class).stream()
                .filter(i -> !i.partition() && i.parentTable().equals(parent)).map(InheritanceDef::child).toList();
        if (children.stream().noneMatch(c -> context.reference.find(ObjectKey.constraint(c.schema(), c.name(), name)).isPresent())) {
            return Optional.empty();
        }
        Planned.Builder out = Planned.builder().add(new FixStatement(Phase.DROP_CONSTRAINTS, check.key(),
                Ddl.alterTableOnly(check.key()) + " DROP CONSTRAINT " + Sql.ident(name), true, List.of(PlanContext.dataLoss(
                "removes a constraint the reference does not have from " + parent.displayName() + "; its children keep theirs"))));
        for (ObjectKey child : children) {
            ObjectKey copy = ObjectKey.constraint(child.schema(), child.name(), name);
            if (context.reference.find(copy).isEmpty() && context.target.find(copy).isEmpty()
                    && context.reference.find(child).isPresent()) {
                out.add(dropCheck(copy, Phase.DROP_COLUMNS));
            }
        }
        return Optional.of(out.build());
    }

    private static FixStatement dropCheck(ObjectKey key, Phase phase) {
        return new FixStatement(phase, key, Ddl.alterTable(key) + " DROP CONSTRAINT " + Sql.ident(key.name()), true,
                List.of(PlanContext.dataLoss("removes a constraint the reference does not have; the data it guarded may change")));
    }

    /** The parents (plain inheritance) of the table that have a check of that name. */
    private static List<ObjectKey> parentsWithCheck(Catalog catalog, ObjectKey table, String name) {
        return catalog.childrenOf(table).stream().filter(o -> o instanceof InheritanceDef i && !i.partition())
                .map(o -> ((InheritanceDef) o).parentTable())
                .filter(p -> catalog.find(ObjectKey.constraint(p.schema(), p.name(), name))
                        .filter(c -> c instanceof ConstraintDef d && d.type() == ConstraintDef.Type.CHECK).isPresent())
                .toList();
    }

    private static boolean inheritsIn(Catalog catalog, ObjectKey table, ObjectKey parent) {
        return catalog.childrenOf(table).stream().anyMatch(o -> o instanceof InheritanceDef i && i.parentTable().equals(parent));
    }

    /** The column whose planner writes the NO INHERIT and INHERIT pair for that parent. */
    private static Optional<ObjectKey> firstInherited(ObjectKey table, ObjectKey parent, PlanContext context) {
        return context.target.columnsOf(parent).stream().map(c -> columnOf(table, c.key().name()))
                .filter(k -> context.target.find(k).isEmpty() && context.reference.find(k).isPresent())
                .sorted().findFirst();
    }

    private static List<ObjectKey> childrenInheriting(Catalog catalog, ObjectKey parent, String column) {
        return catalog.objects(InheritanceDef.class).stream()
                .filter(i -> !i.partition() && i.parentTable().equals(parent)).map(InheritanceDef::child)
                .filter(c -> catalog.parentsWithColumn(columnOf(c, column)).contains(parent)).toList();
    }

    private static ObjectKey columnOf(ObjectKey table, String name) {
        return ObjectKey.column(table.schema(), table.name(), name);
    }
}
