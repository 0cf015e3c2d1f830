/** Test support: real PostgreSQL servers (embedded per supported version, or an external one). */
module dev.drift.testkit {
    requires java.sql;
    requires org.postgresql.jdbc;
    requires org.slf4j;
    requires embedded.postgres;
    exports dev.drift.testkit;
}
