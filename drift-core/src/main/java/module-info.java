/** The catalog model, canonical form, fingerprints and the {@code Differ}. No dependencies. */
module dev.drift.core {
    exports dev.drift.core;
}
