package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.fleet.TenantScan;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The change token on the default major: every kind of statement that changes what the reader reads
 * changes it, including the attribute statements (grants, comments, owners, policies, {@code ALTER ... SET});
 * nothing that leaves the catalog alone does. Every golden convergence case and the random schemas check
 * it again on every supported major (ConvergenceRunner), and {@code ChangeTokenCoverageTest} checks there
 * that the token covers every catalog table of each major.
 */
class ChangeTokenTest {

    private static final String SCHEMA = """
            CREATE ROLE drift_token_owner;
            CREATE ROLE drift_token_reader;
            CREATE TYPE public.mood AS ENUM ('ok', 'sad');
            CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric(12,2), note text, mood public.mood);
            CREATE INDEX orders_total_idx ON public.orders (total);
            CREATE SEQUENCE public.order_no;
            CREATE VIEW public.big_orders AS SELECT id FROM public.orders WHERE total > 100;
            CREATE FUNCTION public.twice(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i * 2';
            """;

    /** Statements that each change something a Drift catalog holds (applied one after the other). */
    private static final List<String> CHANGES = List.of(
            "ALTER TABLE public.orders ADD COLUMN external_id text",
            "ALTER TABLE public.orders ALTER COLUMN note SET DEFAULT 'n/a'",
            "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL",
            "ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0)",
            "DROP INDEX public.orders_total_idx",
            "GRANT SELECT ON public.orders TO drift_token_reader",
            "GRANT UPDATE (note) ON public.orders TO drift_token_reader",
            "REVOKE SELECT ON public.orders FROM drift_token_reader",
            "COMMENT ON TABLE public.orders IS 'orders'",
            "COMMENT ON COLUMN public.orders.note IS 'a note'",
            "COMMENT ON TABLE public.orders IS 'orders, changed'",
            "COMMENT ON TABLE public.orders IS NULL",
            // public was made by initdb (OID 2200): its comment is read although its OID is a built-in one's.
            "COMMENT ON SCHEMA public IS 'the tenant'",
            "COMMENT ON SCHEMA public IS NULL",
            "COMMENT ON FUNCTION public.twice(integer) IS 'doubles'",
            "ALTER TABLE public.orders OWNER TO drift_token_owner",
            "ALTER ROLE drift_token_owner RENAME TO drift_token_owner2",
            "ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY mine ON public.orders USING (true)",
            "ALTER POLICY mine ON public.orders USING (id > 0)",
            "ALTER TABLE public.orders SET (fillfactor = 80)",
            "ALTER TABLE public.orders ALTER COLUMN total SET (n_distinct = 10)",
            "ALTER TABLE public.orders ALTER COLUMN note SET STATISTICS 500",
            "ALTER FUNCTION public.twice(integer) SET search_path = public",
            "ALTER FUNCTION public.twice(integer) RESET search_path",
            "ALTER FUNCTION public.twice(integer) IMMUTABLE",
            "CREATE OR REPLACE FUNCTION public.twice(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + i'",
            "ALTER SEQUENCE public.order_no INCREMENT BY 5",
            "ALTER TYPE public.mood ADD VALUE 'glad'",
            "CREATE OR REPLACE VIEW public.big_orders AS SELECT id FROM public.orders WHERE total > 200",
            "ALTER VIEW public.big_orders RENAME TO huge_orders",
            "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO drift_token_reader",
            "CREATE SCHEMA other",
            "COMMENT ON SCHEMA other IS 'moved here'",
            "ALTER TABLE public.orders SET SCHEMA other",
            "DROP TABLE other.orders CASCADE");

    @Test
    void everyChangeChangesTheTokenAndNothingElseDoes() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase db = server.createDatabase("token")) {
            db.execute(SCHEMA);
            try (Connection c = db.connect()) {
                ChangeToken before = ChangeToken.read(c);
                assertThat(ChangeToken.read(c)).as("read twice").isEqualTo(before);
                // Data, statistics and maintenance leave the catalog (and the token) alone.
                db.execute("INSERT INTO public.orders VALUES (1, 10, 'x', 'ok'), (2, 300, 'y', 'sad')");
                db.execute("SELECT nextval('public.order_no')");
                db.execute("ANALYZE public.orders");
                db.execute("VACUUM public.orders");
                assertThat(ChangeToken.read(c)).as("after data, ANALYZE and VACUUM").isEqualTo(before);

                List<String> unchanged = new ArrayList<>();
                Set<ChangeToken> seen = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
                seen.add(before);
                for (String statement : CHANGES) {
                    db.execute(statement);
                    if (!seen.add(ChangeToken.read(c))) {
                        unchanged.add(statement);
                    }
                }
                assertThat(unchanged).as("statements that left the token as it was").isEmpty();
            }
        } finally {
            server.execute("postgres", "DROP ROLE IF EXISTS drift_token_owner; DROP ROLE IF EXISTS drift_token_owner2;"
                    + " DROP ROLE IF EXISTS drift_token_reader");
        }
    }

    @Test
    void aRoleWithoutPrivilegesReadsTheToken() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        server.createPasswordRole("drift_token_plain", "plain-secret");
        try (TestDatabase db = server.createDatabase("token_plain");
             Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl().replaceAll("&password=[^&]*", "").replaceAll("user=[^&]*", "user=drift_token_plain")
                     + "&password=plain-secret")) {
            assertThat(ChangeToken.read(c).value()).hasSize(64);
        }
    }

    @Test
    void aCachedScanReadsOnlyTheTenantsWhoseTokenChanged() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase a = server.createDatabase("token_a"); TestDatabase b = server.createDatabase("token_b")) {
            a.execute("CREATE TABLE public.orders (id bigint)");
            b.execute("CREATE TABLE public.orders (id bigint)");
            ScanCache cache = new ScanCache();
            FleetScanner scanner = FleetScanner.builder().cache(cache).build();
            List<TenantSource> fleet = List.of(TenantSource.database("a", DatabaseUrl.parse(a.jdbcUrl())),
                    TenantSource.database("b", DatabaseUrl.parse(b.jdbcUrl())));
            List<TenantScan> first = scanner.scan(fleet);
            assertThat(cache.misses()).isEqualTo(2);
            b.execute("ALTER TABLE public.orders ADD COLUMN external_id text");
            List<TenantScan> second = scanner.scan(fleet);
            assertThat(cache.hits()).as("a is unchanged").isEqualTo(1);
            assertThat(cache.misses()).as("b changed").isEqualTo(3);
            assertThat(catalog(second, "a").objects()).isEqualTo(catalog(first, "a").objects());
            assertThat(catalog(second, "b").size()).isEqualTo(catalog(first, "b").size() + 1);
        }
    }

    @Test
    void aScannerThatKeepsItsConnectionsReadsTheTokensOnTheSameServerProcesses() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase a = server.createDatabase("token_kept_a"); TestDatabase b = server.createDatabase("token_kept_b")) {
            a.execute("CREATE TABLE public.orders (id bigint)");
            b.execute("CREATE TABLE public.orders (id bigint)");
            ScanCache cache = new ScanCache();
            List<TenantSource> fleet = List.of(TenantSource.database("a", DatabaseUrl.parse(a.jdbcUrl())),
                    TenantSource.database("b", DatabaseUrl.parse(b.jdbcUrl())));
            String backends = "SELECT string_agg(pid::text, ',' ORDER BY datname, pid) FROM pg_catalog.pg_stat_activity"
                    + " WHERE datname IN ('" + a.name() + "', '" + b.name() + "')";
            try (FleetScanner scanner = FleetScanner.builder().cache(cache).keepConnections(true).build()) {
                List<TenantScan> first = scanner.scan(fleet);
                String kept = server.queryValue("postgres", backends).orElseThrow();
                assertThat(kept.split(",")).as("one connection kept per tenant database").hasSize(2);
                b.execute("ALTER TABLE public.orders ADD COLUMN external_id text");
                List<TenantScan> second = scanner.scan(fleet);
                assertThat(server.queryValue("postgres", backends)).as("the same server processes").contains(kept);
                assertThat(cache.hits()).as("a is unchanged").isEqualTo(1);
                assertThat(cache.misses()).as("b changed").isEqualTo(3);
                assertThat(catalog(second, "a").objects()).isEqualTo(catalog(first, "a").objects());
                assertThat(catalog(second, "b").size()).isEqualTo(catalog(first, "b").size() + 1);
            }
            // A closed connection's server process leaves pg_stat_activity a moment after the client closed it.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.queryValue("postgres", backends).isPresent() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(server.queryValue("postgres", backends)).as("closed with the scanner").isEmpty();
        }
    }

    @Test
    void pooledTenantsOnOneServerKeepTheirOwnTokens() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase a = server.createDatabase("token_pooled_a"); TestDatabase b = server.createDatabase("token_pooled_b")) {
            a.execute("CREATE TABLE public.orders (id bigint)");
            b.execute("CREATE TABLE public.orders (id bigint, external_id text)");
            ScanCache cache = new ScanCache();
            FleetScanner scanner = FleetScanner.builder().cache(cache).build();
            List<TenantSource> fleet = List.of(TenantSource.dataSource("a", "app", dataSource(a.jdbcUrl())),
                    TenantSource.dataSource("b", "app", dataSource(b.jdbcUrl())));
            List<TenantScan> first = scanner.scan(fleet);
            List<TenantScan> second = scanner.scan(fleet);
            assertThat(cache.hits()).as("both unchanged, each under its own entry").isEqualTo(2);
            assertThat(catalog(second, "a").objects()).isEqualTo(catalog(first, "a").objects());
            assertThat(catalog(second, "b").objects()).isEqualTo(catalog(first, "b").objects());
            assertThat(catalog(second, "b").size()).isEqualTo(catalog(second, "a").size() + 1);
        }
    }

    private static javax.sql.DataSource dataSource(String jdbcUrl) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        return ds;
    }

    private static Catalog catalog(List<TenantScan> scans, String tenant) {
        return scans.stream().filter(s -> s.tenant().equals(tenant)).map(s -> ((TenantScan.Read) s).catalog())
                .findFirst().orElseThrow();
    }
}
