package dev.drift.examples.spring;

import dev.drift.examples.TenantSchemaCheck;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Checks every tenant again every {@code drift.check-interval} while the application runs, on a thread
 * of its own, and keeps the result for the health indicator. Started and stopped with the context; an
 * interval of 0 turns it off.
 */
public final class PeriodicDriftCheck implements SmartLifecycle {

    private final TenantSchemaCheck check;
    private final LatestDriftReport latest;
    private final Duration interval;
    private Optional<ScheduledExecutorService> scheduler = Optional.empty();
    private Optional<ScheduledFuture<?>> task = Optional.empty();

    public PeriodicDriftCheck(TenantSchemaCheck check, LatestDriftReport latest, Duration interval) {
        this.check = check;
        this.latest = latest;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "drift-periodic-check");
            thread.setDaemon(true);
            return thread;
        });
        scheduler = Optional.of(executor);
        task = Optional.of(check.schedule(executor, interval, latest::update));
    }

    @Override
    public synchronized void stop() {
        task.ifPresent(t -> t.cancel(true));
        scheduler.ifPresent(s -> {
            s.shutdownNow();
            try {
                s.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        task = Optional.empty();
        scheduler = Optional.empty();
    }

    @Override
    public synchronized boolean isRunning() {
        return task.isPresent();
    }
}
