/** AssertJ assertions for tenant parity: {@code DriftAssertions.assertThat(catalog).isInSyncWith(other)}. */
module dev.drift.assertj {
    requires transitive dev.drift.core;
    requires transitive dev.drift.report;
    requires transitive org.assertj.core;
    exports dev.drift.assertj;
}
