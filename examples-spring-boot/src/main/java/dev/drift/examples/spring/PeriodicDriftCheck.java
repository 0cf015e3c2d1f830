package dev.drift.examples.spring;

import dev.drift.examples.TenantSchemaCheck;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Checks every tenant again every {@code drift.check-interval} while the application runs, on a daemon
 * thread of its own, and keeps the result for the health indicator. It starts once the application is
 * ready, so it never races the start-up check and never runs for an application that refused to start;
 * it stops with the context. An interval of 0 turns it off.
 *
 * <p>Each run is a re-scan ({@code TenantSchemaCheck} keeps a change-token cache and its connections): a
 * tenant whose catalog did not change costs one short query on a connection that stays open (the
 * application's pool for the data-source tenant, a pool the check keeps for tenants listed by URL), so the
 * health component stays current at the cost of a query per tenant per interval (docs/fleet.md,
 * "Incremental re-scans"). The check's connections close with the context.
 */
public final class PeriodicDriftCheck implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private final TenantSchemaCheck check;
    private final LatestDriftReport latest;
    private final Duration interval;
    private Optional<ScheduledExecutorService> scheduler = Optional.empty();

    public PeriodicDriftCheck(TenantSchemaCheck check, LatestDriftReport latest, Duration interval) {
        this.check = check;
        this.latest = latest;
        this.interval = interval;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (interval.isZero() || scheduler.isPresent()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "drift-periodic-check");
            thread.setDaemon(true);
            return thread;
        });
        scheduler = Optional.of(executor);
        check.schedule(executor, interval, latest::update);
    }

    /** Whether the periodic check is scheduled. */
    public synchronized boolean isRunning() {
        return scheduler.isPresent();
    }

    @Override
    public synchronized void destroy() throws InterruptedException {
        if (scheduler.isPresent()) {
            // No further runs; a read in progress ends at the reader's statement timeout at the latest.
            scheduler.get().shutdownNow();
            scheduler.get().awaitTermination(10, TimeUnit.SECONDS);
            scheduler = Optional.empty();
        }
    }
}
