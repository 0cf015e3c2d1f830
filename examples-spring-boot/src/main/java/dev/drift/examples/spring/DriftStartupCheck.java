package dev.drift.examples.spring;

import dev.drift.examples.TenantSchemaCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Checks every tenant once the context is up and before the application takes work (Flyway or
 * Liquibase, if the application uses them, have migrated by then). With
 * {@code drift.startup.fail-on-drift=true} a tenant that drifted stops the start with
 * {@link TenantSchemaCheck.DriftDetected}, which {@link DriftFailureAnalyzer} turns into a clear
 * "APPLICATION FAILED TO START"; otherwise the application starts and the log says what drifted.
 */
public final class DriftStartupCheck implements ApplicationRunner, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DriftStartupCheck.class);

    private final TenantSchemaCheck check;
    private final LatestDriftReport latest;
    private final boolean failOnDrift;

    public DriftStartupCheck(TenantSchemaCheck check, LatestDriftReport latest, boolean failOnDrift) {
        this.check = check;
        this.latest = latest;
        this.failOnDrift = failOnDrift;
    }

    @Override
    public void run(ApplicationArguments args) {
        // TenantSchemaCheck logs each drifted tenant with its fix SQL, and throws if built with failOnDrift.
        TenantSchemaCheck.Report report = check.verifyOnStartup();
        latest.update(report);
        if (!report.allInSync() && !failOnDrift) {
            LOG.warn("Drift: starting although tenant schemas drifted (drift.startup.fail-on-drift=false): {}",
                    report.summary());
        }
    }

    /** Before the application's own runners, which may already use the tenants; after {@link DriftStartupFix}. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
