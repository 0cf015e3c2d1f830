package dev.drift.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.examples.TenantSchemaCheck;
import dev.drift.testkit.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The start-up check refusing to start the application. Runs the application with
 * {@link SpringApplicationBuilder} rather than {@code @SpringBootTest}: the test is about
 * {@code SpringApplication.run} failing (with its failure analysis), which {@code @SpringBootTest} would
 * report as an error of every test method instead of a result to assert on.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    private final TenantDatabases tenants = new TenantDatabases();

    @AfterEach
    void dropTenants() {
        tenants.close();
    }

    private static SpringApplicationBuilder application(TestDatabase dataSource, String... properties) {
        return new SpringApplicationBuilder(ExampleApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + dataSource.jdbcUrl(), "drift.tenants.data-source=acme",
                        "drift.check-interval=0")
                .properties(properties);
    }

    @Test
    void aTenantThatDriftedStopsTheStartWithAClearMessage(CapturedOutput output) {
        TestDatabase acme = tenants.migrated("acme");
        TestDatabase initech = tenants.migrated("initech", Optional.of("1"));
        tenants.createReaderRole();

        assertThatThrownBy(() -> application(acme,
                "drift.startup.fail-on-drift=true",
                "drift.tenants.databases.initech.url=" + tenants.urlWithoutCredentials(initech),
                "drift.tenants.databases.initech.username=" + TenantDatabases.READER,
                "drift.tenants.databases.initech.password=" + TenantDatabases.READER_PASSWORD).run())
                // SpringApplication rethrows what the runner threw.
                .isInstanceOf(TenantSchemaCheck.DriftDetected.class)
                .hasMessage("refusing to start: tenant schemas drifted from the baseline (2 tenants checked against"
                        + " drift/baseline.json: 1 in sync, initech BEHIND)");

        assertThat(output)
                .contains("APPLICATION FAILED TO START",
                        "The tenant schema check refused to start the application: 2 tenants checked against"
                                + " drift/baseline.json: 1 in sync, initech BEHIND.\n    initech: BEHIND (1 difference)",
                        "To start anyway and only log drift, set drift.startup.fail-on-drift=false.",
                        "ALTER TABLE public.orders ADD COLUMN external_id text;")
                .doesNotContain(TenantDatabases.READER_PASSWORD);
    }

    @Test
    void withoutTheStartUpCheckTheApplicationStartsAndTheHealthWaitsForTheFirstCheck() {
        TestDatabase initech = tenants.migrated("initech", Optional.of("1"));

        try (ConfigurableApplicationContext context = application(initech,
                "drift.startup.enabled=false", "drift.startup.fail-on-drift=true").run()) {
            assertThat(context.getBeansOfType(DriftStartupCheck.class)).isEmpty();
            assertThat(context.getBean(TenantSchemaHealthIndicator.class).health().getDetails())
                    .containsEntry("reason", "the tenants have not been checked yet");
        }
    }

    @Test
    void aDataSourceTenantWithoutADataSourceIsAClearError() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ExampleApplication.class).web(WebApplicationType.NONE)
                .properties("spring.autoconfigure.exclude="
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
                .run())
                .rootCause()
                .hasMessage("drift.tenants.data-source=default but the application has no DataSource: set"
                        + " drift.tenants.data-source= (empty) and list the tenants under drift.tenants.databases");
    }
}
