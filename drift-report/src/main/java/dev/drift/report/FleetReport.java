package dev.drift.report;

import dev.drift.core.SchemaDiff;
import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.internal.SchemaMapping;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fleet's report: a summary line, the distinct schemas (groups of tenants), and the tenants that differ
 * grouped by {@linkplain Situation situation}, worst first, each with what differs and why and the fix
 * script that brings it in line. Fix scripts are planned in the tenant's own schema names (the canonical
 * diff is mapped back before planning), once per distinct schema for database-per-tenant fleets.
 *
 * <p>A fleet of up to {@value #SMALL_FLEET} tenants is small: its reports name every tenant of a situation,
 * show every situation in full, and the HTML page has one matrix row per tenant. A larger fleet's reports
 * fold the names of a situation after {@value #NAMES_SHOWN} ({@code and 690 more}: JSON and the HTML page
 * keep them all), list at most {@value #GROUPS_SHOWN} schemas, show at most {@value #DETAIL_LINES} lines of
 * detail per situation in text and Markdown (the scripts are whole with {@code --out}), and the HTML matrix
 * has one row per situation.
 *
 * <pre>{@code
 * FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS)
 *         .withScan(new FleetReport.Scan(startedAt, List.of("db1:5432")));
 * System.out.print(report.text());
 * report.scripts().forEach((tenant, script) -> write(tenant + ".sql", script.toSql()));
 * }</pre>
 */
public final class FleetReport {

    /** What the fix scripts and per-tenant reports call the baseline. */
    public static final String BASELINE_NAME = "the baseline";

    /** Up to this many tenants a fleet is small: every name shown, one HTML matrix row per tenant. */
    public static final int SMALL_FLEET = 50;
    /** In a larger fleet, the names shown per situation or schema before {@code and N more}. */
    static final int NAMES_SHOWN = 10;
    /** In a larger fleet, the schemas listed in text and Markdown. */
    static final int GROUPS_SHOWN = 10;
    /** In a larger fleet, the lines of detail (differences, fix, held back) per situation in text and Markdown. */
    static final int DETAIL_LINES = 40;

    /**
     * When and where the fleet was read, for the report's header.
     *
     * @param time    when the scan started
     * @param servers the servers read ({@code host:port}, never a user or password)
     */
    public record Scan(Instant time, List<String> servers) {
        public Scan {
            Objects.requireNonNull(time, "time");
            servers = servers.stream().distinct().sorted().toList();
        }
    }

    private final FleetComparison fleet;
    private final Map<String, FixScript> scripts;
    private final Optional<Scan> scan;
    private final Optional<FleetExecution> execution;
    private final List<Situation> situations;

    private FleetReport(FleetComparison fleet, Map<String, FixScript> scripts, Optional<Scan> scan,
                        Optional<FleetExecution> execution) {
        this.fleet = fleet;
        this.scripts = Collections.unmodifiableMap(scripts);
        this.scan = scan;
        this.execution = execution;
        this.situations = Situation.of(fleet);
    }

    /**
     * Plans the fix of every tenant that differs from the baseline. A baseline Drift chose from the tenants (not
     * {@linkplain FleetComparison.Resolved#named() named}) is an untrusted reference: its statements that grant
     * power or run code are held back unless {@link PlanOptions#allowPrivileged()} (see docs/security.md).
     */
    public static FleetReport of(FleetComparison fleet, PlanOptions options) {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(options, "options");
        if (fleet.baseline().filter(b -> !b.named()).isPresent()) {
            options = options.withUntrustedReference(true);
        }
        PlanOptions planOptions = options;
        Map<String, FixScript> scripts = new TreeMap<>();
        Map<PlanKey, FixScript> planned = new HashMap<>();
        for (TenantOutcome t : fleet.tenants()) {
            if (!t.needsFix()) {
                continue;
            }
            FixScript script = planned.computeIfAbsent(new PlanKey(t.fingerprint().orElseThrow(), t.mapping()),
                    k -> FixPlanner.plan(t.diffInTenantNames().orElseThrow(), planOptions));
            // One plan per group and schema names, but each tenant's script carries the tenant's own fingerprint (a
            // group ignores column positions; apply compares them) and, for a tenant schema, which schema it is of.
            scripts.put(t.tenant(), script.forTenant(BASELINE_NAME, t.tenant(), t.catalogFingerprint().orElseThrow(),
                    t.schema()));
        }
        return new FleetReport(fleet, scripts, Optional.empty(), Optional.empty());
    }

    /** The same report, with when and where the fleet was read in its header. */
    public FleetReport withScan(Scan scan) {
        return new FleetReport(fleet, scripts, Optional.of(scan), execution);
    }

    /** The same report, with what {@code drift fleet --execute} did. */
    public FleetReport withExecution(FleetExecution value) {
        return new FleetReport(fleet, scripts, scan, Optional.of(value));
    }

    public Optional<FleetExecution> execution() {
        return execution;
    }

    /** One plan serves every tenant with the same schema and the same schema names. */
    private record PlanKey(String fingerprint, SchemaMapping mapping) {
    }

    public FleetComparison fleet() {
        return fleet;
    }

    /**
     * The fix script of each tenant that differs from the baseline, by tenant name; its {@link FixScript#toSql()}
     * carries the tenant's own fingerprint as the scan read it ({@link TenantOutcome#catalogFingerprint()}) and, for a
     * tenant schema, the schema's name, so {@code drift apply --script} runs it as written.
     */
    public Map<String, FixScript> scripts() {
        return scripts;
    }

    public Optional<Scan> scan() {
        return scan;
    }

    /** Plain text for a terminal, characters a terminal would act on shown escaped (see {@code FleetText}). */
    public String text() {
        return FleetText.text(this) + execution.map(e -> dev.drift.core.TerminalText.escape(e.section(false))).orElse("");
    }

    /** Markdown for a pull request or a ticket. */
    public String markdown() {
        return FleetText.markdown(this) + execution.map(e -> e.section(true)).orElse("");
    }

    /**
     * A self-contained HTML page (inline style and script, nothing loaded from anywhere): the summary, the
     * scan, the situations with a filter, a matrix of tenants (or, in a large fleet, situations) against
     * differences, and each situation's fix script.
     */
    public String html() {
        return FleetHtml.render(this);
    }

    /** JSON for tools, in the {@code drift-fleet/1} format ({@code docs/json-format.md}). */
    public String json() {
        return FleetJson.write(this);
    }

    /** The tenants that differ, by situation, worst first. */
    List<Situation> situations() {
        return situations;
    }

    /** Whether the fleet is small enough to name every tenant and show every detail. */
    boolean small() {
        return fleet.tenants().size() <= SMALL_FLEET;
    }

    /** The diff report of a situation's first tenant (standing for all of them), in its own schema names. */
    Optional<DiffReport> diffReport(Situation s) {
        TenantOutcome t = s.first();
        if (!t.needsFix()) {
            return Optional.empty();
        }
        SchemaDiff real = t.diffInTenantNames().orElseThrow();
        return Optional.of(new DiffReport(BASELINE_NAME, s.size() == 1 ? t.tenant() : "each of these " + s.size() + " tenants",
                real, scripts.get(t.tenant())));
    }

    String why(TenantOutcome t) {
        return t.explanation(tool());
    }

    MigrationHistory.Tool tool() {
        return fleet.history().orElse(MigrationHistory.Tool.FLYWAY);
    }

    String baselineLine() {
        return fleet.baseline().map(FleetComparison.Resolved::description)
                .orElseGet(() -> "none: " + fleet.unresolved().orElse("no baseline"));
    }

    boolean isBaseline(CatalogGroup g) {
        return fleet.baseline().filter(b -> b.fingerprint().equals(g.fingerprint())).isPresent();
    }

    /** {@code 2026-12-06T18:30:00Z on db1:5432, db2:5432}, or empty when the caller did not say. */
    Optional<String> scanLine() {
        return scan.map(s -> s.time().truncatedTo(ChronoUnit.SECONDS) + (s.servers().isEmpty() ? ""
                : " on " + String.join(", ", s.servers())));
    }

    /** Drift's version, from the jar's manifest; {@code development build} when run from classes. */
    static String driftVersion() {
        String v = FleetReport.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** Every name in a small fleet; in a larger one the first {@value #NAMES_SHOWN} and how many more. */
    String names(List<String> names) {
        if (small() || names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
