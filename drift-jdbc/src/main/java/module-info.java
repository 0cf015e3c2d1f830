/** Reads Drift catalogs from PostgreSQL, and applies fix scripts. */
module dev.drift.jdbc {
    requires transitive dev.drift.core;
    requires transitive java.sql;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    exports dev.drift.jdbc;
    // The driver creates the Unix-socket factory by name (socketFactory=...); nobody else needs it.
    exports dev.drift.jdbc.unixsocket to org.postgresql.jdbc;
}
