package dev.drift.examples.spring;

import dev.drift.apply.Fix;
import dev.drift.apply.FixApplier;
import dev.drift.apply.FixOutcome;
import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.report.PlanOptions;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * With {@code drift.startup.apply-fixes=true}: before the start-up check, each tenant reached by URL
 * ({@code drift.tenants.databases}) gets the fix Drift plans against the baseline, through {@link FixApplier}:
 * planned from the tenant as read now, applied all or nothing, checked before the COMMIT and read again after
 * it. Destructive and security-sensitive statements stay held back ({@link PlanOptions#DEFAULTS}) and are
 * logged. The start-up check that follows then reports what each tenant holds. The application's own
 * {@code DataSource} is not fixed here: a pool gives no URL for the applier's own connection and session.
 */
public final class DriftStartupFix implements ApplicationRunner, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DriftStartupFix.class);

    private final FixApplier applier;
    private final Catalog baseline;
    private final DiffOptions diffOptions;
    private final Map<String, DatabaseUrl> tenants;

    public DriftStartupFix(FixApplier applier, Catalog baseline, DiffOptions diffOptions,
                           Map<String, DatabaseUrl> tenants) {
        this.applier = applier;
        this.baseline = baseline;
        this.diffOptions = diffOptions;
        this.tenants = Map.copyOf(tenants);
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> fix(t.getKey(), t.getValue()));
    }

    /** Never throws for one tenant: the start-up check that follows reports what it holds. */
    private void fix(String tenant, DatabaseUrl url) {
        FixOutcome outcome;
        try {
            outcome = applier.apply(url, new Fix.PlanNow(baseline, diffOptions, PlanOptions.DEFAULTS));
        } catch (DriftException e) {
            LOG.warn("Drift: could not fix {}: {}", tenant, Secrets.redact(e.getMessage()));
            return;
        }
        if (outcome.status() == FixOutcome.Status.NOTHING_TO_DO && !outcome.fix().leavesSomething()) {
            return;
        }
        String statements = outcome.fix().runOrder().stream().map(step -> step.oneLine() + ";")
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        if (outcome.succeeded()) {
            LOG.info("Drift: fixed {}: {}, verification {}:{}", tenant, outcome.status(),
                    outcome.verification().state(), statements);
        } else {
            LOG.warn("Drift: did not fix {}: {}, verification {}{}:{}", tenant, outcome.status(),
                    outcome.verification().state(), outcome.reason().map(r -> " (" + r + ")").orElse(""), statements);
        }
        if (outcome.fix().leavesSomething()) {
            LOG.warn("Drift: the fix of {} leaves something alone (held back or not fixable): see the start-up check",
                    tenant);
        }
    }

    /** Before {@link DriftStartupCheck}, so that the check sees the fixed tenants. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
