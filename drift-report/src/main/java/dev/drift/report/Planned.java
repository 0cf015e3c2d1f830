package dev.drift.report;

import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a {@link KindPlanner} proposes for one object: statements, in the order it wrote them, and differences
 * no statement can fix, each a sentence. A value: planners return it and keep nothing.
 */
record Planned(List<FixStatement> statements, List<String> unsupported) {

    static final Planned NOTHING = new Planned(List.of(), List.of());

    Planned {
        statements = List.copyOf(statements);
        unsupported = List.copyOf(unsupported);
    }

    static Planned of(FixStatement... statements) {
        return new Planned(List.of(statements), List.of());
    }

    static Planned of(List<FixStatement> statements) {
        return new Planned(statements, List.of());
    }

    /** A transactional statement with no facts. */
    static Planned of(Phase phase, ObjectKey subject, String sql, Hazard... hazards) {
        return of(new FixStatement(phase, subject, sql, true, List.of(hazards)));
    }

    static Planned unsupported(String sentence) {
        return new Planned(List.of(), List.of(sentence));
    }

    /** The same statements, each changed by {@code f} (e.g. given a fact). */
    Planned map(UnaryOperator<FixStatement> f) {
        return new Planned(statements.stream().map(f).toList(), unsupported);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects what the steps of one planner call propose, in order; local to that call. */
    static final class Builder {
        private final List<FixStatement> statements = new ArrayList<>();
        private final List<String> unsupported = new ArrayList<>();

        private Builder() {
        }

        /** A transactional statement with no facts. */
        Builder add(Phase phase, ObjectKey subject, String sql, Hazard... hazards) {
            return add(new FixStatement(phase, subject, sql, true, List.of(hazards)));
        }

        Builder add(FixStatement statement) {
            statements.add(statement);
            return this;
        }

        Builder add(Planned planned) {
            statements.addAll(planned.statements());
            unsupported.addAll(planned.unsupported());
            return this;
        }

        Builder unsupported(String sentence) {
            unsupported.add(sentence);
            return this;
        }

        Planned build() {
            return new Planned(statements, unsupported);
        }
    }
}
