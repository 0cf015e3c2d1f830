package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
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
        Optional<Planned> inherited = ColumnInheritance.missingOwnCopy(column, context);
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
        return Planned.of(addColumn(column, hazards.toArray(Hazard[]::new)));
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
        Optional<Planned> inherited = ColumnInheritance.unexpectedOwnCopy(column, context)
                .or(() -> ColumnInheritance.parentDrop(column, context));
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
}
