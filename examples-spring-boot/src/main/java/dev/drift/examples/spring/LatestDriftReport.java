package dev.drift.examples.spring;

import dev.drift.examples.TenantSchemaCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The result of the last tenant schema check, from the start-up check or the periodic one. The health
 * indicator shows it instead of reading every tenant's catalog on each health request: load balancers
 * poll health every few seconds, and a fleet's catalogs take longer than that to read.
 */
public final class LatestDriftReport {

    /** A report and when its check finished. */
    public record Checked(TenantSchemaCheck.Report report, Instant at) {
    }

    private final AtomicReference<Optional<Checked>> latest = new AtomicReference<>(Optional.empty());
    private final Clock clock;

    public LatestDriftReport(Clock clock) {
        this.clock = clock;
    }

    public void update(TenantSchemaCheck.Report report) {
        latest.set(Optional.of(new Checked(report, clock.instant())));
    }

    /** The last check, or empty before the first one has finished. */
    public Optional<Checked> get() {
        return latest.get();
    }
}
