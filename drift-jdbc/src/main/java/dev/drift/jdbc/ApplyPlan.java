package dev.drift.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link ScriptRunner} applies to one target.
 *
 * @param steps               the statements in order; the transactional ones run first, in one transaction,
 *                            then the others one by one
 * @param expectedFingerprint the target's catalog fingerprint when the steps were planned; the runner
 *                            refuses to run anything when the target no longer has it. Empty only for
 *                            scripts that were not planned against a known catalog
 * @param check               what the target must look like afterwards
 */
public record ApplyPlan(List<ApplyStep> steps, Optional<String> expectedFingerprint, ApplyCheck check) {

    public ApplyPlan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(expectedFingerprint, "expectedFingerprint");
        Objects.requireNonNull(check, "check");
    }

    public List<ApplyStep> transactionalSteps() {
        return steps.stream().filter(ApplyStep::transactional).toList();
    }

    public List<ApplyStep> nonTransactionalSteps() {
        return steps.stream().filter(s -> !s.transactional()).toList();
    }
}
