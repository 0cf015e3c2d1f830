package dev.drift.report;

import java.util.List;
import java.util.Objects;

/**
 * What proving a plan on a scratch copy of the target found (drift-apply's {@code ScratchProof} proves; the
 * reports here and the CLI show it). {@link #line()} is one line that starts with the verdict's words.
 */
public sealed interface ProofVerdict {

    /** The verdict for tools: {@code PROVEN}, {@code NOT_PROVEN}, {@code COULD_NOT_PROVE} or {@code NOTHING_TO_PROVE}. */
    String status();

    /** One line for the user, starting with PROVEN, NOT PROVEN, COULD NOT PROVE or NOTHING TO PROVE. */
    String line();

    /** What a new plan would still run on the scratch copy after the plan ran (NOT PROVEN only; else empty). */
    default List<String> stillToRun() {
        return List.of();
    }

    /** {@link #line()} without the statements still to run, for reports that list them one per line. */
    default String headline() {
        return line();
    }

    /** The plan, applied to a scratch copy, left it equal to the reference (except what the plan leaves alone). */
    record Proven(String scratch) implements ProofVerdict {
        public Proven {
            Objects.requireNonNull(scratch, "scratch");
        }

        public String status() {
            return "PROVEN";
        }

        public String line() {
            return "PROVEN: the plan applied to a scratch copy of the target (" + scratch + ") leaves it equal to"
                    + " the reference";
        }
    }

    /** The plan failed on the scratch copy, or left differences: a new plan would still run {@code stillToRun}. */
    record NotProven(String reason, List<String> stillToRun) implements ProofVerdict {
        public NotProven {
            Objects.requireNonNull(reason, "reason");
            stillToRun = List.copyOf(stillToRun);
        }

        public String status() {
            return "NOT_PROVEN";
        }

        public String line() {
            return "NOT PROVEN: " + reason + (stillToRun.isEmpty() ? ""
                    : "; still different afterwards (a new plan would run): " + String.join(" ", stillToRun));
        }

        public String headline() {
            return "NOT PROVEN: " + reason + (stillToRun.isEmpty() ? "" : "; still different afterwards (a new plan"
                    + " would run):");
        }
    }

    /** No scratch copy could be made or built, so nothing was proven either way. */
    record CouldNotProve(String reason) implements ProofVerdict {
        public CouldNotProve {
            Objects.requireNonNull(reason, "reason");
        }

        public String status() {
            return "COULD_NOT_PROVE";
        }

        public String line() {
            return "COULD NOT PROVE: " + reason;
        }
    }

    /** The plan runs nothing and the target already has everything it would bring: no scratch copy is needed. */
    record NothingToProve() implements ProofVerdict {
        public String status() {
            return "NOTHING_TO_PROVE";
        }

        public String line() {
            return "NOTHING TO PROVE: the plan runs no statement and the target already matches the reference"
                    + " (except what the plan leaves alone)";
        }
    }
}
