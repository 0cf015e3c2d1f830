package dev.drift.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.examples.TenantSchemaCheck;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tenant one migration behind, with {@code drift.startup.apply-fixes=true} and
 * {@code drift.startup.fail-on-drift=true}: the fix is applied through FixApplier before the start-up check,
 * verified, and the application starts with every tenant in sync.
 */
class StartupFixTest extends RunningApplicationTest {

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        var acme = TENANTS.migrated("acme");
        var initech = TENANTS.migrated("initech", Optional.of("1"));
        applicationDataSource(registry, "acme", acme);
        registry.add("drift.tenants.databases.initech.url", initech::jdbcUrl);
        registry.add("drift.startup.fail-on-drift", () -> "true");
        registry.add("drift.startup.apply-fixes", () -> "true");
        registry.add("drift.check-interval", () -> "0");
    }

    @Autowired
    LatestDriftReport latest;

    @Autowired
    TenantSchemaCheck check;

    @Test
    void theDriftedTenantIsFixedVerifiedAndInSyncBeforeTheApplicationStarts(CapturedOutput output) {
        assertThat(output).containsPattern("INFO .*DriftStartupFix +: Drift: fixed initech: APPLIED,"
                        + " verification PASSED:\n  ALTER TABLE public\\.orders ADD COLUMN external_id text;\n")
                .doesNotContain("Drift: fixed acme", "Drift: did not fix");
        TenantSchemaCheck.Report atStart = latest.get().orElseThrow().report();
        assertThat(atStart.allInSync()).as(atStart.summary()).isTrue();
        assertThat(check.check().allInSync()).isTrue();
    }
}
