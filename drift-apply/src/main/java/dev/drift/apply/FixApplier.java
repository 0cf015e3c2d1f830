package dev.drift.apply;

import dev.drift.apply.FixOutcome.Status;
import dev.drift.apply.FixOutcome.Verification;
import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.DriftException;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a fix to one target, the one way Drift does it: plan (or read the saved script), check that the
 * target is still what the fix was planned against, let the {@link Proof} judge it, apply it (all or nothing
 * per transaction, verified by re-planning before the COMMIT: see {@link ScriptRunner}), then read the target
 * again and compare it with the reference. The {@link FixOutcome} says truthfully what happened.
 *
 * <pre>{@code
 * FixOutcome outcome = FixApplier.builder().build()
 *         .apply(DatabaseUrl.parse(url), new Fix.PlanNow(reference, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));
 * }</pre>
 */
public final class FixApplier {

    private final ScriptRunner runner;
    private final PostgresCatalogReader reader;
    private final Proof proof;
    private final boolean dryRun;

    private FixApplier(Builder b) {
        this.reader = b.reader;
        this.proof = b.proof;
        this.dryRun = b.dryRun;
        this.runner = ScriptRunner.builder().lockTimeout(b.lockTimeout).statementTimeout(b.statementTimeout)
                .connectTimeout(b.connectTimeout).reader(b.reader).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Plans, proves, applies and verifies {@code fix} on {@code target}.
     *
     * @throws DriftException           when the target (or, after a failure, nothing) could not be read before
     *                                  anything ran
     * @throws IllegalArgumentException when a saved script cannot be run as written (the message names the line)
     *                                  or has no fingerprint header; nothing ran
     */
    public FixOutcome apply(DatabaseUrl target, Fix fix) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fix, "fix");
        Prepared prepared = prepare(target, fix);
        PlannedFix planned = prepared.fix();
        if (planned.stale()) {
            String now = planned.targetBefore().orElseThrow().fingerprint();
            return ended(planned, Status.STALE, "refused: the catalog of " + planned.target() + " has changed since "
                    + prepared.what() + " was planned (planned against fingerprint " + planned.expectedFingerprint()
                    + ", now " + now + "); nothing was run: plan again (and read the same schemas: pass the --schema"
                    + " options the script was written with)");
        }
        if (planned.steps().isEmpty()) {
            return ended(planned, Status.NOTHING_TO_DO, null);
        }
        Optional<String> objection = proof.objection(target, planned);
        if (objection.isPresent()) {
            return ended(planned, Status.NOT_PROVEN, "not proven, nothing was run: " + objection.get());
        }
        if (dryRun) {
            return ended(planned, Status.DRY_RUN, null);
        }
        ApplyResult result = runner.apply(target, new ApplyPlan(planned.steps(),
                Optional.of(planned.expectedFingerprint()), prepared.check()));
        Status status = switch (result.outcome()) {
            case NOTHING_TO_DO -> Status.NOTHING_TO_DO;
            case APPLIED -> Status.APPLIED;
            case STALE -> Status.STALE;
            case ROLLED_BACK -> Status.ROLLED_BACK;
            case INCOMPLETE -> Status.INCOMPLETE;
            case UNKNOWN -> Status.UNKNOWN;
        };
        Verification verification = status == Status.APPLIED || status == Status.INCOMPLETE
                ? verify(target, prepared) : Verification.NOT_REACHED;
        return new FixOutcome(planned, status, Optional.of(result), verification, result.error());
    }

    /** The fix ready to run, the check the runner makes before COMMIT, and a name for messages. */
    private record Prepared(PlannedFix fix, ApplyCheck check, Optional<SchemaDiff> diff, DiffOptions diffOptions,
                            PlanOptions planOptions, String what) {
    }

    private Prepared prepare(DatabaseUrl target, Fix fix) {
        String where = target.display();
        if (fix instanceof Fix.PlanNow p) {
            Catalog before = reader.read(target);
            SchemaDiff diff = Differ.compare(p.reference(), before, p.diffOptions());
            FixScript plan = FixPlanner.plan(diff, p.planOptions());
            return new Prepared(new PlannedFix(where, Optional.of(p.reference()), Optional.of(before),
                    Optional.of(plan), FixScriptSteps.of(plan), plan.targetFingerprint()),
                    new PlanCheck(diff, p.diffOptions(), p.planOptions(), plan), Optional.of(diff),
                    p.diffOptions(), p.planOptions(), "the plan");
        }
        if (fix instanceof Fix.Planned p) {
            return new Prepared(new PlannedFix(where, Optional.of(p.diff().reference()), Optional.empty(),
                    Optional.of(p.script()), FixScriptSteps.of(p.script()), p.script().targetFingerprint()),
                    new PlanCheck(p.diff(), p.diffOptions(), p.planOptions(), p.script()), Optional.of(p.diff()),
                    p.diffOptions(), p.planOptions(), "the plan");
        }
        Fix.SavedScript s = (Fix.SavedScript) fix;
        ScriptFile script = ScriptFile.parse(s.text(), s.name());
        String expected = script.targetFingerprint().orElseThrow(() -> new IllegalArgumentException(s.name()
                + " has no '" + FixScript.FINGERPRINT_HEADER.strip() + "' header, so it cannot be checked"
                + " against the target: write it with drift diff --format sql, drift fleet --out or FixScript.toSql()"));
        Catalog before = reader.read(target);
        Optional<SchemaDiff> diff = s.reference().map(r -> Differ.compare(r, before, s.diffOptions()));
        Optional<FixScript> plan = diff.map(d -> FixPlanner.plan(d, s.planOptions()));
        ApplyCheck check = diff.isPresent()
                ? new PlanCheck(diff.get(), s.diffOptions(), s.planOptions(), plan.get())
                : (catalog, pending) -> List.of();
        return new Prepared(new PlannedFix(where, s.reference(), Optional.of(before), plan, script.steps(), expected),
                check, diff, s.diffOptions(), s.planOptions(), s.name());
    }

    /** Reads the target again and plans once more: what a new plan would still run is what the fix did not do. */
    private Verification verify(DatabaseUrl target, Prepared prepared) {
        if (prepared.diff().isEmpty()) {
            return Verification.NOT_COMPARED;
        }
        Catalog after;
        try {
            after = reader.read(target);
        } catch (DriftException e) {
            return Verification.NOT_REACHED;
        }
        SchemaDiff diff = Differ.compare(prepared.diff().get().reference(), after, prepared.diffOptions());
        List<String> stillToRun = FixPlanner.plan(diff, prepared.planOptions()).statements().stream()
                .map(FixStatement::toSql).toList();
        return new Verification(stillToRun.isEmpty() ? Verification.State.PASSED : Verification.State.FAILED,
                stillToRun);
    }

    private static FixOutcome ended(PlannedFix fix, Status status, String reason) {
        return new FixOutcome(fix, status, Optional.empty(), Verification.NOT_REACHED, Optional.ofNullable(reason));
    }

    /** Settings of an applier. */
    public static final class Builder {
        private Duration lockTimeout = Duration.ofSeconds(5);
        private Duration statementTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private PostgresCatalogReader reader = PostgresCatalogReader.create();
        private Proof proof = Proof.NONE;
        private boolean dryRun;

        private Builder() {
        }

        /** How long a statement may wait for a lock before its transaction rolls back (default 5 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = Objects.requireNonNull(value, "lockTimeout");
            return this;
        }

        /** How long one statement may run before its transaction rolls back (default 60 s). */
        public Builder statementTimeout(Duration value) {
            this.statementTimeout = Objects.requireNonNull(value, "statementTimeout");
            return this;
        }

        /** How long connecting may take (default 10 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
            return this;
        }

        /**
         * The reader of the target, before, during and after the run (default: every user schema). It must read
         * the schemas the fix was planned with, or the fingerprints differ.
         */
        public Builder reader(PostgresCatalogReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        /** What must hold before a fix runs (default: {@link Proof#NONE}). */
        public Builder proof(Proof value) {
            this.proof = Objects.requireNonNull(value, "proof");
            return this;
        }

        /** Plan, check and prove only: nothing runs ({@link Status#DRY_RUN}). */
        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public FixApplier build() {
            return new FixApplier(this);
        }
    }
}
