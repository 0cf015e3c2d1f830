package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table constraints: {@code ADD CONSTRAINT} (inline in a new table, else a statement of its own; online-safe,
 * {@code NOT VALID} then {@code VALIDATE}, or a key attached {@code USING INDEX} built concurrently),
 * {@code DROP CONSTRAINT} (destructive), {@code VALIDATE CONSTRAINT}. A changed constraint is dropped and added
 * again, and a key that is replaced takes the foreign keys that lean on it with it.
 */
final class ConstraintPlanner extends KindPlanner<ConstraintDef> {

    /** The deferrability a unique or primary key constraint definition ends with, if any. */
    private static final Pattern DEFERRABLE = Pattern.compile(" (DEFERRABLE(?: INITIALLY DEFERRED)?)$");
    private static final String NOT_VALID = " NOT VALID";

    ConstraintPlanner() {
        super(ObjectKind.CONSTRAINT, ConstraintDef.class);
    }

    /** The constraint as it stands inside CREATE TABLE. */
    static String inline(ConstraintDef c) {
        return "CONSTRAINT " + Sql.ident(c.key().name()) + " " + c.definition();
    }

    private static String addSql(ConstraintDef c) {
        return Ddl.alterTable(c.key()) + " ADD CONSTRAINT " + Sql.ident(c.key().name()) + " " + c.definition();
    }

    private static String validateSql(ObjectKey key) {
        return Ddl.alterTable(key) + " VALIDATE CONSTRAINT " + Sql.ident(key.name());
    }

    /** {@code DROP CONSTRAINT}, with the foreign keys when it is one, else with the other constraints. */
    static FixStatement dropStatement(ObjectKey key, boolean foreignKey, Hazard... hazards) {
        return new FixStatement(foreignKey ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS, key,
                Ddl.alterTable(key) + " DROP CONSTRAINT " + Sql.ident(key.name()), true, List.of(hazards));
    }

    @Override
    Planned create(ConstraintDef constraint, PlanContext context) {
        if (InheritancePlanner.comesWithDetach(constraint, context)) {
            // The partition keeps the parent's key when it is detached: renamed if the reference names it otherwise.
            return ownIndex(constraint, context.reference).map(i -> IndexPlanner.renameAfterDetach(i, context))
                    .orElse(Planned.NOTHING);
        }
        Optional<Planned> inherited = ColumnPlanner.Inheritance.missingOwnCheck(constraint, context);
        if (inherited.isPresent()) {
            return inherited.get();
        }
        Planned added = add(constraint, context);
        if (constraint.type() == ConstraintDef.Type.CHECK) {
            String name = constraint.key().name();
            added = added.map(s -> ColumnPlanner.Inheritance.afterChildrenJoin(s,
                    child -> ObjectKey.constraint(child.schema(), child.name(), name), context));
        }
        if (constraint.type().hasIndex()) {
            // A partition's own key where the target has its parent's copy: added once that parent's goes.
            ObjectKey table = constraint.key().table().orElseThrow();
            for (DbObject o : context.target.childrenOf(table)) {
                if (o instanceof IndexDef i && i.attached() && i.backsConstraint()
                        && PartitionIndexes.goesByPlan(i.partitionOf().get(), context)) {
                    ObjectKey parent = IndexPlanner.parentSubject(i.partitionOf().get(), context.target);
                    return added.map(s -> s.makingWayFor(parent));
                }
            }
        }
        return added;
    }

    /** The table's own index behind a key (not a partition's copy of its parent's). */
    private static Optional<IndexDef> ownIndex(ConstraintDef c, dev.drift.core.Catalog catalog) {
        return catalog.childrenOf(c.key().table().orElseThrow()).stream()
                .filter(o -> o instanceof IndexDef i && !i.attached() && i.constraint().equals(Optional.of(c.key().name())))
                .map(IndexDef.class::cast).findFirst();
    }

    /**
     * {@code ADD CONSTRAINT} of a primary key, unique or exclusion constraint, plainly; with {@code only}, on a
     * partitioned table alone ({@code ALTER TABLE ONLY}: its index is invalid until each partition's is attached).
     */
    static FixStatement addKey(ConstraintDef c, boolean only) {
        List<Hazard> hazards = only ? List.of() : List.of(PlanContext.mayFail(
                "fails if existing rows hold duplicates (or nulls, for a primary key)"),
                new Hazard(Hazard.Kind.LONG_LOCK, "builds an index while writes to the table wait"));
        String sql = (only ? Ddl.alterTableOnly(c.key()) : Ddl.alterTable(c.key())) + " ADD CONSTRAINT "
                + Sql.ident(c.key().name()) + " " + c.definition();
        return new FixStatement(Phase.CONSTRAINTS, c.key(), sql, true, hazards);
    }

    /**
     * The statements that add a constraint to a table that exists. With {@link PlanOptions#concurrentIndexes()},
     * a unique or primary key constraint on an existing table is built as a unique index concurrently and then
     * attached ({@code USING INDEX}: a short lock, no build); with {@link PlanOptions#validateSeparately()}, a
     * check or foreign key is added {@code NOT VALID} and validated by a statement of its own, in
     * {@link Phase#VALIDATE_CONSTRAINTS}. Otherwise one plain {@code ADD CONSTRAINT}.
     */
    static Planned add(ConstraintDef c, PlanContext context) {
        if (c.type().hasIndex() && PartitionIndexes.partitioned(context.reference, c.key().table().orElseThrow())) {
            Optional<IndexDef> index = ownIndex(c, context.reference);
            if (index.isPresent()) {
                return IndexPlanner.buildPartitioned(index.get(), Optional.of(c), context);
            }
        }
        List<Hazard> hazards = new ArrayList<>();
        switch (c.type()) {
            case PRIMARY_KEY, UNIQUE, EXCLUSION -> hazards.add(PlanContext.mayFail(
                    "fails if existing rows hold duplicates (or nulls, for a primary key)"));
            case CHECK, FOREIGN_KEY -> {
                if (!c.definition().endsWith("NOT VALID")) {
                    hazards.add(PlanContext.mayFail("fails if existing rows violate it"));
                }
            }
            default -> { }
        }
        if (c.type().hasIndex()) {
            hazards.add(new Hazard(Hazard.Kind.LONG_LOCK, "builds an index while writes to the table wait"));
        }
        Phase phase = c.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS;
        ObjectKey table = c.key().table().orElseThrow();
        boolean checkOrForeignKey = c.type() == ConstraintDef.Type.CHECK || c.type() == ConstraintDef.Type.FOREIGN_KEY;
        if (checkOrForeignKey && context.options.validateSeparately() && !c.definition().endsWith(NOT_VALID)
                && context.onExistingPlainTable(table)) {
            return Planned.of(new FixStatement(phase, c.key(), addSql(c) + NOT_VALID, true, List.of()),
                    new FixStatement(Phase.VALIDATE_CONSTRAINTS, c.key(), validateSql(c.key()), true, List.of(
                            PlanContext.mayFail("fails if existing rows violate it; the constraint then stays NOT VALID"
                                    + " (new and updated rows are still checked)"))));
        }
        Optional<IndexDef> index = usingIndex(c, context);
        if (index.isPresent()) {
            Matcher deferrable = DEFERRABLE.matcher(c.definition());
            String keyword = c.type() == ConstraintDef.Type.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
            String attach = Ddl.alterTable(c.key()) + " ADD CONSTRAINT " + Sql.ident(c.key().name()) + " " + keyword
                    + " USING INDEX " + Sql.ident(index.get().key().name())
                    + (deferrable.find() ? " " + deferrable.group(1) : "");
            // Both statements have the constraint as subject: the build then stays right before the attach.
            return Planned.of(IndexPlanner.buildConcurrently(phase, c.key(), index.get(), PlanContext.mayFail(
                            "fails if existing rows hold duplicates" + (c.type() == ConstraintDef.Type.PRIMARY_KEY
                                    ? " or nulls" : ""))),
                    new FixStatement(phase, c.key(), attach, true, List.of()));
        }
        return Planned.of(new FixStatement(phase, c.key(), addSql(c), true, hazards));
    }

    /**
     * The reference's index behind a unique or primary key constraint, when it can be built concurrently and
     * attached: a unique index named like the constraint (attaching renames the index to the constraint's
     * name, so any other name would not match the reference).
     */
    private static Optional<IndexDef> usingIndex(ConstraintDef c, PlanContext context) {
        boolean key = c.type() == ConstraintDef.Type.UNIQUE || c.type() == ConstraintDef.Type.PRIMARY_KEY;
        ObjectKey table = c.key().table().orElseThrow();
        // A key the target has in another form is replaced in one transaction: it is never missing, not even briefly.
        boolean targetHasIt = context.target.find(c.key()).isPresent()
                || context.target.find(ObjectKey.index(c.key().schema(), table.name(), c.key().name())).isPresent();
        if (!key || !context.options.concurrentIndexes() || !context.onExistingPlainTable(table) || targetHasIt) {
            return Optional.empty();
        }
        return context.reference.childrenOf(table).stream()
                .filter(o -> o instanceof IndexDef i && i.constraint().equals(Optional.of(c.key().name())))
                .map(IndexDef.class::cast)
                .filter(i -> i.key().name().equals(c.key().name()) && i.unique())
                .findFirst();
    }

    /**
     * A foreign key on a dropped column would go with it, but only when the column goes, which is after the
     * keys are dropped: it may hold on to a key dropped before then, so it is dropped explicitly. A constraint
     * whose index the reference keeps as a plain index goes with that replacement (see IndexPlanner).
     */
    @Override
    Planned drop(ConstraintDef constraint, PlanContext context) {
        Optional<Planned> inherited = ColumnPlanner.Inheritance.unexpectedOwnCheck(constraint, context);
        if (inherited.isPresent()) {
            return inherited.get(); // before its column's drop: a column the child keeps as its own is not dropped
        }
        boolean foreignKey = constraint.type() == ConstraintDef.Type.FOREIGN_KEY;
        ObjectKey key = constraint.key();
        boolean goesWithColumn = !foreignKey && constraint.columns().stream()
                .anyMatch(c -> context.dropped(ObjectKey.column(key.schema(), key.parent().orElseThrow(), c)));
        if (goesWithColumn || context.replacedByIndex(key)) {
            return Planned.NOTHING;
        }
        Optional<Planned> onlyParent = ColumnPlanner.Inheritance.parentCheckDrop(constraint, context);
        if (onlyParent.isPresent()) {
            return onlyParent.get();
        }
        if (constraint.type().hasIndex() && ownIndex(constraint, context.target)
                .flatMap(i -> PartitionIndexes.reusedAs(i, context)).isPresent()) {
            return Planned.NOTHING; // the partition's key is attached to the reference's parent key instead
        }
        return Planned.of(dropStatement(key, foreignKey,
                PlanContext.dataLoss("removes a constraint the reference does not have; the data it guarded may change")));
    }

    @Override
    Planned alter(Change.Changed change, ConstraintDef r, ConstraintDef t, PlanContext context) {
        if (t.definition().endsWith(NOT_VALID)
                && r.definition().equals(t.definition().substring(0, t.definition().length() - NOT_VALID.length()))) {
            return Planned.of(r.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS, r.key(),
                    validateSql(r.key()), PlanContext.mayFail("fails if existing rows violate it"));
        }
        Planned.Builder out = Planned.builder()
                .add(dropStatement(t.key(), t.type() == ConstraintDef.Type.FOREIGN_KEY))
                .add(add(r, context));
        Planned replaced = out.build().map(s -> s.recreating(r.key()));
        if (t.type().hasIndex() && t.type() != ConstraintDef.Type.EXCLUSION) {
            return Planned.builder().add(replaced).add(foreignKeysOnto(t.key().table().orElseThrow(), context)).build();
        }
        return replaced;
    }

    /**
     * A key being replaced takes the foreign keys that lean on it: they are dropped first and added back after,
     * unless they change anyway. Planned for each key of the table that is replaced; the plan runs the same
     * statement once.
     */
    static Planned foreignKeysOnto(ObjectKey table, PlanContext context) {
        Planned.Builder out = Planned.builder();
        for (ConstraintDef fk : context.targetForeignKeysOnto(table)) {
            Optional<DbObject> inReference = context.reference.find(fk.key());
            boolean changedAnyway = inReference.isEmpty() || !inReference.get().equals(fk);
            if (!changedAnyway) {
                out.add(Planned.builder().add(dropStatement(fk.key(), true)).add(add(fk, context)).build()
                        .map(s -> s.recreating(fk.key())));
            }
        }
        return out.build();
    }

    // ---- making way for a change of what it depends on

    @Override
    Optional<String> cannotRecreate(ConstraintDef target) {
        return Optional.empty();
    }

    /** Dropped and added again as the reference has it, plainly (the rebuild happens inside the transaction). */
    @Override
    Recreation recreate(ConstraintDef old, Optional<ConstraintDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        ObjectKey key = old.key();
        boolean foreignKey = old.type() == ConstraintDef.Type.FOREIGN_KEY;
        return Recreation.of(key, Planned.of(dropStatement(key, foreignKey, why)), wanted.map(w -> Planned.of(
                foreignKey ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS, key, addSql(w),
                PlanContext.mayFail("fails if existing rows violate it"))));
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "CONSTRAINT " + Sql.ident(key.name()) + " ON " + Ddl.parentTable(key);
    }
}
