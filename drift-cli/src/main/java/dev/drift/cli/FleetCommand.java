package dev.drift.cli;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.DiffOptions;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantScan;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.ScanCache;
import dev.drift.jdbc.TenantSource;
import dev.drift.report.FleetReport;
import dev.drift.report.PlanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        FleetReport report = FleetReport.of(fleet, planOptions).withScan(new FleetReport.Scan(started,
                sources.stream().map(FleetCommand::server).toList()));
        String rendered = switch (format) {
            case TEXT -> output.colour(report.text());
            case MARKDOWN -> report.markdown();
            case JSON -> report.json();
            case HTML -> report.html();
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        if (out != null) {
            int written = new FleetOutput(out, force).write(report.scripts(), "summary." + format.extension, rendered);
            output.note(err, "drift: wrote " + written + " fix script" + (written == 1 ? "" : "s") + " and the summary to " + out);
        }
        if (fleet.nothingRead()) {
            err.println("drift: not a single tenant could be read");
            return Main.ERROR;
        }
        return fleet.allInSync() ? Main.NO_DRIFT : Main.DRIFT;
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
