package dev.drift.bench;

import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a tenant database costs the server before Drift does anything of its own: every tenant database is
 * a new server process with cold catalog caches, and part of the reader's work (deparsing columns,
 * constraints and indexes) is what any complete reader, pg_dump included, must ask the server for. Measured
 * as the server's CPU time (from {@code /proc}, see {@link CpuMeter}) over the same tenant databases, one
 * new connection each, one after the other, for workloads of growing size, and for a read of the same
 * catalogs by flat statements (one catalog each, no joins). The differences say what the database-per-tenant
 * targets are up against, and how much of a read is the server planning the reader's joins on cold caches.
 */
final class ServerCostFloor {

    /** The four queries a minimal reader of tables, columns, constraints and indexes sends. */
    private static final List<String> CORE = List.of("tables", "columns", "constraints", "indexes");

    /**
     * A read that a different reader design would send: one statement per catalog, each a scan of that catalog
     * alone (user objects by the OID index), with no join to plan; names and keys would be put together on the
     * client from the OIDs. The rows cover what the reader's statements read (relations, columns, defaults,
     * constraints, indexes, inheritance, types, enums, routines, triggers, policies, comments, dependencies,
     * sequences, views' rules, default privileges, extensions, roles). {@link #FLAT_DEPARSED} is the same with
     * the server's deparsing functions called on each row, as such a reader would still need them.
     */
    private static final List<String> FLAT_RAW = List.of(
            "SELECT oid, * FROM pg_namespace WHERE oid >= 16384 OR nspname = 'public'",
            "SELECT oid, relname, relnamespace, relkind, relpersistence, reloptions, relacl, relowner, reltype,"
                    + " relispartition, relreplident FROM pg_class WHERE oid >= 16384",
            "SELECT attrelid, attname, atttypid, atttypmod, attnum, attnotnull, atthasdef, attidentity, attgenerated,"
                    + " attcollation, attacl, attoptions FROM pg_attribute WHERE attrelid >= 16384 AND attnum > 0"
                    + " AND NOT attisdropped",
            "SELECT adrelid, adnum, adbin FROM pg_attrdef WHERE adrelid >= 16384",
            "SELECT oid, * FROM pg_constraint WHERE oid >= 16384",
            "SELECT * FROM pg_index WHERE indrelid >= 16384",
            "SELECT * FROM pg_inherits",
            "SELECT oid, typname, typnamespace, typtype, typrelid FROM pg_type WHERE oid >= 16384",
            "SELECT * FROM pg_enum",
            "SELECT oid, proname, pronamespace, prosrc FROM pg_proc WHERE oid >= 16384",
            "SELECT oid, tgrelid, tgname FROM pg_trigger WHERE oid >= 16384",
            "SELECT * FROM pg_policy",
            "SELECT * FROM pg_description WHERE objoid >= 16384",
            "SELECT * FROM pg_depend WHERE objid >= 16384 AND deptype <> 'i'",
            "SELECT * FROM pg_sequence",
            "SELECT oid, ev_class, ev_action FROM pg_rewrite WHERE oid >= 16384",
            "SELECT * FROM pg_default_acl",
            "SELECT oid, extname FROM pg_extension",
            "SELECT oid, rolname FROM pg_roles");

    private static final List<String> FLAT_DEPARSED = List.of(
            "SELECT oid, * FROM pg_namespace WHERE oid >= 16384 OR nspname = 'public'",
            "SELECT oid, relname, relnamespace, relkind, relpersistence, reloptions, relacl, relowner, reltype,"
                    + " relispartition, relreplident, CASE WHEN relkind = 'p' THEN pg_get_partkeydef(oid) END"
                    + " FROM pg_class WHERE oid >= 16384",
            "SELECT attrelid, attname, format_type(atttypid, atttypmod), attnum, attnotnull, atthasdef, attidentity,"
                    + " attgenerated, attcollation, attacl, attoptions FROM pg_attribute WHERE attrelid >= 16384"
                    + " AND attnum > 0 AND NOT attisdropped",
            "SELECT adrelid, adnum, pg_get_expr(adbin, 0) FROM pg_attrdef WHERE adrelid >= 16384",
            "SELECT oid, conname, conrelid, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE oid >= 16384",
            "SELECT indexrelid, indrelid, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid >= 16384",
            "SELECT * FROM pg_inherits",
            "SELECT oid, typname, typnamespace, typtype, typrelid, format_type(oid, NULL) FROM pg_type WHERE oid >= 16384",
            "SELECT * FROM pg_enum",
            "SELECT oid, proname, pronamespace, pg_get_function_identity_arguments(oid), pg_get_functiondef(oid)"
                    + " FROM pg_proc WHERE oid >= 16384 AND prokind <> 'a'",
            "SELECT oid, tgrelid, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE oid >= 16384",
            "SELECT * FROM pg_policy",
            "SELECT * FROM pg_description WHERE objoid >= 16384",
            "SELECT * FROM pg_depend WHERE objid >= 16384 AND deptype <> 'i'",
            "SELECT * FROM pg_sequence",
            "SELECT oid, pg_get_viewdef(oid) FROM pg_class WHERE oid >= 16384 AND relkind IN ('v', 'm')",
            "SELECT * FROM pg_default_acl",
            "SELECT oid, extname FROM pg_extension",
            "SELECT oid, rolname FROM pg_roles");

    /** Server and client CPU per tenant, in milliseconds, of one workload. */
    record Cost(String workload, double serverMillis, double clientMillis) {
    }

    private ServerCostFloor() {
    }

    static List<Cost> measure(PostgresServer server, CpuMeter cpu, List<String> databases) throws SQLException {
        Map<String, String> queries = CatalogQueryFiles.load();
        PostgresCatalogReader reader = PostgresCatalogReader.create();
        List<Cost> out = new ArrayList<>();
        out.add(run("a new connection and SELECT 1", cpu, databases, db -> {
            try (Connection c = server.connect(db); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        }));
        out.add(run("the same, plus the reader's tables, columns, constraints and indexes queries (deparsing included)",
                cpu, databases, db -> {
                    try (Connection c = server.connect(db)) {
                        readAll(c, CORE.stream().map(name -> CatalogQueryFiles.unfiltered(queries.get(name))).toList());
                    }
                }));
        out.add(run("a new connection and one statement per catalog, each scanning that catalog alone: raw rows",
                cpu, databases, db -> {
                    try (Connection c = server.connect(db)) {
                        readAll(c, FLAT_RAW);
                    }
                }));
        out.add(run("the same, with the server's deparsing functions on each row (format_type, pg_get_expr, "
                        + "pg_get_constraintdef, pg_get_indexdef, pg_get_functiondef, pg_get_triggerdef, pg_get_viewdef)",
                cpu, databases, db -> {
                    try (Connection c = server.connect(db)) {
                        readAll(c, FLAT_DEPARSED);
                    }
                }));
        out.add(run("Drift's whole read (PostgresCatalogReader: " + queries.size() + " catalog queries, the catalog built)",
                cpu, databases, db -> {
                    try (Connection c = server.connect(db)) {
                        reader.read(c, db);
                    }
                }));
        return out;
    }

    /** Runs statements in one read-only transaction under the reader's settings, fetching every row. */
    private static void readAll(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
                    + " SET LOCAL search_path = pg_catalog; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off");
            for (String sql : statements) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
            c.rollback();
        }
    }

    private interface Workload {
        void run(String database) throws SQLException;
    }

    private static Cost run(String label, CpuMeter cpu, List<String> databases, Workload workload) throws SQLException {
        Progress.say("server cost per tenant: " + label);
        long server = cpu.serverMillis();
        long client = cpu.clientMillis();
        for (String db : databases) {
            workload.run(db);
        }
        // A backend's CPU is counted when it exits: give the last one a moment to go.
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Cost(label, (double) (cpu.serverMillis() - server) / databases.size(),
                (double) (cpu.clientMillis() - client) / databases.size());
    }
}
