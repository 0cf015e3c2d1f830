package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.report.FixScript;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fix ready to run on one target: what {@link FixApplier} planned or read, before anything ran. A
 * {@link Proof} judges it.
 *
 * @param target              the target, as safe to print
 * @param reference           what is right, when known (not for a saved script applied without one)
 * @param targetBefore        the target's catalog as read before anything ran (empty when the fix was planned
 *                            earlier: the runner compares the fingerprint inside its transaction)
 * @param plan                the plan, with its hazards and what it leaves alone (empty for a saved script
 *                            applied without a reference)
 * @param steps               the statements in the order given (the plan's or the script's)
 * @param expectedFingerprint the target's catalog fingerprint the steps were planned against
 */
public record PlannedFix(String target, Optional<Catalog> reference, Optional<Catalog> targetBefore,
                         Optional<FixScript> plan, List<ApplyStep> steps, String expectedFingerprint) {

    public PlannedFix {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(targetBefore, "targetBefore");
        Objects.requireNonNull(plan, "plan");
        steps = List.copyOf(steps);
        Objects.requireNonNull(expectedFingerprint, "expectedFingerprint");
    }

    /** The steps in the order they run: segment by segment, a transaction's statements, then the others. */
    public List<ApplyStep> runOrder() {
        return new ApplyPlan(steps, Optional.empty(), (catalog, pending) -> List.of()).runOrder();
    }

    /** Whether the target read before anything ran no longer has the catalog the steps were planned against. */
    public boolean stale() {
        return targetBefore.filter(c -> !c.fingerprint().equals(expectedFingerprint)).isPresent();
    }

    /** Whether the plan leaves something alone: held-back statements or differences no statement fixes. */
    public boolean leavesSomething() {
        return plan.filter(p -> !p.heldBack().isEmpty() || !p.unsupported().isEmpty()).isPresent();
    }
}
