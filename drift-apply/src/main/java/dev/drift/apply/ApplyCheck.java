package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether the target, re-read after the statements ran, is what the caller expected. The
 * {@link ScriptRunner} calls it inside the last transaction of the plan, before its COMMIT (a mismatch
 * rolls that transaction back), and once more after the non-transactional steps that follow it.
 */
@FunctionalInterface
public interface ApplyCheck {

    /**
     * What differs from what was expected, one sentence each; empty when the target is as expected.
     *
     * @param target  the target's catalog as it now is (inside the transaction: with its uncommitted changes)
     * @param pending the non-transactional steps that have not run yet (their effect is still missing)
     */
    List<String> mismatches(Catalog target, List<ApplyStep> pending);

    /**
     * The check for callers that know exactly what must remain: the target must differ from the
     * reference, under the same options, by exactly {@code expectedRemainder} (empty: it must match).
     * While non-transactional steps are pending their effect cannot be checked yet, so this check then
     * passes, and decides after they ran.
     */
    static ApplyCheck matches(Catalog reference, DiffOptions options, List<Change> expectedRemainder) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(options, "options");
        List<Change> expected = expectedRemainder.stream().sorted().toList();
        return (target, pending) -> {
            if (!pending.isEmpty()) {
                return List.of();
            }
            List<Change> actual = Differ.compare(reference, target, options).changes();
            List<String> out = new ArrayList<>();
            actual.stream().filter(c -> !expected.contains(c)).forEach(c -> out.add("still differs: " + c.describe()));
            expected.stream().filter(c -> !actual.contains(c)).forEach(c -> out.add("expected to remain but gone: "
                    + c.describe()));
            return out;
        };
    }
}
