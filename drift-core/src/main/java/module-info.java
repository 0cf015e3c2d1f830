/**
 * The catalog model, canonical form, fingerprints and the {@code Differ} ({@code dev.drift.core}), and
 * fleet comparison and baselines ({@code dev.drift.core.fleet}). No dependencies. The schema mapping
 * and the interner, and {@code Background} (work on a daemon thread, awaited) ({@code dev.drift.core.internal}) are
 * shared with the reader and the planner only.
 */
module dev.drift.core {
    exports dev.drift.core;
    exports dev.drift.core.fleet;
    exports dev.drift.core.internal to dev.drift.jdbc, dev.drift.report;
}
