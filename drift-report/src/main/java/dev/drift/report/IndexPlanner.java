package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Indexes: {@code CREATE INDEX} and {@code DROP INDEX}, plain or {@code CONCURRENTLY}
 * ({@link PlanOptions#concurrentIndexes()}, on a table that allows it: {@link PlanContext#onExistingPlainTable}).
 * A changed index is dropped and built again; an index that backs a key is planned through its constraint.
 */
final class IndexPlanner extends KindPlanner<IndexDef> {

    static final String INVALID_INDEX_NOTE = "if it fails or is cancelled it leaves an INVALID index behind, which must"
            + " be dropped (DROP INDEX CONCURRENTLY) before it runs again";

    /** {@code CREATE [UNIQUE] INDEX name ON ONLY }, the name quoted or not. */
    private static final Pattern ON_ONLY = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX (?:\"(?:[^\"]|\"\")*\"|\\S+)) ON ONLY ");

    /** {@code CREATE [UNIQUE] INDEX } at the start of a definition. */
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX ");

    private static final Hazard BUILD_LOCK = new Hazard(Hazard.Kind.LONG_LOCK,
            "builds the index while writes to the table wait");

    IndexPlanner() {
        super(ObjectKind.INDEX, IndexDef.class);
    }

    /**
     * The statement that creates an index. {@code pg_get_indexdef} writes {@code ON ONLY} for the index
     * of a partitioned table (how pg_dump builds it before attaching each partition's index); run as
     * it is, that leaves the index invalid and the partitions without one, so it is created on the
     * whole table instead, which builds the partitions' indexes too.
     */
    private static String createSql(IndexDef index) {
        return ON_ONLY.matcher(index.definition()).replaceFirst("$1 ON ");
    }

    @Override
    Planned create(IndexDef index, PlanContext context) {
        return InheritancePlanner.comesWithDetach(index, context) ? Planned.NOTHING : build(index, context);
    }

    /**
     * Builds a missing index, concurrently where the options and the table allow it. A unique index is a key a
     * foreign key may lean on: it is built with the constraints, before foreign keys.
     */
    static Planned build(IndexDef index, PlanContext context) {
        Phase phase = index.unique() ? Phase.CONSTRAINTS : Phase.INDEXES;
        if (!concurrently(index, context)) {
            return Planned.of(plainBuild(phase, index));
        }
        return Planned.of(index.unique()
                ? buildConcurrently(phase, index.key(), index, PlanContext.mayFail("fails if existing rows hold duplicates"))
                : buildConcurrently(phase, index.key(), index));
    }

    /** Whether a new index is built concurrently: the option is on and the table allows it. */
    private static boolean concurrently(IndexDef index, PlanContext context) {
        return context.options.concurrentIndexes() && CREATE_INDEX.matcher(index.definition()).find()
                && context.onExistingPlainTable(index.key().table().orElseThrow());
    }

    private static FixStatement plainBuild(Phase phase, IndexDef index) {
        return new FixStatement(phase, index.key(), createSql(index), true, List.of(BUILD_LOCK));
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY}, outside a transaction, creating the index whatever the statement's
     * subject (the constraint it is built for).
     */
    static FixStatement buildConcurrently(Phase phase, ObjectKey subject, IndexDef index, Hazard... first) {
        List<Hazard> hazards = new ArrayList<>(List.of(first));
        hazards.add(PlanContext.mayFail(INVALID_INDEX_NOTE));
        return new FixStatement(phase, subject, CREATE_INDEX.matcher(createSql(index))
                .replaceFirst("CREATE $1INDEX CONCURRENTLY "), false, hazards).creating(index.key());
    }

    @Override
    Planned drop(IndexDef index, PlanContext context) {
        return Planned.of(dropStatement(index, true, context,
                PlanContext.dataLoss("drops an index the reference does not have; queries that use it slow down")));
    }

    /**
     * {@code DROP INDEX}; with {@code online}, {@code CONCURRENTLY} outside a transaction where the options and
     * the table allow it, and only for a plain (not unique) index, which nothing else depends on: a unique one
     * may hold up a foreign key, which is dropped first in the transaction, so it goes with it.
     */
    private static FixStatement dropStatement(IndexDef target, boolean online, PlanContext context, Hazard... hazards) {
        ObjectKey index = target.key();
        String name = Sql.qualified(index.schema(), index.name());
        boolean concurrently = online && context.options.concurrentIndexes()
                && target.definition().startsWith("CREATE INDEX ") && !target.backsConstraint()
                && context.onExistingPlainTable(index.table().orElseThrow());
        if (!concurrently) {
            return new FixStatement(Phase.DROP_INDEXES, index, "DROP INDEX " + name, true, List.of(hazards));
        }
        List<Hazard> all = new ArrayList<>(List.of(hazards));
        all.add(PlanContext.mayFail("if it fails part-way the index is left INVALID (no longer used, still"
                + " maintained): run it again"));
        return new FixStatement(Phase.DROP_INDEXES, index, "DROP INDEX CONCURRENTLY " + name, false, all);
    }

    @Override
    Planned alter(Change.Changed change, IndexDef r, IndexDef t, PlanContext context) {
        ObjectKey key = r.key();
        Planned.Builder out = Planned.builder();
        if (t.unique()) {
            // Foreign keys may lean on the unique index that goes: dropped first, added back after.
            out.add(ConstraintPlanner.foreignKeysOnto(key.table().orElseThrow(), context));
        }
        Planned.Builder replaced = Planned.builder();
        if (t.backsConstraint()) {
            // The target's index belongs to a constraint the reference does not have: it goes with it.
            replaced.add(ConstraintPlanner.dropStatement(ObjectKey.constraint(key.schema(), key.parent().orElseThrow(),
                    t.constraint().get()), false));
        } else if (!t.unique() && !r.unique() && concurrently(r, context)) {
            // Neither is a key: dropped and built again concurrently, writes go on (only reads miss the index).
            replaced.add(dropStatement(t, true, context, new Hazard(Hazard.Kind.RECREATED,
                    "dropped and built again concurrently: queries run without it until the new one is built")));
        } else {
            replaced.add(dropStatement(t, false, context));
        }
        if (!r.backsConstraint() && (t.unique() || r.unique() || t.backsConstraint())) {
            // Built in the same transaction as the drop: a key is never missing, not even for a moment.
            replaced.add(plainBuild(r.unique() ? Phase.CONSTRAINTS : Phase.INDEXES, r));
        } else if (!r.backsConstraint()) {
            replaced.add(build(r, context));
        }
        Planned planned = replaced.build();
        // The same index again: its comment goes with the drop and is applied again after the build.
        return out.add(!r.backsConstraint() && !t.backsConstraint() ? planned.map(s -> s.recreating(key)) : planned)
                .build();
    }

    // ---- making way for a change of what it depends on

    @Override
    Optional<String> cannotRecreate(IndexDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(IndexDef old, Optional<IndexDef> wanted, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                               PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old, false, context, why)),
                wanted.map(w -> Planned.of(rebuild(w))));
    }

    /** The index built again when what it depends on is rebuilt: plain, inside the transaction. */
    static FixStatement rebuild(IndexDef index) {
        return plainBuild(Phase.INDEXES, index);
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "INDEX " + Sql.qualified(key.schema(), key.name());
    }
}
