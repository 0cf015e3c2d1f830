package dev.drift.cli;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.DiffOptions;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.TenantStatus;
import dev.drift.apply.FixApplier;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.ScanCache;
import dev.drift.jdbc.TenantSource;
import dev.drift.report.FleetExecution;
import dev.drift.report.FleetReport;
import dev.drift.report.PlanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drift fleet}: reads many tenants, groups them by schema, measures each against a baseline and
 * writes one fix script per tenant that needs one.
 */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = {"Compares a fleet of tenants with a baseline: each tenant's status, and a fix for each that differs.",
                "Tenants are databases (--tenant, --discover) or the schemas of one database (--url with"
                        + " --schema-pattern). Each is IN_SYNC, BEHIND, AHEAD, DIVERGED or FAILED.",
                "Exit code: 0 every tenant in sync; 1 drift, or some tenants could not be read; 2 error, or not a"
                        + " single tenant could be read."})
final class FleetCommand implements Callable<Integer> {

    enum Format {
        TEXT("txt"), MARKDOWN("md"), JSON("json"), HTML("html");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", paramLabel = "<name>=<url>", mapFallbackValue = "",
            description = "A tenant database (repeatable), e.g. --tenant acme=jdbc:postgresql://db1/acme?user=drift.")
    Map<String, String> tenants = new LinkedHashMap<>();

    @Option(names = "--discover", paramLabel = "<server-url>",
            description = "A server whose databases matching --database-pattern are tenants (repeatable); the URL's"
                    + " database is the one the list is read from, e.g. postgres.")
    List<String> discover = new ArrayList<>();

    @Option(names = "--database-pattern", paramLabel = "<pattern>",
            description = "LIKE pattern of tenant databases for --discover, e.g. tenant_%%.")
    String databasePattern;

    @Option(names = "--url", paramLabel = "<url>", description = "The database whose schemas are tenants (with --schema-pattern).")
    String url;

    @Option(names = "--schema-pattern", paramLabel = "<pattern>",
            description = "LIKE pattern of tenant schemas in the --url database, e.g. tenant_%%.")
    String schemaPattern;

    @Option(names = "--baseline", paramLabel = "<baseline>",
            description = "What the tenants are measured against: majority, tenant:<name>, history (Flyway or"
                    + " Liquibase) or a snapshot file (drift snapshot --output). Default: the schema that lacks nothing the others have; if there is none, the"
                    + " tenants are reported DIVERGED and you must name one.")
    String baseline;

    @Option(names = "--jobs", paramLabel = "<n>", defaultValue = "8",
            description = "Tenants read at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--jobs-per-server", paramLabel = "<n>", defaultValue = "4",
            description = "Tenants of one server read at once (default: ${DEFAULT-VALUE}).")
    int jobsPerServer;

    @Option(names = "--format", defaultValue = "text", paramLabel = "<format>",
            description = "text, markdown, json or html (one self-contained page) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Write <tenant>.sql for each tenant that needs a fix, and the report as summary.<format>.")
    Path out;

    @Option(names = "--execute", description = "Apply each tenant's fix (as drift apply does: refused if the tenant"
            + " changed since it was read, all or nothing per transaction, verified), at most --jobs at once and"
            + " --jobs-per-server per server. Without it, nothing is changed.")
    boolean execute;

    @Option(names = "--canary", paramLabel = "<n>", defaultValue = "0",
            description = "With --execute: apply the first <n> tenants one by one first; if one of them is not applied,"
                    + " the rest are skipped (default: ${DEFAULT-VALUE}).")
    int canary;

    @Option(names = "--max-failures", paramLabel = "<k>",
            description = "With --execute: after <k> tenants failed (rolled back, incomplete, unreachable), skip the rest.")
    Integer maxFailures;

    @Option(names = "--journal", paramLabel = "<file>",
            description = "With --execute: append one JSON line per tenant outcome to <file>, as it happens.")
    Path journal;

    @Option(names = "--resume", paramLabel = "<file>",
            description = "With --execute: skip the tenants this journal shows applied; the rest are read and fixed again."
                    + " New outcomes are appended to it unless --journal names another file.")
    Path resume;

    @Option(names = "--apply-lock-timeout", paramLabel = "<seconds>", defaultValue = "5",
            description = "With --execute: longest a fix statement may wait for a lock before its tenant's transaction"
                    + " is rolled back (default: ${DEFAULT-VALUE} s).")
    int applyLockTimeoutSeconds;

    @Option(names = "--apply-statement-timeout", paramLabel = "<seconds>", defaultValue = "60",
            description = "With --execute: longest a fix statement may run before its tenant's transaction is rolled"
                    + " back (default: ${DEFAULT-VALUE} s).")
    int applyStatementTimeoutSeconds;

    @Option(names = "--force", description = "Write into an --out directory that holds files drift did not write"
            + " (files of the same name are replaced).")
    boolean force;

    @Option(names = "--allow-destructive",
            description = "Put drops and narrowing type changes in the scripts (otherwise they are only reported).")
    boolean allowDestructive;

    @Option(names = "--allow-privileged",
            description = "With a baseline Drift chose (the default, majority, history), put statements that grant power"
                    + " or run code in the scripts: SECURITY DEFINER routines, grants, owners, policies, materialized"
                    + " views, indexes and defaults that call functions (otherwise they are held back, since a tenant"
                    + " may have made itself the baseline). A baseline you name (tenant:<name>, a snapshot) needs no"
                    + " confirmation. See docs/security.md.")
    boolean allowPrivileged;

    @Option(names = "--column-order", description = "Report columns in a different position as drift.")
    boolean columnOrder;

    @Option(names = "--state", paramLabel = "<dir>",
            description = "Keep each tenant database's catalog and change token here, and on the next run read only"
                    + " the databases whose catalog changed since (one short query for the others).")
    Path state;

    @Mixin
    OnlineOptions online;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        List<TenantSource> sources = sources();
        FleetRun run = execute ? fleetRun(sources) : null;
        if (!execute && (canary != 0 || maxFailures != null || journal != null || resume != null)) {
            throw new IllegalArgumentException("--canary, --max-failures, --journal and --resume go with --execute");
        }
        Baseline chosen = baseline();
        PrintWriter err = spec.commandLine().getErr();
        FleetScanner.Builder builder = connection.fleetScanner().jobs(jobs).jobsPerServer(jobsPerServer)
                .readHistory(chosen instanceof Baseline.FromHistory);
        StateDirectory stateDirectory = state == null ? null : new StateDirectory(state);
        ScanCache cache = stateDirectory == null ? null : stateDirectory.load();
        if (cache != null) {
            builder.cache(cache);
        }
        FleetScanner scanner = builder.build();
        // A progress bar only for a person watching stderr (whatever stdout is), never into a pipe or a log.
        ProgressBar bar = output.progressBar(err);
        java.time.Instant started = java.time.Instant.now();
        List<TenantScan> scans = scanner.scan(sources, bar == null ? FleetScanner.ScanListener.NONE : bar);
        if (bar != null) {
            bar.finish();
        }
        if (stateDirectory != null) {
            stateDirectory.save(cache);
        }
        if (scans.isEmpty()) {
            throw new IllegalArgumentException("no tenants: no database or schema matched the patterns given");
        }
        Set<String> schemas = new TreeSet<>(connection.schemas);
        FleetComparison fleet = Fleet.compare(scans, chosen,
                DiffOptions.DEFAULTS.withColumnOrder(columnOrder).withSchemas(schemas));
        PlanOptions planOptions = online.applyTo(PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive)
                .withAllowPrivileged(allowPrivileged));
        FleetReport scanned = FleetReport.of(fleet, planOptions).withScan(new FleetReport.Scan(started,
                sources.stream().map(FleetCommand::server).toList()));
        FleetReport report = run == null ? scanned : scanned.withExecution(run.run(scanned, targets(sources, scans),
                DiffOptions.DEFAULTS.withColumnOrder(columnOrder).withSchemas(schemas), planOptions));
        String rendered = switch (format) {
            case TEXT -> output.colour(report.text());
            case MARKDOWN -> output.exact(report.markdown(), spec.commandLine().getErr());
            case JSON -> output.exact(report.json(), spec.commandLine().getErr());
            case HTML -> output.exact(report.html(), spec.commandLine().getErr());
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        if (out != null) {
            // Each script carries its tenant's fingerprint, so that drift apply --script refuses a tenant changed since.
            Map<String, String> files = new TreeMap<>();
            report.scripts().forEach((t, script) -> files.put(t, script.toSql()));
            int written = new FleetOutput(out, force).write(files, "summary." + format.extension, rendered);
            output.note(err, "drift: wrote " + written + " fix script" + (written == 1 ? "" : "s") + " and the summary to " + out);
        }
        if (fleet.nothingRead()) {
            err.println("drift: not a single tenant could be read");
            return Main.ERROR;
        }
        if (report.execution().isPresent()) {
            // In sync now: every tenant was in sync, fixed earlier (--resume) or applied now.
            FleetExecution done = report.execution().get();
            boolean allFixed = fleet.tenants().stream().allMatch(t -> !t.needsFix() && t.status() != TenantStatus.FAILED
                    || done.tenants().get(t.tenant()) == null && t.status() != TenantStatus.FAILED
                    || done.tenants().get(t.tenant()) != null
                    && done.tenants().get(t.tenant()).outcome() == FleetExecution.Outcome.APPLIED);
            return allFixed ? Main.NO_DRIFT : Main.DRIFT;
        }
        return fleet.allInSync() ? Main.NO_DRIFT : Main.DRIFT;
    }

    /** The run's settings, checked before anything is read (an error here touches no tenant). */
    private FleetRun fleetRun(List<TenantSource> sources) {
        if (canary < 0) {
            throw new IllegalArgumentException("--canary must be 0 or more but was " + canary);
        }
        if (maxFailures != null && maxFailures < 1) {
            throw new IllegalArgumentException("--max-failures must be at least 1 but was " + maxFailures);
        }
        Set<String> fixedBefore = resume == null ? Set.of() : FleetRun.fixedIn(resume);
        Optional<Path> journalFile = Optional.ofNullable(journal).or(() -> Optional.ofNullable(resume));
        FixApplierSettings settings = new FixApplierSettings(
                ConnectionOptions.seconds(applyLockTimeoutSeconds, "--apply-lock-timeout"),
                ConnectionOptions.seconds(applyStatementTimeoutSeconds, "--apply-statement-timeout"),
                ConnectionOptions.seconds(connection.connectTimeoutSeconds, "--connect-timeout"));
        return new FleetRun(new FleetRun.Limits(jobs, jobsPerServer, canary, Optional.ofNullable(maxFailures)),
                schema -> schema.map(s -> connection.reader(List.of(s))).orElseGet(connection::reader),
                reader -> FixApplier.builder().lockTimeout(settings.lock()).statementTimeout(settings.statement())
                        .connectTimeout(settings.connect()).reader(reader).build(),
                journalFile, fixedBefore);
    }

    private record FixApplierSettings(java.time.Duration lock, java.time.Duration statement, java.time.Duration connect) {
    }

    /** Where each tenant that was read is: its database URL, and its schema for schema-per-tenant sources. */
    private static Map<String, FleetRun.Target> targets(List<TenantSource> sources, List<TenantScan> scans) {
        Map<String, FleetRun.Target> out = new TreeMap<>();
        List<TenantSource.Discovery> discovered = new ArrayList<>();
        List<TenantSource.Schemas> schemaSources = new ArrayList<>();
        for (TenantSource s : sources) {
            if (s instanceof TenantSource.Database d) {
                out.put(d.tenant(), new FleetRun.Target(d.url().server(), d.url(), Optional.empty()));
            } else if (s instanceof TenantSource.Discovery d) {
                discovered.add(d);
            } else if (s instanceof TenantSource.Schemas sc) {
                schemaSources.add(sc);
            }
        }
        for (TenantScan scan : scans) {
            if (!(scan instanceof TenantScan.Read read) || out.containsKey(read.tenant())) {
                continue;
            }
            // A tenant name alone cannot say which of several sources it came from: such a tenant is not run.
            if (schemaSources.size() + discovered.size() != 1) {
                continue;
            }
            if (schemaSources.size() == 1) {
                DatabaseUrl db = schemaSources.get(0).database();
                out.put(read.tenant(), new FleetRun.Target(db.server(), db, Optional.of(read.tenant())));
            } else {
                DatabaseUrl db = discovered.get(0).server().withDatabase(read.tenant());
                out.put(read.tenant(), new FleetRun.Target(db.server(), db, Optional.empty()));
            }
        }
        return out;
    }

    private List<TenantSource> sources() {
        List<TenantSource> sources = new ArrayList<>();
        tenants.forEach((name, value) -> {
            // A URL given without its name splits at its first '=': never echo either part, it may hold a password.
            if (name.isBlank() || value.isBlank() || name.contains("/") || name.contains("@") || name.contains(":")) {
                throw new IllegalArgumentException("--tenant must be <name>=<url>, e.g. acme=jdbc:postgresql://db/acme"
                        + " (the value given is not shown)");
            }
            sources.add(TenantSource.database(name, ConnectionOptions.url(value)));
        });
        if (!discover.isEmpty() && databasePattern == null) {
            throw new IllegalArgumentException("--discover needs --database-pattern (e.g. tenant_%)");
        }
        if (discover.isEmpty() && databasePattern != null) {
            throw new IllegalArgumentException("--database-pattern needs --discover <server-url>");
        }
        discover.forEach(server -> sources.add(TenantSource.discover(ConnectionOptions.url(server), databasePattern)));
        if ((url == null) != (schemaPattern == null)) {
            throw new IllegalArgumentException("--url and --schema-pattern go together: the database and its tenant schemas");
        }
        if (url != null && !connection.schemas.isEmpty()) {
            // Tenant schemas are compared under one canonical name: a filter on real names would hide everything.
            throw new IllegalArgumentException("--schema does not apply to schema-per-tenant tenants (--schema-pattern)");
        }
        if (url != null) {
            sources.add(TenantSource.schemas(ConnectionOptions.url(url), schemaPattern));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no tenants given: use --tenant, --discover with --database-pattern,"
                    + " or --url with --schema-pattern");
        }
        return sources;
    }

    /** The server a source's tenants are on, {@code host:port}: for the report's header, never a credential. */
    private static String server(TenantSource source) {
        if (source instanceof TenantSource.Database d) {
            return d.url().server();
        }
        if (source instanceof TenantSource.Discovery d) {
            return d.server().server();
        }
        if (source instanceof TenantSource.Schemas s) {
            return s.database().server();
        }
        return ((TenantSource.Pooled) source).server();
    }

    private Baseline baseline() {
        if (baseline == null) {
            return Baseline.automatic();
        }
        if (baseline.equals("majority")) {
            return Baseline.majority();
        }
        if (baseline.equals("history")) {
            return Baseline.history();
        }
        if (baseline.startsWith("tenant:") && baseline.length() > "tenant:".length()) {
            return Baseline.tenant(baseline.substring("tenant:".length()));
        }
        if (java.nio.file.Files.isRegularFile(java.nio.file.Path.of(baseline))) {
            return new Baseline.OfCatalog(baseline, CatalogSource.snapshot(java.nio.file.Path.of(baseline)));
        }
        throw new IllegalArgumentException("--baseline must be majority, history, tenant:<name> or an existing snapshot"
                + " file but was '" + baseline + "'");
    }
}
