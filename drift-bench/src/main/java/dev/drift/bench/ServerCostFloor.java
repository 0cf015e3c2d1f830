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
 * new connection each, one after the other, for three workloads of growing size. The differences say what
 * the database-per-tenant targets are up against.
 */
final class ServerCostFloor {

    /** The four queries a minimal reader of tables, columns, constraints and indexes sends. */
    private static final List<String> CORE = List.of("tables", "columns", "constraints", "indexes");

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
                    try (Connection c = server.connect(db); Statement s = c.createStatement()) {
                        c.setAutoCommit(false);
                        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
                                + " SET LOCAL search_path = pg_catalog; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off");
                        for (String name : CORE) {
                            try (ResultSet rs = s.executeQuery(CatalogQueryFiles.unfiltered(queries.get(name)))) {
                                while (rs.next()) {
                                    rs.getString(1);
                                }
                            }
                        }
                        c.rollback();
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
