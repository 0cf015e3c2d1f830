package dev.drift.examples.spring;

import dev.drift.core.TenantStatus;
import dev.drift.examples.TenantSchemaCheck;
import dev.drift.report.FixPlanner;
import dev.drift.report.PlanOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code drift} health component: where each tenant's schema stands against the baseline snapshot,
 * as of the last check.
 *
 * <ul>
 *   <li>{@code UP}: every tenant is in sync;</li>
 *   <li>{@code OUT_OF_SERVICE}: a tenant drifted (behind, ahead or diverged). The application and its
 *       databases work, so this is not {@code DOWN}: a restart does not fix a schema, and a liveness
 *       probe that restarted on it would loop. What drifted should not be served by this build until
 *       someone migrates or fixes it;</li>
 *   <li>{@code DOWN}: a tenant could not be read at all (unreachable, authentication, timeout), an
 *       unexpected failure;</li>
 *   <li>{@code UNKNOWN}: no check has finished yet.</li>
 * </ul>
 *
 * <p>Details: the baseline, when the check ran, and per tenant its status and number of differences.
 * The fix SQL is only included with {@code drift.health.include-fix-sql=true}: health details are often
 * public, and the SQL spells out the schema; the application log has it at WARN either way.
 */
public final class TenantSchemaHealthIndicator implements HealthIndicator {

    private final LatestDriftReport latest;
    private final boolean includeFixSql;

    public TenantSchemaHealthIndicator(LatestDriftReport latest, boolean includeFixSql) {
        this.latest = latest;
        this.includeFixSql = includeFixSql;
    }

    @Override
    public Health health() {
        return latest.get().map(this::health)
                .orElseGet(() -> Health.unknown().withDetail("reason", "the tenants have not been checked yet").build());
    }

    private Health health(LatestDriftReport.Checked checked) {
        TenantSchemaCheck.Report report = checked.report();
        Map<String, Object> tenants = new TreeMap<>();
        for (TenantSchemaCheck.TenantResult tenant : report.tenants()) {
            tenants.put(tenant.tenant(), tenantDetails(tenant));
        }
        return Health.status(status(report))
                .withDetail("baseline", report.baseline())
                .withDetail("checkedAt", checked.at().toString())
                .withDetail("tenants", tenants)
                .build();
    }

    static Status status(TenantSchemaCheck.Report report) {
        if (report.tenants().stream().anyMatch(t -> t.status() == TenantStatus.FAILED)) {
            return Status.DOWN;
        }
        return report.allInSync() ? Status.UP : Status.OUT_OF_SERVICE;
    }

    private Map<String, Object> tenantDetails(TenantSchemaCheck.TenantResult tenant) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", tenant.status().name());
        tenant.diff().ifPresent(diff -> {
            details.put("differences", diff.changes().size());
            if (includeFixSql && !diff.isEmpty()) {
                details.put("fixSql", FixPlanner.plan(diff, PlanOptions.DEFAULTS).sqlStatements());
            }
        });
        // A failed tenant's reason names hosts and roles: it is in the log, not on the endpoint.
        return details;
    }
}
