package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the per-kind DDL classes share while a {@link FixPlanner} plans: both catalogs, the options,
 * what the plan drops, and where statements and unsupported differences go.
 */
final class PlanContext {
    final SchemaDiff diff;
    final Catalog reference;
    final Catalog target;
    final PlanOptions options;
    private final List<FixStatement> statements;
    private final List<String> unsupported;
    private final Set<ObjectKey> unexpected = new HashSet<>();
    /** What the plan drops and creates again: its comment, grants and owner are applied again after. */
    private final Set<ObjectKey> recreated = new HashSet<>();

    PlanContext(SchemaDiff diff, PlanOptions options, List<FixStatement> statements, List<String> unsupported) {
        this.diff = diff;
        this.reference = diff.reference();
        this.target = diff.target();
        this.options = options;
        this.statements = statements;
        this.unsupported = unsupported;
        for (Change.Unexpected u : diff.changes(Change.Unexpected.class)) {
            unexpected.add(u.key());
        }
    }

    void add(Phase phase, ObjectKey subject, String sql, Hazard... hazards) {
        statements.add(new FixStatement(phase, subject, sql, true, List.of(hazards)));
    }

    void add(FixStatement statement) {
        statements.add(statement);
    }

    void unsupported(String sentence) {
        unsupported.add(sentence);
    }

    /** Whether the plan drops the object, or the table it belongs to: what describes it goes with it. */
    boolean goesAway(ObjectKey subject) {
        return unexpected.contains(subject) || subject.table().filter(unexpected::contains).isPresent();
    }

    /** Marks an object the plan drops and creates again. */
    void recreated(ObjectKey key) {
        recreated.add(key);
    }

    Set<ObjectKey> recreated() {
        return Set.copyOf(recreated);
    }

    /** Whether the target only has this object (the plan drops it if allowed). */
    boolean unexpected(ObjectKey key) {
        return unexpected.contains(key);
    }

    static Hazard dataLoss(String why) {
        return new Hazard(Hazard.Kind.DATA_LOSS, why);
    }

    static Hazard mayFail(String why) {
        return new Hazard(Hazard.Kind.MAY_FAIL, why);
    }
}
