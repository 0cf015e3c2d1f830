package dev.drift.examples;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.core.Secrets;
import dev.drift.core.TenantStatus;
import dev.drift.core.fleet.TenantScan;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.jdbc.ScanCache;
import dev.drift.jdbc.TenantSource;
import dev.drift.report.DiffReport;
import dev.drift.report.FixPlanner;
import dev.drift.report.PlanOptions;
import dev.drift.report.Snapshots;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema check for a multi-tenant application: compares every tenant database with a baseline snapshot
 * shipped in the application's resources, once at start-up (refusing to start on drift, if so
 * configured) and then periodically, and logs what drifted together with the SQL that fixes it.
 *
 * <pre>{@code
 * TenantSchemaCheck check = TenantSchemaCheck.builder()
 *         .baselineResource("/drift/baseline.json")
 *         .tenant("acme", acmeDataSource)
 *         .tenant("globex", globexDataSource)
 *         .failOnDrift(true)
 *         .build();
 * check.verifyOnStartup();                               // throws TenantSchemaCheck.DriftDetected
 * check.schedule(scheduler, Duration.ofMinutes(15), r -> metrics.record(r));
 * }</pre>
 *
 * <p>The baseline is written with {@code drift snapshot --url <a freshly migrated database> --output
 * src/main/resources/drift/baseline.json} and reviewed in the same pull request as the migration that
 * changes it.
 */
public final class TenantSchemaCheck implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TenantSchemaCheck.class);

    private final Catalog baseline;
    private final String baselineName;
    private final Map<String, TenantSource> tenants;
    /**
     * Reads the tenants; with a change-token cache and its connections kept between checks, a check of a
     * tenant whose catalog did not change is one short query on a warm server process.
     */
    private final FleetScanner scanner;
    /** Each tenant's last result and the catalog it was made from: the same catalog back skips the diff. */
    private final Map<String, Checked> last = new java.util.concurrent.ConcurrentHashMap<>();
    private final DiffOptions options;
    private final boolean failOnDrift;

    private TenantSchemaCheck(Builder b) {
        this.baseline = b.baseline.orElseThrow(() -> new IllegalStateException("a baseline is required"));
        this.baselineName = b.baselineName;
        this.tenants = Map.copyOf(b.tenants);
        this.scanner = FleetScanner.builder().reader(b.reader).jobs(4).jobsPerServer(4)
                .cache(new ScanCache()).keepConnections(true).build();
        this.options = b.options;
        this.failOnDrift = b.failOnDrift;
        if (tenants.isEmpty()) {
            throw new IllegalStateException("no tenants to check: add at least one with tenant(name, ...)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The baseline every tenant is compared with (e.g. to plan a tenant's fix against it). */
    public Catalog baseline() {
        return baseline;
    }

    /** How tenants are compared with the baseline. */
    public DiffOptions diffOptions() {
        return options;
    }

    /** Where one tenant stands against the baseline. */
    public record TenantResult(String tenant, TenantStatus status, Optional<SchemaDiff> diff, Optional<String> error) {
        public boolean inSync() {
            return status == TenantStatus.IN_SYNC;
        }
    }

    /** The result of one check of every tenant, in tenant-name order. */
    public record Report(String baseline, List<TenantResult> tenants) {
        public Report {
            tenants = List.copyOf(tenants);
        }

        public boolean allInSync() {
            return tenants.stream().allMatch(TenantResult::inSync);
        }

        public List<TenantResult> drifted() {
            return tenants.stream().filter(t -> !t.inSync()).toList();
        }

        /** One line, e.g. {@code 3 tenants checked against drift/baseline.json: 2 in sync, acme BEHIND}. */
        public String summary() {
            long inSync = tenants.size() - drifted().size();
            String details = drifted().stream().map(t -> t.tenant() + " " + t.status()).collect(Collectors.joining(", "));
            return tenants.size() + (tenants.size() == 1 ? " tenant" : " tenants") + " checked against " + baseline
                    + ": " + inSync + " in sync" + (details.isEmpty() ? "" : ", " + details);
        }
    }

    /** Thrown by {@link #verifyOnStartup()} when a tenant drifted and the check is to fail on drift. */
    public static final class DriftDetected extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Report report;

        DriftDetected(Report report) {
            super("refusing to start: tenant schemas drifted from the baseline (" + report.summary() + ")");
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    /** Checks every tenant now, logs each result, and returns them. Never throws for a tenant's failure. */
    public Report check() {
        List<TenantResult> results = new ArrayList<>();
        for (TenantScan scan : scanner.scan(new TreeMap<>(tenants).values())) {
            results.add(result(scan));
        }
        Report report = new Report(baselineName, results);
        if (report.allInSync()) {
            LOG.info("Drift: {}", report.summary());
        } else {
            LOG.warn("Drift: {}", report.summary());
        }
        return report;
    }

    /** Closes the connections kept between checks. */
    @Override
    public void close() {
        scanner.close();
    }

    private record Checked(Catalog catalog, TenantResult result) {
    }

    /**
     * One tenant's result. The scanner reads its change token first (one short query) and hands back the
     * very catalog of the last check when the token is unchanged: the last result then stands, so a health
     * check every few minutes costs one query per tenant until a schema changes.
     */
    private TenantResult result(TenantScan scan) {
        String tenant = scan.tenant();
        if (scan instanceof TenantScan.Failed failed) {
            // One unreachable tenant must not hide the others' results.
            LOG.error("Drift: cannot check tenant {}: {}", tenant, failed.reason());
            last.remove(tenant);
            return new TenantResult(tenant, TenantStatus.FAILED, Optional.empty(), Optional.of(failed.reason()));
        }
        Catalog catalog = ((TenantScan.Read) scan).catalog();
        Checked previous = last.get(tenant);
        if (previous != null && previous.catalog() == catalog) {
            return previous.result();
        }
        TenantResult result = compare(tenant, catalog);
        last.put(tenant, new Checked(catalog, result));
        return result;
    }

    private TenantResult compare(String tenant, Catalog catalog) {
        SchemaDiff diff = Differ.compare(baseline, catalog, options);
        if (diff.isEmpty()) {
            LOG.debug("Drift: tenant {} matches {} (fingerprint {})", tenant, baselineName,
                    catalog.fingerprint().substring(0, 12));
        } else {
            DiffReport report = new DiffReport(baselineName, tenant, diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS));
            LOG.warn("Drift: {}", report.text().stripTrailing());
        }
        return new TenantResult(tenant, diff.status(), Optional.of(diff), Optional.empty());
    }

    /**
     * The start-up check: checks every tenant and, if the check is to fail on drift, throws when any
     * tenant is not in sync (or could not be read), so the application does not start on a schema it
     * was not built for.
     *
     * @throws DriftDetected when configured with {@code failOnDrift(true)} and a tenant drifted
     */
    public Report verifyOnStartup() {
        Report report = check();
        if (failOnDrift && !report.allInSync()) {
            throw new DriftDetected(report);
        }
        return report;
    }

    /**
     * Checks every tenant periodically (the first time after one period: run {@link #verifyOnStartup()}
     * at start-up). A failing check is logged and does not stop later runs.
     *
     * @param listener gets each report (e.g. for metrics or an alert)
     * @return the task, to cancel it
     */
    public ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, Duration period, Consumer<Report> listener) {
        Objects.requireNonNull(listener, "listener");
        long millis = period.toMillis();
        if (millis < 1) {
            throw new IllegalArgumentException("period must be at least 1 ms but was " + period);
        }
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                listener.accept(check());
            } catch (RuntimeException e) {
                // An exception would cancel every later run of a scheduled task.
                LOG.error("Drift: the periodic schema check failed: {}", Secrets.redact(e.toString()));
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Configures a {@link TenantSchemaCheck}. */
    public static final class Builder {
        private Optional<Catalog> baseline = Optional.empty();
        private String baselineName = "the baseline";
        private final Map<String, TenantSource> tenants = new TreeMap<>();
        private PostgresCatalogReader reader = PostgresCatalogReader.create();
        private DiffOptions options = DiffOptions.DEFAULTS;
        private boolean failOnDrift;

        private Builder() {
        }

        /** The baseline: a snapshot on the class path, e.g. {@code /drift/baseline.json}. */
        public Builder baselineResource(String resource) {
            try (InputStream in = TenantSchemaCheck.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no baseline snapshot on the class path at " + resource);
                }
                return baseline(Snapshots.read(in, "classpath:" + resource), resource.replaceFirst("^/", ""));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the baseline " + resource, e);
            }
        }

        /** The baseline as a catalog, and what to call it in logs. */
        public Builder baseline(Catalog catalog, String name) {
            this.baseline = Optional.of(Objects.requireNonNull(catalog, "catalog"));
            this.baselineName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** A tenant whose database the application reaches through a data source (a pool). */
        public Builder tenant(String name, DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            return add(name, TenantSource.dataSource(name, "application", dataSource));
        }

        /** A tenant reached by URL. */
        public Builder tenant(String name, DatabaseUrl url) {
            Objects.requireNonNull(url, "url");
            return add(name, TenantSource.database(name, url));
        }

        private Builder add(String name, TenantSource source) {
            if (tenants.putIfAbsent(Objects.requireNonNull(name, "name"), source) != null) {
                throw new IllegalArgumentException("tenant " + name + " was already added");
            }
            return this;
        }

        /** The reader (schemas to read, timeouts); default {@link PostgresCatalogReader#create()}. */
        public Builder reader(PostgresCatalogReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        public Builder diffOptions(DiffOptions value) {
            this.options = Objects.requireNonNull(value, "diffOptions");
            return this;
        }

        /** Whether {@link #verifyOnStartup()} throws on drift (default: it only logs). */
        public Builder failOnDrift(boolean value) {
            this.failOnDrift = value;
            return this;
        }

        public TenantSchemaCheck build() {
            return new TenantSchemaCheck(this);
        }
    }
}
