package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns: {@code ADD COLUMN}, {@code DROP COLUMN} (destructive), and the {@code ALTER COLUMN} forms for a new
 * type, default, {@code NOT NULL}, identity and generation expression. A column is never dropped and created
 * again to make way for another change, but its default is, when it calls a routine the plan drops.
 */
final class ColumnPlanner extends KindPlanner<ColumnDef> {

    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");

    ColumnPlanner() {
        super(ObjectKind.COLUMN, ColumnDef.class);
    }

    /** A column as it stands in CREATE TABLE or ADD COLUMN. */
    static String definition(ColumnDef c) {
        StringBuilder b = new StringBuilder(Sql.ident(c.key().name())).append(' ').append(c.type());
        c.collation().ifPresent(coll -> b.append(" COLLATE ").append(coll));
        c.generated().ifPresent(g -> b.append(" GENERATED ALWAYS AS (").append(g.expression()).append(") ")
                .append(g.storage().name()));
        c.identity().ifPresent(i -> b.append(' ').append(identityClause(i, c.type())));
        c.defaultExpression().ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (c.notNull() && c.identity().isEmpty()) {
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    private static String identityClause(ColumnDef.Identity identity, String columnType) {
        String generation = identity.generation() == ColumnDef.Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        List<String> options = SequencePlanner.options(identity.options(), columnType, false);
        return "GENERATED " + generation + " AS IDENTITY" + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    private static String alterColumn(ObjectKey column) {
        return Ddl.alterTable(column) + " ALTER COLUMN " + Sql.ident(column.name());
    }

    @Override
    Planned create(ColumnDef column, PlanContext context) {
        Optional<Planned> inherited = Inheritance.missingOwnCopy(column, context);
        if (inherited.isPresent()) {
            return inherited.get();
        }
        List<Hazard> hazards = new ArrayList<>();
        if (column.notNull() && column.defaultExpression().isEmpty() && column.identity().isEmpty()
                && column.generated().isEmpty()) {
            hazards.add(PlanContext.mayFail("a NOT NULL column without a default cannot be added to a table that has rows"));
        }
        if (column.identity().isPresent() || column.generated()
                .filter(g -> g.storage() == ColumnDef.Generated.Storage.STORED).isPresent()) {
            hazards.add(new Hazard(Hazard.Kind.TABLE_REWRITE,
                    "every existing row gets a computed value, under an ACCESS EXCLUSIVE lock"));
        }
        return Planned.of(Inheritance.afterChildrenJoin(addColumn(column, hazards.toArray(Hazard[]::new)),
                child -> Inheritance.columnOf(child, column.key().name()), context));
    }

    private static FixStatement addColumn(ColumnDef column, Hazard... hazards) {
        return addColumn(column, Phase.COLUMNS, hazards);
    }

    static FixStatement addColumn(ColumnDef column, Phase phase, Hazard... hazards) {
        return new FixStatement(phase, column.key(), Ddl.alterTable(column.key()) + " ADD COLUMN "
                + definition(column), true, List.of(hazards));
    }

    /**
     * The partitioned table (of the target) whose partition key names the column: PostgreSQL refuses to change the
     * type of such a column ({@code cannot alter column ... because it is part of the partition key}).
     */
    static Optional<ObjectKey> partitionKeyUsing(ColumnDef column, PlanContext context) {
        ObjectKey table = column.key().table().orElseThrow();
        Pattern name = Pattern.compile("(?<![\\w\"$])" + Pattern.quote(Sql.ident(column.key().name())) + "(?![\\w\"$])");
        return context.target.find(table).filter(TableDef.class::isInstance)
                .flatMap(t -> ((TableDef) t).partitionKey()).filter(k -> name.matcher(k).find()).map(k -> table);
    }

    /** A generated column goes before the columns it is computed from. */
    @Override
    Planned drop(ColumnDef column, PlanContext context) {
        Optional<Planned> inherited = Inheritance.unexpectedOwnCopy(column, context)
                .or(() -> Inheritance.parentDrop(column, context));
        if (inherited.isPresent()) {
            return inherited.get();
        }
        return Planned.of(dropColumn(column.key(), column.generated().isPresent() ? Phase.DROP_GENERATION
                : Phase.DROP_COLUMNS, PlanContext.dataLoss("drops the column and the data in it")));
    }

    static FixStatement dropColumn(ObjectKey key, Phase phase, Hazard... hazards) {
        return new FixStatement(phase, key, Ddl.alterTable(key) + " DROP COLUMN " + Sql.ident(key.name()), true,
                List.of(hazards));
    }

    @Override
    Planned alter(Change.Changed change, ColumnDef r, ColumnDef t, PlanContext context) {
        Planned.Builder out = Planned.builder();
        String alter = alterColumn(r.key());
        ObjectKey key = r.key();
        boolean generationChanges = !r.generated().equals(t.generated());
        if (generationChanges) {
            out.add(alterGeneration(r, t, alter, context));
            if (r.generated().isPresent()) {
                return out.build(); // re-added whole, or only its expression changes
            }
        }
        boolean typeChanges = !r.type().equals(t.type()) || !r.collation().equals(t.collation());
        Optional<ObjectKey> keyOf = typeChanges ? partitionKeyUsing(t, context) : Optional.empty();
        if (keyOf.isPresent()) {
            // Left whole: its default or NOT NULL may only fit the new type.
            return out.unsupported("column " + key.displayName() + " is part of the partition key of "
                    + keyOf.get().displayName() + ": PostgreSQL cannot change its type from " + t.type() + " to "
                    + r.type() + " without rebuilding the table").build();
        }
        boolean defaultChanges = !r.defaultExpression().equals(t.defaultExpression());
        boolean oldDefaultUsesDroppedSequence = t.defaultExpression().filter(d -> usesDroppedSequence(d, context))
                .isPresent();
        // The old default goes first when the column becomes an identity column (which refuses a default), when
        // it may not cast to the new type, or when it holds on to a sequence the plan drops (then before that).
        boolean dropDefaultFirst = defaultChanges && t.defaultExpression().isPresent()
                && (r.defaultExpression().isEmpty() || typeChanges || oldDefaultUsesDroppedSequence);
        if (dropDefaultFirst) {
            out.add(oldDefaultUsesDroppedSequence ? Phase.DROP_COLUMNS : Phase.COLUMNS, key, alter + " DROP DEFAULT");
        }
        if (typeChanges) {
            TypeChanges.Verdict verdict = TypeChanges.classify(t.type(), r.type());
            boolean cast = verdict.lossless() || Casts.exists(t.type(), r.type(), context);
            List<Hazard> hazards = new ArrayList<>();
            if (!cast) {
                hazards.add(PlanContext.dataLoss("PostgreSQL has no cast from " + t.type() + " to " + r.type()
                        + ": each value is converted through its text form, which fails for a value whose text "
                        + r.type() + " does not accept"));
            } else if (!verdict.lossless()) {
                hazards.add(PlanContext.dataLoss("changing " + t.type() + " to " + r.type()
                        + " can alter or reject existing values"));
            }
            if (verdict.rewrites()) {
                hazards.add(new Hazard(Hazard.Kind.TABLE_REWRITE, "rewrites the table under an ACCESS EXCLUSIVE lock"));
            }
            String column = Sql.ident(key.name());
            String using = verdict.lossless() ? ""
                    : " USING " + (cast ? column + "::" + r.type() : Casts.throughText(column, r.type()));
            String collate = r.collation().map(c -> " COLLATE " + c).orElse("");
            out.add(new FixStatement(Phase.COLUMNS, key, alter + " TYPE " + r.type() + collate + using, true, hazards)
                    .retyping());
        }
        if (!r.identity().equals(t.identity())) {
            // Made an identity while the plan drops the sequence its old default used: before that drop, so
            // that the identity can take the sequence's position from it.
            out.add(alterIdentity(r, t, alter, oldDefaultUsesDroppedSequence ? Phase.DROP_COLUMNS : Phase.COLUMNS,
                    context));
        }
        if (defaultChanges && r.defaultExpression().isPresent()) {
            out.add(Phase.COLUMNS, key, alter + " SET DEFAULT " + r.defaultExpression().get());
        }
        // Identity columns are NOT NULL by definition: that part is handled with the identity.
        boolean identityImpliesNotNull = r.identity().isPresent() || t.identity().isPresent();
        if (r.notNull() != t.notNull() && !(identityImpliesNotNull && r.notNull())) {
            if (r.notNull()) {
                out.add(setNotNull(key, alter, new Hazard(Hazard.Kind.LONG_LOCK,
                        "scans the whole table under an ACCESS EXCLUSIVE lock")));
            } else {
                out.add(Phase.COLUMNS, key, alter + " DROP NOT NULL");
            }
        }
        if (r.position() != t.position() && change.changes("position")) {
            out.unsupported("column " + key.displayName() + " is at position " + t.position() + ", the reference has it at "
                    + r.position() + " (PostgreSQL cannot move a column without rebuilding the table)");
        }
        return out.build();
    }

    private static FixStatement setNotNull(ObjectKey key, String alter, Hazard... more) {
        return setNotNull(key, Phase.COLUMNS, alter, more);
    }

    private static FixStatement setNotNull(ObjectKey key, Phase phase, String alter, Hazard... more) {
        List<Hazard> hazards = new ArrayList<>();
        hazards.add(PlanContext.mayFail("fails if the column holds nulls"));
        hazards.addAll(List.of(more));
        return new FixStatement(phase, key, alter + " SET NOT NULL", true, hazards);
    }

    /** The target's sequence that a column's default takes its values from ({@code nextval('s'::regclass)}: serial). */
    private static Optional<ObjectKey> oldSequence(ColumnDef t, PlanContext context) {
        Matcher m = NEXTVAL.matcher(t.defaultExpression().orElse(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).replace("''", "'");
        return context.target.objects(SequenceDef.class).stream().map(SequenceDef::key)
                .filter(k -> Sql.qualified(k).equals(name)).findFirst();
    }

    /**
     * Whether the column's old sequence, owned by it in the target, must be released first: the reference does
     * not have it owned by the column, and while it is, {@code pg_get_serial_sequence} may name it instead of
     * the identity's own sequence.
     */
    private static boolean releases(ObjectKey sequence, ObjectKey column, PlanContext context) {
        Predicate<SequenceDef> ownedByColumn = s -> s.ownedBy().equals(Optional.of(column));
        boolean owned = context.target.find(sequence).filter(SequenceDef.class::isInstance).map(SequenceDef.class::cast)
                .filter(ownedByColumn).isPresent();
        boolean keptOwned = context.reference.find(sequence).filter(SequenceDef.class::isInstance)
                .map(SequenceDef.class::cast).filter(ownedByColumn).isPresent();
        return owned && !keptOwned;
    }

    /**
     * The new identity of a column goes on from where its old sequence stands (else it starts again at its
     * start, and the next row gets a key that is taken). Not DDL: {@link dev.drift.core.StatementCheck} lets
     * this one shape through for a column, and nothing else.
     */
    private static FixStatement keepPosition(ObjectKey column, ObjectKey sequence, Phase phase) {
        String table = Sql.qualified(column.schema(), column.parent().orElseThrow());
        return new FixStatement(phase, column, "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence("
                + Sql.literal(table) + ", " + Sql.literal(column.name()) + "), last_value, is_called) FROM "
                + Sql.qualified(sequence), true, List.of(PlanContext.mayFail("the identity goes on from where "
                + Sql.qualified(sequence) + " stands; fails if that value is outside the identity's range")));
    }

    /**
     * Whether the old sequence's position means something to the new identity: both count up, and every value
     * the old one can stand at is one the identity may take (else {@code setval} fails, and a descending or
     * wider serial has no position an ascending identity could go on from; the identity then starts at its own
     * start, as PostgreSQL makes it).
     */
    private static boolean positionFits(ObjectKey sequence, SequenceOptions identity, PlanContext context) {
        return context.target.find(sequence).filter(SequenceDef.class::isInstance).map(SequenceDef.class::cast)
                .map(SequenceDef::options).filter(old -> old.increment() > 0 && identity.increment() > 0
                        && old.minValue() >= identity.minValue() && old.maxValue() <= identity.maxValue())
                .isPresent();
    }

    /** Whether a default expression names a sequence this plan drops (a name match: at worst one extra statement). */
    private static boolean usesDroppedSequence(String expression, PlanContext context) {
        return expression.contains("nextval(") && context.droppedSequences().stream()
                .map(k -> k.name().replace("\"", "\"\"").replace("'", "''")) // as it stands inside '"name"'::regclass
                .anyMatch(expression::contains);
    }

    private static Planned alterIdentity(ColumnDef r, ColumnDef t, String alter, Phase phase, PlanContext context) {
        ObjectKey key = r.key();
        if (r.identity().isEmpty()) {
            return Planned.of(Phase.COLUMNS, key, alter + " DROP IDENTITY");
        }
        ColumnDef.Identity ri = r.identity().get();
        if (t.identity().isEmpty()) {
            Planned.Builder out = Planned.builder();
            if (!t.notNull()) {
                out.add(setNotNull(key, phase, alter)); // ADD IDENTITY refuses a nullable column; NOT NULL comes first
            }
            out.add(phase, key, alter + " ADD " + identityClause(ri, r.type()),
                    PlanContext.mayFail("fails if the column holds nulls or has a default"));
            oldSequence(t, context).ifPresent(sequence -> {
                if (releases(sequence, key, context)) {
                    out.add(SequencePlanner.released(sequence));
                }
                if (positionFits(sequence, ri.options(), context)) {
                    out.add(keepPosition(key, sequence, phase));
                }
            });
            return out.build();
        }
        ColumnDef.Identity ti = t.identity().get();
        List<String> parts = new ArrayList<>();
        if (ri.generation() != ti.generation()) {
            parts.add(ri.generation() == ColumnDef.Identity.Generation.ALWAYS ? "SET GENERATED ALWAYS"
                    : "SET GENERATED BY DEFAULT");
        }
        for (String option : SequencePlanner.alterations(ti.options(), ri.options(), false)) {
            parts.add("SET " + option);
        }
        boolean restart = SequencePlanner.needsRestart(ti.options(), ri.options());
        if (restart) {
            parts.add("RESTART");
        }
        if (parts.isEmpty()) {
            return Planned.NOTHING;
        }
        return Planned.of(Phase.COLUMNS, key, alter + " " + String.join(" ", parts),
                SequencePlanner.rangeHazards(ti.options(), ri.options(), restart));
    }

    private static Planned alterGeneration(ColumnDef r, ColumnDef t, String alter, PlanContext context) {
        ObjectKey key = r.key();
        boolean sameStorage = r.generated().isPresent() && t.generated().isPresent()
                && r.generated().get().storage() == t.generated().get().storage();
        if (r.generated().isEmpty()) {
            // Keeps the computed values as plain data.
            return Planned.of(Phase.DROP_GENERATION, key, alter + " DROP EXPRESSION");
        } else if (sameStorage && context.reference.serverVersion() >= 170000 && context.target.serverVersion() >= 170000) {
            return Planned.of(Phase.COLUMNS, key, alter + " SET EXPRESSION AS (" + r.generated().get().expression() + ")",
                    new Hazard(Hazard.Kind.TABLE_REWRITE, "recomputes the column for every row"));
        }
        // No in-place change before PostgreSQL 17: the column is dropped and added again.
        return Planned.of(dropColumn(key, Phase.DROP_GENERATION,
                        PlanContext.dataLoss("the generated column is dropped and added again with its new definition")),
                // Destructive too: held back with the drop, or it would fail on the column that is still there.
                addColumn(r, PlanContext.dataLoss("re-adds the generated column dropped above"),
                        new Hazard(Hazard.Kind.TABLE_REWRITE, "computes the column for every row")))
                .map(s -> s.recreating(key));
    }

    // ---- making way: the default of a column, when it calls a routine the plan drops or recreates

    @Override
    boolean refusedWhileUsed(Change.Changed change) {
        return change.changes("type") || change.changes("collation") || change.changes("generated");
    }

    @Override
    Optional<String> cannotRecreate(ColumnDef target) {
        return target.generated().isPresent() ? Optional.of("generated column") : Optional.empty();
    }

    /**
     * A default that calls a routine being dropped, or that names a type being rebuilt: removed before, set again
     * after. A column that only has the rebuilt type is converted by the type's planner.
     */
    @Override
    Recreation recreate(ColumnDef column, Optional<ColumnDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        if (column.defaultExpression().isEmpty()) {
            return new Recreation(Planned.NOTHING, Set.of());
        }
        ObjectKey key = column.key();
        String alter = alterColumn(key);
        Planned.Builder out = Planned.builder().add(Phase.DROP_DEFAULTS, key, alter + " DROP DEFAULT",
                new Hazard(Hazard.Kind.RECREATED, "the default is removed and set again: " + why.explanation()));
        boolean defaultChangesAnyway = context.change(key).orElse(null) instanceof Change.Changed c
                && c.changes("defaultExpression");
        if (!defaultChangesAnyway) {
            wanted.flatMap(ColumnDef::defaultExpression).ifPresent(d -> out.add(Phase.COLUMNS, key, alter + " SET DEFAULT " + d));
        }
        return new Recreation(out.build(), Set.of()); // the column's own changes are still planned
    }

    // ---- attributes

    @Override
    String commentTarget(ObjectKey key) {
        return "COLUMN " + Ddl.parentTable(key) + "." + Sql.ident(key.name());
    }

    @Override
    String grantTarget(ObjectKey key) {
        return "TABLE " + Ddl.parentTable(key);
    }

    @Override
    String privilegeList(ObjectKey key, List<String> privileges) {
        return String.join(", ", privileges.stream().map(p -> p + " (" + Sql.ident(key.name()) + ")").toList());
    }

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
    static final class Inheritance {

        private Inheritance() {
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

        /**
         * What the child keeps when it leaves a parent ({@code NO INHERIT}, {@code DETACH PARTITION}): PostgreSQL makes
         * each column and check it inherited only through the parents it leaves its own, and a parent's later
         * {@code DROP} no longer reaches it. Those the reference's child lacks altogether are dropped after the leave.
         * The drops are planned by the leave from the first (in key order) of those parents, so there is one each.
         */
        static Planned copiesLeftBehind(InheritanceDef leaving, PlanContext context) {
            ObjectKey child = leaving.child();
            if (context.reference.find(child).isEmpty()) {
                return Planned.NOTHING; // the table itself goes
            }
            Planned.Builder out = Planned.builder();
            for (ColumnDef c : context.target.columnsOf(leaving.parentTable())) {
                ObjectKey copy = columnOf(child, c.key().name());
                if (context.target.find(copy).isEmpty() && context.reference.find(copy).isEmpty()
                        && context.reference.parentsWithColumn(copy).isEmpty()
                        && plannedBy(leaving, context.target.parentsWithColumn(copy), child, context)) {
                    out.add(ColumnPlanner.dropColumn(copy, Phase.DROP_TABLES,
                            PlanContext.dataLoss("drops the column and the data in it, which the table keeps as its own when it leaves "
                                    + leaving.parentTable().displayName())));
                }
            }
            for (DbObject o : context.target.childrenOf(leaving.parentTable())) {
                if (o instanceof ConstraintDef check && check.type() == ConstraintDef.Type.CHECK) {
                    ObjectKey copy = ObjectKey.constraint(child.schema(), child.name(), check.key().name());
                    if (context.target.find(copy).isEmpty() && context.reference.find(copy).isEmpty()
                            && parentsWithCheck(context.reference, child, check.key().name()).isEmpty()
                            && plannedBy(leaving, leaving.partition() ? List.of(leaving.parentTable())
                                    : parentsWithCheck(context.target, child, check.key().name()), child, context)) {
                        out.add(dropCheck(copy, Phase.DROP_CONSTRAINTS)); // before a column it names goes
                    }
                }
            }
            return out.build();
        }

        /** Whether the child leaves every one of these parents, and {@code leaving} is the first of them. */
        private static boolean plannedBy(InheritanceDef leaving, List<ObjectKey> parents, ObjectKey child, PlanContext context) {
            return parents.stream().noneMatch(p -> inheritsIn(context.reference, child, p))
                    && parents.stream().sorted().findFirst().filter(leaving.parentTable()::equals).isPresent();
        }

        /**
         * A parent's new column or check that a table joining it ({@code INHERIT}, {@code ATTACH PARTITION}) only
         * inherits in the reference and lacks in the target: added after the join, so that PostgreSQL adds it to the
         * child as merely inherited. Added before, the join would fail for want of it in the child, and a copy the
         * plan gave the child first would stay the child's own. (The join then runs early: see {@link #joinsFirst}.)
         */
        static FixStatement afterChildrenJoin(FixStatement add, Function<ObjectKey, ObjectKey> copyIn,
                PlanContext context) {
            ObjectKey parent = add.subject().table().orElseThrow();
            FixStatement out = add;
            for (InheritanceDef joining : context.reference.objects(InheritanceDef.class)) {
                if (joining.parentTable().equals(parent) && joinsBefore(joining, copyIn.apply(joining.child()), context)) {
                    out = out.needing(joining.key());
                }
            }
            return out;
        }

        /**
         * Whether the join must run before what the parent gains (columns and checks it adds that the child lacks):
         * then it runs with the columns, before the indexes, constraints and views that use them are created.
         */
        static boolean joinsFirst(InheritanceDef joining, PlanContext context) {
            ObjectKey parent = joining.parentTable();
            ObjectKey child = joining.child();
            for (DbObject o : context.reference.childrenOf(parent)) {
                boolean gained = context.target.find(o.key()).isEmpty();
                if (gained && o instanceof ColumnDef c && joinsBefore(joining, columnOf(child, c.key().name()), context)) {
                    return true;
                }
                if (gained && o instanceof ConstraintDef c && c.type() == ConstraintDef.Type.CHECK
                        && joinsBefore(joining, ObjectKey.constraint(child.schema(), child.name(), c.key().name()), context)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the reference's child only inherits the copy, the target's lacks it, and the join is planned. */
        private static boolean joinsBefore(InheritanceDef joining, ObjectKey copy, PlanContext context) {
            ObjectKey child = joining.child();
            if (context.target.find(joining.key()).isPresent() || context.target.find(child).isEmpty()
                    || context.reference.find(copy).isPresent() || context.target.find(copy).isPresent()) {
                return false;
            }
            return copy.kind() == ObjectKind.COLUMN ? context.target.parentsWithColumn(copy).isEmpty()
                    : parentsWithCheck(context.target, child, copy.name()).isEmpty();
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
}
