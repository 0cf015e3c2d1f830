package dev.drift.bench;

import dev.drift.core.Catalog;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one catalog read goes: connecting, the first read on a fresh server process (cold
 * catalog caches) against a second read on the same connection, each bulk query's server-side
 * execution (deparsing included) against fetching its rows to the client, and the Java-side work
 * (mapping rows, building and fingerprinting the catalog).
 */
final class QueryBreakdown {

    private static final Pattern EXECUTION_TIME = Pattern.compile("\"Execution Time\": ([0-9.]+)");

    /** One bulk query: rows, server execution time, client fetch time, bytes of text fetched. */
    record QueryFigures(String name, long rows, double serverMillis, double fetchMillis, long bytes) {
    }

    record Figures(String database, double connectMillis, double coldReadMillis, double warmReadMillis,
                   double fingerprintMillis, int objects, List<QueryFigures> queries, int statements,
                   long catalogQueries, int parameterDescriptions) {
        double fetchMillis() {
            return queries.stream().mapToDouble(QueryFigures::fetchMillis).sum();
        }

        double serverMillis() {
            return queries.stream().mapToDouble(QueryFigures::serverMillis).sum();
        }
    }

    private QueryBreakdown() {
    }

    static Figures measure(PostgresServer server, String database) throws SQLException {
        PostgresCatalogReader reader = PostgresCatalogReader.builder().statementTimeout(java.time.Duration.ofMinutes(10))
                .build();
        double connect = median(5, () -> {
            try (Connection c = server.connect(database); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        });
        double cold;
        double warm;
        double fingerprint;
        int objects;
        StatementCounter counter = new StatementCounter();
        try (Connection c = server.connect(database)) {
            Connection counted = counter.wrap(c);
            long start = System.nanoTime();
            Catalog catalog = reader.read(counted, database);
            cold = (System.nanoTime() - start) / 1e6;
            objects = catalog.size();
            start = System.nanoTime();
            catalog.fingerprint();
            fingerprint = (System.nanoTime() - start) / 1e6;
            catalog = null; // not held during the second read
            start = System.nanoTime();
            reader.read(c, database);
            warm = (System.nanoTime() - start) / 1e6;
        }
        List<QueryFigures> queries = new ArrayList<>();
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Map.Entry<String, String> q : CatalogQueryFiles.load().entrySet()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                s.execute("SET LOCAL search_path = pg_catalog");
                try {
                    queries.add(query(c, q.getKey(), CatalogQueryFiles.unfiltered(q.getValue())));
                } catch (SQLException e) {
                    // A query that fails here is reported and left out of the breakdown; the others are still measured.
                    Progress.say("cannot run " + q.getKey() + ".sql on its own: " + e.getMessage().lines().findFirst().orElse(""));
                }
                c.rollback();
            }
        }
        return new Figures(database, connect, cold, warm, fingerprint, objects, queries,
                counter.statements().size(), counter.catalogQueries(), counter.parameterDescriptions());
    }

    private static QueryFigures query(Connection c, String name, String sql) throws SQLException {
        double server;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql)) {
            rs.next();
            Matcher m = EXECUTION_TIME.matcher(rs.getString(1));
            server = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        bytes += v == null ? 0 : v.length();
                    }
                }
            }
        }
        return new QueryFigures(name, rows, server, (System.nanoTime() - start) / 1e6, bytes);
    }

    private interface Action {
        void run() throws SQLException;
    }

    private static double median(int runs, Action action) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(runs / 2);
    }
}
