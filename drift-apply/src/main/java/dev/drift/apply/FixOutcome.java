package dev.drift.apply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FixApplier#apply} did to one target, and what the target holds now as far as it was verified.
 *
 * @param fix          what was planned or read
 * @param status       how it ended
 * @param result       what the runner did, statement by statement (when it ran)
 * @param verification what reading the target again after the run found
 * @param reason       why it did not succeed, in one line (stale, refused, failed)
 */
public record FixOutcome(PlannedFix fix, Status status, Optional<ApplyResult> result, Verification verification,
                         Optional<String> reason) {

    public FixOutcome {
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(reason, "reason");
    }

    /** How a fix ended. */
    public enum Status {
        /** There was no statement to run (the plan may still leave something alone). */
        NOTHING_TO_DO,
        /** Planned and checked, not run: the caller asked for a dry run. */
        DRY_RUN,
        /** The target's catalog changed since the fix was planned: nothing ran. */
        STALE,
        /** The {@link Proof} objected: nothing ran. */
        NOT_PROVEN,
        /** Every statement ran and committed, and the runner's check agreed before the COMMIT. */
        APPLIED,
        /** Nothing stays: the transaction was rolled back and the target, read again, is as before. */
        ROLLED_BACK,
        /** Part of the fix committed and stays, the rest not (see the result's steps). */
        INCOMPLETE,
        /** What the target holds is not known (see the reason). */
        UNKNOWN;

        /** Whether anything may have changed on the target. */
        public boolean touched() {
            return this == APPLIED || this == INCOMPLETE || this == UNKNOWN;
        }
    }

    /**
     * The target read again after the run and compared with the reference.
     *
     * @param state     what was found
     * @param stillToRun the statements a new plan would still run (empty when it passed)
     */
    public record Verification(State state, List<String> stillToRun) {
        public static final Verification NOT_REACHED = new Verification(State.NOT_REACHED, List.of());
        public static final Verification NOT_COMPARED = new Verification(State.NOT_COMPARED, List.of());

        public Verification {
            Objects.requireNonNull(state, "state");
            stillToRun = List.copyOf(stillToRun);
        }

        /** What reading the target again found. */
        public enum State {
            /** The target matches the reference, except what the plan deliberately left alone. */
            PASSED,
            /** A new plan still has statements to run. */
            FAILED,
            /** Nothing to compare with: a saved script applied without a reference. */
            NOT_COMPARED,
            /** Nothing committed, or the target could not be read again. */
            NOT_REACHED
        }
    }

    /** Whether the target is now as planned: nothing to do, or applied and (where a reference is known) verified. */
    public boolean succeeded() {
        return status == Status.NOTHING_TO_DO
                || status == Status.APPLIED && verification.state() != Verification.State.FAILED;
    }
}
