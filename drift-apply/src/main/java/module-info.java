/**
 * Applies Drift's fixes: plans (or reads a saved script), applies all or nothing per transaction, verifies by
 * reading the target again, and says truthfully what happened ({@code dev.drift.apply.FixApplier}).
 */
module dev.drift.apply {
    requires transitive dev.drift.jdbc;
    requires transitive dev.drift.report;
    requires org.postgresql.jdbc;
    requires org.slf4j;
    exports dev.drift.apply;
}
