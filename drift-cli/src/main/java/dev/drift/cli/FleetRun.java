package dev.drift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.apply.ApplyResult;
import dev.drift.apply.Fix;
import dev.drift.apply.FixApplier;
import dev.drift.apply.FixOutcome;
import dev.drift.core.DiffOptions;
import dev.drift.core.DriftException;
import dev.drift.core.SchemaDiff;
import dev.drift.core.Secrets;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixScript;
import dev.drift.report.FleetExecution;
import dev.drift.report.FleetExecution.Outcome;
import dev.drift.report.FleetReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code drift fleet --execute}: each tenant's fix goes through {@link FixApplier} (planned by the fleet report,
 * refused if the tenant changed since it was read), at most {@code jobs} at once and {@code jobsPerServer} per
 * server. A canary runs first, alone; a failure budget stops the rest; every outcome is written to the journal
 * (JSON lines) the moment it is known, so an interrupted run resumes from it.
 */
final class FleetRun {

    /** Where a tenant's fix runs: its database, and for a schema-per-tenant tenant, its schema. */
    record Target(String server, DatabaseUrl url, Optional<String> schema) {
    }

    /**
     * @param jobs          tenants applied at once
     * @param jobsPerServer tenants of one server applied at once
     * @param canary        tenants applied first, one by one; any of them not applied stops the run
     * @param maxFailures   failed tenants after which the rest are skipped (empty: no limit)
     */
    record Limits(int jobs, int jobsPerServer, int canary, Optional<Integer> maxFailures) {
    }

    /** For tests: stop (as if killed) after this many outcomes were journaled; negative: never. */
    static volatile int stopAfterForTests = -1;

    /** For tests: runs with the tenant's name just before its fix is applied (e.g. to change it since the scan). */
    static volatile java.util.function.Consumer<String> beforeApplyForTests = tenant -> { };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Limits limits;
    private final Function<Optional<String>, PostgresCatalogReader> readers;
    private final Function<PostgresCatalogReader, FixApplier> appliers;
    private final Optional<Path> journal;
    private final Set<String> fixedBefore;
    private final AtomicInteger journaled = new AtomicInteger();
    /** Set when the test hook stops the run: what would have run after it never starts, as in a killed process. */
    private volatile boolean killed;
    private BufferedWriter journalOut;

    /**
     * @param readers     the reader for a tenant, given its schema (empty: the database's schemas as given)
     * @param appliers    the applier for a tenant, given its reader
     * @param journal     where each outcome is appended, if anywhere
     * @param fixedBefore the tenants an earlier run's journal shows applied: not run again
     */
    FleetRun(Limits limits, Function<Optional<String>, PostgresCatalogReader> readers,
             Function<PostgresCatalogReader, FixApplier> appliers,
             Optional<Path> journal, Set<String> fixedBefore) {
        this.limits = limits;
        this.readers = readers;
        this.appliers = appliers;
        this.journal = journal;
        this.fixedBefore = Set.copyOf(fixedBefore);
    }

    /** The tenants a journal shows applied (a missing file: none). */
    static Set<String> fixedIn(Path journal) {
        Set<String> out = new HashSet<>();
        if (!Files.exists(journal)) {
            throw new IllegalArgumentException("--resume " + journal + ": no such file");
        }
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    // The last line of a run killed while writing it: that tenant is re-checked.
                    continue;
                }
                if (n.path("tenant").isTextual() && Outcome.APPLIED.name().equals(n.path("outcome").asText())) {
                    out.add(n.get("tenant").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Applies the fix of every tenant that needs one; what happened to each. */
    FleetExecution run(FleetReport report, Map<String, Target> targets, DiffOptions diffOptions,
                       dev.drift.report.PlanOptions planOptions) throws IOException {
        if (journal.isPresent()) {
            journalOut = Files.newBufferedWriter(journal.get(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        try {
            return runAll(report, targets, diffOptions, planOptions);
        } finally {
            if (journalOut != null) {
                journalOut.close();
            }
        }
    }

    private FleetExecution runAll(FleetReport report, Map<String, Target> targets, DiffOptions diffOptions,
                                  dev.drift.report.PlanOptions planOptions) {
        Map<String, FleetExecution.Tenant> done = new ConcurrentHashMap<>();
        List<TenantOutcome> queue = new ArrayList<>();
        for (TenantOutcome t : report.fleet().tenants()) {
            if (fixedBefore.contains(t.tenant())) {
                continue;
            }
            if (t.status() == dev.drift.core.TenantStatus.FAILED) {
                record(done, t.tenant(), new FleetExecution.Tenant(Outcome.FAILED, t.reason().or(() ->
                        Optional.of("could not be read")), List.of()));
            } else if (t.needsFix()) {
                FixScript script = report.scripts().get(t.tenant());
                if (script.statements().isEmpty()) {
                    record(done, t.tenant(), skipped("only held-back statements or differences no statement fixes;"
                            + " nothing to run (see the report)"));
                } else if (!targets.containsKey(t.tenant())) {
                    record(done, t.tenant(), new FleetExecution.Tenant(Outcome.FAILED,
                            Optional.of("cannot tell where this tenant's database is"), List.of()));
                } else {
                    queue.add(t);
                }
            }
        }
        AtomicReference<String> stopped = new AtomicReference<>();
        AtomicInteger failures = new AtomicInteger();
        int canary = Math.min(limits.canary(), queue.size());
        for (int i = 0; i < canary; i++) {
            TenantOutcome t = queue.get(i);
            FleetExecution.Tenant outcome = apply(report, t, targets.get(t.tenant()), diffOptions, planOptions);
            record(done, t.tenant(), outcome);
            if (outcome.outcome() != Outcome.APPLIED && stopped.get() == null) {
                stopped.set("canary " + t.tenant() + " ended " + outcome.outcome());
                failures.incrementAndGet();
            }
        }
        List<TenantOutcome> rest = queue.subList(canary, queue.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(limits.jobs(), Math.max(1, rest.size()))));
        Map<String, Semaphore> perServer = new ConcurrentHashMap<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (TenantOutcome t : rest) {
                Target target = targets.get(t.tenant());
                running.add(pool.submit(() -> {
                    if (killed) {
                        return;
                    }
                    Semaphore server = perServer.computeIfAbsent(target.server(), s -> new Semaphore(limits.jobsPerServer()));
                    server.acquireUninterruptibly();
                    try {
                        String why = stopped.get();
                        if (why != null) {
                            record(done, t.tenant(), skipped("not run: " + why));
                            return;
                        }
                        FleetExecution.Tenant outcome = apply(report, t, target, diffOptions, planOptions);
                        record(done, t.tenant(), outcome);
                        if (failed(outcome) && limits.maxFailures().isPresent()
                                && failures.incrementAndGet() >= limits.maxFailures().get()) {
                            stopped.compareAndSet(null, "the failure budget (--max-failures "
                                    + limits.maxFailures().get() + ") is spent");
                        }
                    } finally {
                        server.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new FleetExecution(limits.canary(), limits.maxFailures(), Optional.ofNullable(stopped.get()), done);
    }

    private static boolean failed(FleetExecution.Tenant t) {
        return t.outcome() == Outcome.ROLLED_BACK || t.outcome() == Outcome.INCOMPLETE || t.outcome() == Outcome.FAILED;
    }

    private static FleetExecution.Tenant skipped(String reason) {
        return new FleetExecution.Tenant(Outcome.SKIPPED, Optional.of(reason), List.of());
    }

    /** The tenant's fix through the one call of drift-apply. */
    private FleetExecution.Tenant apply(FleetReport report, TenantOutcome t, Target target, DiffOptions diffOptions,
                                        dev.drift.report.PlanOptions planOptions) {
        SchemaDiff diff = t.diffInTenantNames().orElseThrow();
        FixScript script = report.scripts().get(t.tenant());
        FixOutcome outcome;
        beforeApplyForTests.accept(t.tenant());
        try {
            outcome = appliers.apply(readers.apply(target.schema())).apply(target.url(),
                    new Fix.Planned(diff, script, diffOptions, planOptions));
        } catch (DriftException e) {
            return new FleetExecution.Tenant(Outcome.FAILED, Optional.of(Secrets.redact(e.getMessage())), List.of());
        }
        List<String> applied = outcome.result().map(r -> r.steps().stream()
                .filter(s -> s.status() == ApplyResult.StepStatus.APPLIED).map(s -> s.step().oneLine()).toList())
                .orElse(List.of());
        Optional<String> reason = outcome.reason().map(Secrets::redact);
        return switch (outcome.status()) {
            case APPLIED -> outcome.verification().state() == FixOutcome.Verification.State.FAILED
                    ? new FleetExecution.Tenant(Outcome.INCOMPLETE, Optional.of("applied, but read again it still needs "
                    + String.join(" ", outcome.verification().stillToRun())), applied)
                    : new FleetExecution.Tenant(Outcome.APPLIED, Optional.empty(), applied);
            case ROLLED_BACK -> new FleetExecution.Tenant(Outcome.ROLLED_BACK, reason, List.of());
            case INCOMPLETE -> new FleetExecution.Tenant(Outcome.INCOMPLETE, reason, applied);
            case UNKNOWN -> new FleetExecution.Tenant(Outcome.INCOMPLETE, reason.map(r -> "what stays is unknown: " + r),
                    applied);
            case STALE -> skipped("changed since it was read; nothing ran: run drift fleet again");
            case NOT_PROVEN -> skipped(reason.orElse("not proven"));
            case NOTHING_TO_DO, DRY_RUN -> skipped("nothing to run");
        };
    }

    /** Keeps the outcome and writes it to the journal at once (one JSON line, flushed). */
    private void record(Map<String, FleetExecution.Tenant> done, String tenant, FleetExecution.Tenant outcome) {
        done.put(tenant, outcome);
        if (journalOut != null) {
            ObjectNode n = JSON.createObjectNode();
            n.put("tenant", tenant);
            n.put("outcome", outcome.outcome().name());
            n.put("reason", outcome.reason().orElse(null));
            outcome.applied().forEach(n.withArray("applied")::add);
            n.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            synchronized (this) {
                try {
                    journalOut.write(n.toString());
                    journalOut.newLine();
                    journalOut.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("writing the journal failed", e);
                }
            }
        }
        if (journaled.incrementAndGet() == stopAfterForTests) {
            killed = true;
            throw new IllegalStateException("stopped by the test hook after " + stopAfterForTests + " outcome(s)");
        }
    }
}
