/** Reads Drift catalogs from PostgreSQL (read-only sessions; applying is drift-apply's). */
module dev.drift.jdbc {
    requires transitive dev.drift.core;
    requires transitive java.sql;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    exports dev.drift.jdbc;
    // The driver creates the Unix-socket factory by name (socketFactory=...); nobody else needs it.
    exports dev.drift.jdbc.unixsocket to org.postgresql.jdbc;
    // How a Drift session is set up and how its failures read: drift-apply's sessions are set up the same way.
    exports dev.drift.jdbc.session to dev.drift.apply;
}
