package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.Change;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.TenantStatus;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class FleetScannerTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    private static FleetScanner scanner() {
        return FleetScanner.builder().jobs(4).jobsPerServer(2)
                .reader(PostgresCatalogReader.builder().connectTimeout(Duration.ofSeconds(2)).build()).build();
    }

    private static Map<String, TenantScan> byName(List<TenantScan> scans) {
        Map<String, TenantScan> out = new TreeMap<>();
        scans.forEach(s -> out.put(s.tenant(), s));
        return out;
    }

    @Test
    void aTenantThatFailsIsReportedWithItsReasonAndTheOthersAreRead() {
        SERVER.createPasswordRole("drift_fleet_pw", "the-right-secret");
        try (TestDatabase ok = SERVER.createDatabase("fleet_ok").execute(ReferenceScenario.TENANT_A);
             TestDatabase closed = SERVER.createDatabase("fleet_closed")) {
            SERVER.execute("postgres", "REVOKE CONNECT ON DATABASE " + closed.name() + " FROM PUBLIC");
            String noPermission = "jdbc:postgresql://" + SERVER.host() + ":" + SERVER.port() + "/" + closed.name()
                    + "?user=drift_fleet_pw&password=the-right-secret";
            PGSimpleDataSource pooled = new PGSimpleDataSource();
            pooled.setURL(ok.jdbcUrl());
            String wrongPassword = "jdbc:postgresql://" + SERVER.host() + ":" + SERVER.port() + "/" + ok.name()
                    + "?user=drift_fleet_pw&password=wrong-secret-4711";
            String missing = "jdbc:postgresql://" + SERVER.host() + ":" + SERVER.port() + "/no_such_db_4711?user="
                    + SERVER.user();
            AtomicInteger calls = new AtomicInteger();
            List<Integer> totals = new ArrayList<>();
            List<TenantScan> scans = scanner().scan(List.of(
                    TenantSource.database("ok", DatabaseUrl.parse(ok.jdbcUrl())),
                    TenantSource.database("unreachable", DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:1/x?user=u")),
                    TenantSource.database("wrong_password", DatabaseUrl.parse(wrongPassword)),
                    TenantSource.database("missing", DatabaseUrl.parse(missing)),
                    TenantSource.database("no_permission", DatabaseUrl.parse(noPermission)),
                    TenantSource.dataSource("pooled", "the app's pool", pooled)), (done, total, tenant) -> {
                        calls.incrementAndGet();
                        totals.add(total);
                    });
            Map<String, TenantScan> tenants = byName(scans);
            assertThat(tenants.get("ok")).isInstanceOf(TenantScan.Read.class);
            assertThat(tenants.get("pooled")).isInstanceOf(TenantScan.Read.class);
            assertThat(reason(tenants.get("no_permission"))).contains("permission denied").doesNotContain("the-right-secret");
            assertThat(reason(tenants.get("unreachable"))).contains("connection refused");
            assertThat(reason(tenants.get("wrong_password"))).contains("authentication failed").doesNotContain("4711");
            assertThat(reason(tenants.get("missing"))).contains("no such database");
            assertThat(scans).allSatisfy(s -> {
                if (s instanceof TenantScan.Failed f) {
                    assertThat(f.reason()).doesNotContain("\n");
                }
            });
            assertThat(calls.get()).isEqualTo(6);
            assertThat(totals).containsOnly(6);

            FleetComparison fleet = Fleet.compare(scans, Baseline.automatic());
            assertThat(fleet.summary()).isEqualTo("6 tenants: 2 in sync, 0 behind, 0 ahead, 0 diverged, 4 failed");
            assertThat(fleet.nothingRead()).isFalse();
        }
    }

    private static String reason(TenantScan scan) {
        assertThat(scan).isInstanceOf(TenantScan.Failed.class);
        return ((TenantScan.Failed) scan).reason();
    }

    @Test
    void discoveryFindsDatabasesByPatternAndTheMajorityIsTheBaseline() {
        try (TestDatabase a = SERVER.createDatabase("fleetdisc").execute(ReferenceScenario.TENANT_A);
             TestDatabase b = SERVER.createDatabase("fleetdisc").execute(ReferenceScenario.TENANT_A);
             TestDatabase c = SERVER.createDatabase("fleetdisc").execute(ReferenceScenario.TENANT_B);
             TestDatabase other = SERVER.createDatabase("fleetother").execute(ReferenceScenario.TENANT_B)) {
            String pattern = "fleetdisc_" + ProcessHandle.current().pid() + "%";
            List<TenantScan> scans = scanner().scan(List.of(
                    TenantSource.discover(DatabaseUrl.parse(SERVER.jdbcUrl("postgres")), pattern),
                    TenantSource.discover(DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:1/postgres?user=u"), pattern)));
            // Sorted by name, as the scan returns them (a_9 and a_10 sort the other way round).
            assertThat(scans).extracting(TenantScan::tenant).containsExactlyElementsOf(java.util.stream.Stream.of(
                    "discovery on 127.0.0.1:1/postgres", a.name(), b.name(), c.name()).sorted().toList());
            FleetComparison fleet = Fleet.compare(scans, Baseline.majority());
            assertThat(fleet.baseline().orElseThrow().description()).contains("2 of 3 tenants");
            assertThat(fleet.groups()).hasSize(2);
            TenantOutcome behind = fleet.tenant(c.name()).orElseThrow();
            assertThat(behind.status()).isEqualTo(TenantStatus.BEHIND);
            assertThat(behind.diff().orElseThrow().changes()).singleElement().extracting(Change::key)
                    .isEqualTo(ObjectKey.column("public", "orders", "external_id"));
            assertThat(fleet.tenant("discovery on 127.0.0.1:1/postgres").orElseThrow().status())
                    .isEqualTo(TenantStatus.FAILED);
            // Tenants of one schema share one catalog instance.
            Map<String, TenantScan> tenants = byName(scans);
            assertThat(((TenantScan.Read) tenants.get(a.name())).catalog())
                    .isSameAs(((TenantScan.Read) tenants.get(b.name())).catalog());
        }
    }

    /** Two tenant schemas with other names but equal content, and one that lacks a column. */
    static final String SCHEMA_TENANT = """
            CREATE SCHEMA %1$s;
            CREATE SEQUENCE %1$s.order_no;
            CREATE TABLE %1$s.customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE TABLE %1$s.orders (
                id bigint PRIMARY KEY,
                order_no bigint NOT NULL DEFAULT nextval('%1$s.order_no'::regclass),
                customer_id bigint NOT NULL REFERENCES %1$s.customers (id)%2$s
            );
            """;

    static String schemaTenant(String schema, boolean withExternalId) {
        return SCHEMA_TENANT.formatted(schema, withExternalId ? ",\n    external_id text" : "");
    }

    @Test
    void schemaPerTenantTenantsCompareByContentWhateverTheirSchemaNames() {
        try (TestDatabase db = SERVER.createDatabase("fleet_schemas")) {
            db.execute(schemaTenant("tenant_x", true) + schemaTenant("\"Tenant Y\"", true) + schemaTenant("tenant_z", false)
                    + "CREATE SCHEMA shared; CREATE TABLE shared.plans (id int);");
            List<TenantScan> scans = scanner().scan(List.of(TenantSource.schemas(DatabaseUrl.parse(db.jdbcUrl()), "%enant%")));
            assertThat(scans).extracting(TenantScan::tenant).containsExactly("Tenant Y", "tenant_x", "tenant_z");
            Map<String, TenantScan> tenants = byName(scans);
            TenantScan.Read x = (TenantScan.Read) tenants.get("tenant_x");
            TenantScan.Read y = (TenantScan.Read) tenants.get("Tenant Y");
            assertThat(x.catalog()).isSameAs(y.catalog());
            assertThat(x.catalog().find(ObjectKey.table("shared", "plans"))).isEmpty();

            FleetComparison fleet = Fleet.compare(scans, Baseline.automatic());
            TenantOutcome z = fleet.tenant("tenant_z").orElseThrow();
            assertThat(z.status()).isEqualTo(TenantStatus.BEHIND);
            SchemaDiff real = z.diffInTenantNames().orElseThrow();
            assertThat(real.changes()).singleElement().extracting(Change::key)
                    .isEqualTo(ObjectKey.column("tenant_z", "orders", "external_id"));
            assertThat(fleet.tenant("Tenant Y").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
        }
    }

    static final String FLYWAY_TABLE = """
            CREATE TABLE public.flyway_schema_history (
                installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
                type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL,
                installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL);
            INSERT INTO public.flyway_schema_history VALUES
                (1, '1', 'create orders', 'SQL', 'V1__create_orders.sql', 1, 'app', now(), 5, true);
            """;

    static final String FLYWAY_V2 = """
            INSERT INTO public.flyway_schema_history VALUES
                (2, '2', 'add external id', 'SQL', 'V2__add_external_id.sql', 2, 'app', now(), 5, true);
            """;

    @Test
    void theMigrationHistoryTellsLagFromDrift() {
        // Two tenants at the latest migration agree on the schema; a third lags; a fourth is current but drifted.
        try (TestDatabase current = SERVER.createDatabase("fleethist").execute(ReferenceScenario.TENANT_A + FLYWAY_TABLE + FLYWAY_V2);
             TestDatabase currentToo = SERVER.createDatabase("fleethist").execute(ReferenceScenario.TENANT_A + FLYWAY_TABLE + FLYWAY_V2);
             TestDatabase lagging = SERVER.createDatabase("fleethist").execute(ReferenceScenario.TENANT_B + FLYWAY_TABLE);
             TestDatabase drifted = SERVER.createDatabase("fleethist").execute(ReferenceScenario.TENANT_A + FLYWAY_TABLE
                     + FLYWAY_V2 + "CREATE INDEX orders_total ON public.orders (total);")) {
            List<TenantScan> scans = FleetScanner.builder().readHistory(true).build().scan(List.of(
                    TenantSource.database("current", DatabaseUrl.parse(current.jdbcUrl())),
                    TenantSource.database("current_too", DatabaseUrl.parse(currentToo.jdbcUrl())),
                    TenantSource.database("lagging", DatabaseUrl.parse(lagging.jdbcUrl())),
                    TenantSource.database("drifted", DatabaseUrl.parse(drifted.jdbcUrl()))));
            FleetComparison fleet = Fleet.compare(scans, Baseline.history());
            assertThat(fleet.baseline().orElseThrow().description()).contains("V2 (add external id)");
            TenantOutcome lag = fleet.tenant("lagging").orElseThrow();
            assertThat(lag.status()).isEqualTo(TenantStatus.BEHIND);
            assertThat(lag.causes()).containsExactly(TenantOutcome.Cause.LAG);
            assertThat(lag.pending()).extracting(m -> m.id()).containsExactly("2");
            TenantOutcome drift = fleet.tenant("drifted").orElseThrow();
            assertThat(drift.status()).isEqualTo(TenantStatus.AHEAD);
            assertThat(drift.causes()).containsExactly(TenantOutcome.Cause.DRIFT);
            assertThat(fleet.tenant("current").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
        }
    }

    @Test
    void schemaPerTenantHistoriesAreReadFromEachTenantsSchema() {
        String history = """
                CREATE TABLE %1$s.flyway_schema_history (version varchar(50), description varchar(200) NOT NULL,
                    success boolean NOT NULL);
                INSERT INTO %1$s.flyway_schema_history VALUES ('1', 'customers and orders', true)%2$s;
                """;
        String v2 = ", ('2', 'external id', true), ('3', 'failed', false)";
        try (TestDatabase db = SERVER.createDatabase("fleet_schema_history")) {
            db.execute(schemaTenant("tenant_a", true) + history.formatted("tenant_a", v2)
                    + schemaTenant("tenant_b", true) + history.formatted("tenant_b", v2)
                    + schemaTenant("tenant_c", false) + history.formatted("tenant_c", ""));
            List<TenantScan> scans = FleetScanner.builder().readHistory(true).build()
                    .scan(List.of(TenantSource.schemas(DatabaseUrl.parse(db.jdbcUrl()), "tenant\\_%")));
            FleetComparison fleet = Fleet.compare(scans, Baseline.history());
            assertThat(fleet.baseline().orElseThrow().migrations()).extracting(m -> m.id()).containsExactly("1", "2");
            TenantOutcome c = fleet.tenant("tenant_c").orElseThrow();
            assertThat(c.causes()).containsExactly(TenantOutcome.Cause.LAG);
            assertThat(c.explanation(fleet.history().orElseThrow())).isEqualTo("lag: not applied V2 (external id)");
            assertThat(c.diffInTenantNames().orElseThrow().changes()).singleElement().extracting(Change::key)
                    .isEqualTo(ObjectKey.column("tenant_c", "orders", "external_id"));
        }
    }

    @Test
    void aLiquibaseChangeLogIsReadInTheOrderItWasApplied() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("fleet_liquibase").execute("""
                CREATE TABLE public.databasechangelog (id varchar(255) NOT NULL, author varchar(255) NOT NULL,
                    filename varchar(255) NOT NULL, dateexecuted timestamp NOT NULL, orderexecuted int NOT NULL);
                INSERT INTO public.databasechangelog VALUES
                    ('2', 'ann', 'db/changelog.xml', now(), 2), ('1', 'bob', 'db/changelog.xml', now(), 1);
                """); java.sql.Connection c = db.connect()) {
            dev.drift.core.fleet.MigrationHistory history = MigrationHistoryReader.read(c, java.util.Optional.empty()).orElseThrow();
            assertThat(history.tool()).isEqualTo(dev.drift.core.fleet.MigrationHistory.Tool.LIQUIBASE);
            assertThat(history.ids()).containsExactly("db/changelog.xml::1::bob", "db/changelog.xml::2::ann");
        }
    }

    @Test
    void concurrencyIsBoundedPerServerAndOverall() {
        try (TestDatabase db = SERVER.createDatabase("fleet_bounds").execute(ReferenceScenario.TENANT_A)) {
            CountingDataSource one = new CountingDataSource(db.jdbcUrl());
            CountingDataSource two = new CountingDataSource(db.jdbcUrl());
            List<TenantSource> sources = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sources.add(TenantSource.dataSource("one_" + i, "server one", one));
                sources.add(TenantSource.dataSource("two_" + i, "server two", two));
            }
            List<TenantScan> scans = FleetScanner.builder().jobs(3).jobsPerServer(2).build().scan(sources);
            assertThat(scans).hasSize(12).allSatisfy(s -> assertThat(s).isInstanceOf(TenantScan.Read.class));
            assertThat(one.peak.get()).isBetween(1, 2);
            assertThat(two.peak.get()).isBetween(1, 2);
            assertThat(CountingDataSource.PEAK_ALL.get()).isBetween(2, 3);
        }
    }

    /** Counts the connections open at once (each held for a moment, so that reads overlap). */
    private static final class CountingDataSource extends PGSimpleDataSource {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger OPEN_ALL = new AtomicInteger();
        static final AtomicInteger PEAK_ALL = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();

        CountingDataSource(String url) {
            setURL(url);
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            java.sql.Connection real = super.getConnection();
            peak.accumulateAndGet(open.incrementAndGet(), Math::max);
            PEAK_ALL.accumulateAndGet(OPEN_ALL.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            open.decrementAndGet();
                            OPEN_ALL.decrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
