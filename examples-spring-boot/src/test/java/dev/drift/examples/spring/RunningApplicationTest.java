package dev.drift.examples.spring;

import dev.drift.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The example application on a random port, its tenants made by the subclass's
 * {@code @DynamicPropertySource} in {@link #TENANTS}, health details shown. The context is closed after
 * the class, as its tenant databases are dropped then.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = ExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-details=always")
@DirtiesContext
abstract class RunningApplicationTest {

    static final TenantDatabases TENANTS = new TenantDatabases();

    @LocalServerPort
    int port;

    /** The application's own DataSource, checked as tenant {@code name}. */
    static void applicationDataSource(DynamicPropertyRegistry registry, String name, TestDatabase db) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("drift.tenants.data-source", () -> name);
    }

    @AfterAll
    static void dropTenants() {
        TENANTS.close();
    }
}
