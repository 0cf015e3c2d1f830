package dev.drift.apply;

import dev.drift.jdbc.DatabaseUrl;
import java.util.Optional;

/**
 * What must hold before a fix may touch the target, judged after planning and before anything runs (e.g. the
 * fix applied to a copy first). {@link #NONE} asks nothing.
 */
@FunctionalInterface
public interface Proof {

    /** Asks nothing: every fix may run. */
    Proof NONE = (target, fix) -> Optional.empty();

    /**
     * Why this fix must not run on this target, in one sentence; empty when it may.
     *
     * @param target where the fix would run
     * @param fix    the fix, planned and not yet run
     */
    Optional<String> objection(DatabaseUrl target, PlannedFix fix);
}
