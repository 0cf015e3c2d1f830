package dev.drift.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a plan to one target did.
 *
 * @param target     the target, as safe to print (never with a password)
 * @param outcome    how it ended
 * @param steps      every step of the plan with what became of it, in the order they run
 *                   ({@link ApplyPlan#runOrder()}: segment by segment, a transaction's steps first)
 * @param mismatches what the {@link ApplyCheck} found different from the expected result (empty when it
 *                   agreed or did not run)
 * @param error      the one-line reason, when the outcome is not a success
 */
public record ApplyResult(String target, Outcome outcome, List<StepResult> steps, List<String> mismatches,
                          Optional<String> error) {

    public ApplyResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        mismatches = List.copyOf(mismatches);
        Objects.requireNonNull(error, "error");
    }

    /** How an apply ended. */
    public enum Outcome {
        /** The plan had no steps; nothing was done. */
        NOTHING_TO_DO,
        /** Every step ran, the transaction committed, and the target is what was expected. */
        APPLIED,
        /** The target's catalog changed since the plan was made: nothing ran. */
        STALE,
        /**
         * A statement of the first transaction failed, the check found a mismatch, or the connection was lost,
         * and the target is verified unchanged: its catalog, read again after the rollback, is exactly as
         * before the transaction (or no statement had run).
         */
        ROLLED_BACK,
        /**
         * Part of the plan was committed, the rest not: a non-transactional step failed, the final check
         * found a mismatch after the non-transactional steps, or a transaction after a commit point of the
         * plan failed and was rolled back (the earlier ones stay). The error says which statements were
         * committed; the steps' statuses show it.
         */
        INCOMPLETE,
        /**
         * What the target now holds is not known, and the error says why and what to check: the connection was
         * lost during COMMIT and the catalog could not tell whether it happened; a rollback could not be
         * verified (the catalog could not be read again, or differs from before the transaction); or a statement
         * ended the transaction it ran in. The steps that ran show {@link StepStatus#UNKNOWN}.
         */
        UNKNOWN;

        /** Whether the target is now as planned. */
        public boolean succeeded() {
            return this == NOTHING_TO_DO || this == APPLIED;
        }
    }

    /** What became of one step. */
    public enum StepStatus {
        /** Ran and stays (committed, or run on its own outside a transaction). */
        APPLIED,
        /** Ran inside the transaction, which was then rolled back. */
        ROLLED_BACK,
        /** Failed (the error says why). */
        FAILED,
        /** Did not run. */
        NOT_RUN,
        /** Ran; whether its effect stays is not known (see {@link Outcome#UNKNOWN}). */
        UNKNOWN
    }

    /**
     * One step and what became of it.
     *
     * @param step   the step
     * @param status what became of it
     * @param error  why it failed, when it failed
     */
    public record StepResult(ApplyStep step, StepStatus status, Optional<String> error) {
        public StepResult {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Whether the target is now as planned. */
    public boolean succeeded() {
        return outcome.succeeded();
    }
}
