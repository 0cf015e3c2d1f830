package dev.drift.examples;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.drift.core.ObjectKey;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start-up and periodic check against tenants on a real PostgreSQL. */
class TenantSchemaCheckTest {

    private static final ObjectKey EXTERNAL_ID = ObjectKey.column("public", "orders", "external_id");

    private final List<TestDatabase> databases = new ArrayList<>();

    private Tenant tenant(String prefix, Optional<String> version) {
        PostgresServer server = PostgresServer.shared();
        TestDatabase db = server.createDatabase(prefix);
        databases.add(db);
        return new Tenant(db.name(), "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + db.name(),
                server.user(), "").migrate(version);
    }

    @AfterEach
    void dropTenants() {
        databases.forEach(TestDatabase::close);
    }

    private static TenantSchemaCheck.Builder check() {
        return TenantSchemaCheck.builder().baselineResource("/drift/baseline.json");
    }

    @Test
    void tenantsOnTheLatestMigrationPassTheStartUpCheck() {
        Tenant acme = tenant("acme", Optional.empty());
        Tenant globex = tenant("globex", Optional.empty());
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(globex.baseUrl());
        pool.setUsername(globex.user());
        pool.setMaximumPoolSize(1);
        // An application reaches its tenants through its pools: the check borrows a connection and gives it back.
        try (HikariDataSource globexPool = new HikariDataSource(pool)) {
            TenantSchemaCheck.Report report = check().tenant("acme", acme.url()).tenant("globex", globexPool)
                    .failOnDrift(true).build().verifyOnStartup();
            assertThat(report.allInSync()).isTrue();
            assertThat(report.summary()).isEqualTo("2 tenants checked against drift/baseline.json: 2 in sync");
            assertThat(globexPool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    @Test
    void aTenantThatDriftedStopsTheStartWhenConfiguredAndTheLogSaysHowToFixIt() {
        Tenant acme = tenant("acme", Optional.empty());
        Tenant initech = tenant("initech", Optional.of("1"));
        TenantSchemaCheck check = check().tenant("acme", acme.url()).tenant("initech", initech.url())
                .failOnDrift(true).build();

        String log = capturingStandardError(() -> assertThatThrownBy(check::verifyOnStartup)
                .isInstanceOf(TenantSchemaCheck.DriftDetected.class)
                .hasMessage("refusing to start: tenant schemas drifted from the baseline (2 tenants checked against"
                        + " drift/baseline.json: 1 in sync, initech BEHIND)")
                .satisfies(e -> {
                    TenantSchemaCheck.TenantResult initechResult = ((TenantSchemaCheck.DriftDetected) e).report()
                            .drifted().get(0);
                    assertThat(initechResult.tenant()).isEqualTo("initech");
                    assertThat(initechResult.diff().orElseThrow()).hasMissing(EXTERNAL_ID)
                            .hasStatus(TenantStatus.BEHIND);
                }));
        assertThat(log).contains("WARN dev.drift.examples.TenantSchemaCheck - Drift: initech is BEHIND"
                + " drift/baseline.json (1 difference)", "missing column public.orders.external_id",
                "ALTER TABLE public.orders ADD COLUMN external_id text;");

        // Without failOnDrift the application starts, and the log still says what drifted.
        TenantSchemaCheck.Report report = check().tenant("acme", acme.url()).tenant("initech", initech.url()).build()
                .verifyOnStartup();
        assertThat(report.drifted()).extracting(TenantSchemaCheck.TenantResult::tenant).containsExactly("initech");
    }

    @Test
    void anUnreachableTenantIsReportedWithoutHidingTheOthers() {
        Tenant acme = tenant("acme", Optional.empty());
        PostgresServer server = PostgresServer.shared();
        DatabaseUrl gone = DatabaseUrl.parse(server.jdbcUrl("no_such_tenant_db"));
        TenantSchemaCheck.Report report = check().tenant("acme", acme.url()).tenant("gone", gone).build().check();
        assertThat(report.tenants()).extracting(TenantSchemaCheck.TenantResult::status)
                .containsExactly(TenantStatus.IN_SYNC, TenantStatus.FAILED);
        assertThat(report.tenants().get(1).error().orElseThrow()).contains("no_such_tenant_db");
        assertThatThrownBy(() -> check().tenant("gone", gone).failOnDrift(true).build().verifyOnStartup())
                .isInstanceOf(TenantSchemaCheck.DriftDetected.class).hasMessageContaining("gone FAILED");
    }

    @Test
    void thePeriodicCheckSeesDriftThatAppearsWhileTheApplicationRuns() throws Exception {
        Tenant acme = tenant("acme", Optional.empty());
        TenantSchemaCheck check = check().tenant("acme", acme.url()).build();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        BlockingQueue<TenantSchemaCheck.Report> reports = new LinkedBlockingQueue<>();
        try {
            ScheduledFuture<?> task = check.schedule(scheduler, Duration.ofMillis(50), reports::add);
            assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull()
                    .satisfies(r -> assertThat(r.allInSync()).isTrue());

            // Someone fixes production by hand.
            try (var c = acme.url().connect(Duration.ofSeconds(5)); var s = c.createStatement()) {
                s.execute("CREATE INDEX orders_by_customer ON public.orders (customer_id)");
            }
            TenantSchemaCheck.Report drifted = null;
            while (drifted == null || drifted.allInSync()) {
                drifted = reports.poll(30, TimeUnit.SECONDS);
                assertThat(drifted).as("a report within 30 s").isNotNull();
            }
            assertThat(drifted.drifted().get(0).status()).isEqualTo(TenantStatus.AHEAD);
            assertThat(drifted.drifted().get(0).diff().orElseThrow())
                    .hasUnexpected(ObjectKey.index("public", "orders", "orders_by_customer"));
            task.cancel(false);
        } finally {
            scheduler.shutdownNow();
            assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void misconfigurationIsACleanError() {
        assertThatThrownBy(() -> TenantSchemaCheck.builder().baselineResource("/drift/nope.json"))
                .hasMessage("no baseline snapshot on the class path at /drift/nope.json");
        assertThatThrownBy(() -> check().build())
                .hasMessage("no tenants to check: add at least one with tenant(name, ...)");
    }

    /** slf4j-simple writes to whatever System.err is when it logs. */
    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
