package dev.drift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.SchemaDiff;
import dev.drift.core.internal.SchemaMapping;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.TenantStatus;
import dev.drift.core.TerminalText;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fleet's report: a summary line, the distinct schemas (groups of tenants), and for each tenant that
 * differs what differs and why, with the fix script that brings it in line. Fix scripts are planned in
 * the tenant's own schema names (the canonical diff is mapped back before planning), once per distinct
 * schema for database-per-tenant fleets.
 *
 * <pre>{@code
 * FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS);
 * System.out.print(report.text());
 * report.scripts().forEach((tenant, script) -> write(tenant + ".sql", script.toSql()));
 * }</pre>
 */
public final class FleetReport {

    /** What the fix scripts and per-tenant reports call the baseline. */
    public static final String BASELINE_NAME = "the baseline";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int NAMES_SHOWN = 10;

    private final FleetComparison fleet;
    private final Map<String, FixScript> scripts;

    private FleetReport(FleetComparison fleet, Map<String, FixScript> scripts) {
        this.fleet = fleet;
        this.scripts = Collections.unmodifiableMap(scripts);
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
            scripts.put(t.tenant(), new FixScript(BASELINE_NAME, t.tenant(), script.statements(), script.heldBack(),
                    script.unsupported()));
        }
        return new FleetReport(fleet, scripts);
    }

    /** One plan serves every tenant with the same schema and the same schema names. */
    private record PlanKey(String fingerprint, SchemaMapping mapping) {
    }

    public FleetComparison fleet() {
        return fleet;
    }

    /** The fix script of each tenant that differs from the baseline, by tenant name. */
    public Map<String, FixScript> scripts() {
        return scripts;
    }

    /** Plain text for a terminal, characters a terminal would act on shown escaped ({@link TerminalText}). */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("Fleet: ").append(fleet.summary()).append('\n');
        b.append("Baseline: ").append(TerminalText.line(baselineLine())).append('\n');
        b.append("\nSchemas (").append(fleet.groups().size()).append("):\n");
        for (CatalogGroup g : fleet.groups()) {
            b.append("  ").append(g.shortFingerprint()).append("  ").append(count(g.tenants().size()))
                    .append(isBaseline(g) ? "  [baseline]" : "").append("  ").append(TerminalText.line(names(g.tenants())))
                    .append('\n');
        }
        long differing = fleet.tenants().size() - fleet.count(TenantStatus.IN_SYNC);
        if (differing > 0) {
            b.append("\nTenants that differ (").append(differing).append("):\n");
        }
        for (List<TenantOutcome> same : situations()) {
            TenantOutcome t = same.get(0);
            b.append("\n").append(TerminalText.line(names(same.stream().map(TenantOutcome::tenant).toList()))).append(": ")
                    .append(t.status());
            String why = why(t);
            b.append(why.isEmpty() ? "" : " - " + TerminalText.line(why)).append('\n');
            diffReport(t, same.size()).ifPresent(r -> b.append(indent(r.text(), "  ")));
        }
        return TerminalText.escape(b.toString());
    }

    /** Markdown for a pull request or a ticket. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("## Drift fleet: ").append(fleet.summary()).append("\n\n");
        b.append("**Baseline:** ").append(escape(baselineLine())).append("\n\n");
        b.append("| schema | tenants | names |\n|---|---|---|\n");
        for (CatalogGroup g : fleet.groups()) {
            b.append("| `").append(g.shortFingerprint()).append('`').append(isBaseline(g) ? " (baseline)" : "")
                    .append(" | ").append(g.tenants().size()).append(" | ").append(escape(names(g.tenants()))).append(" |\n");
        }
        List<List<TenantOutcome>> situations = situations();
        if (!situations.isEmpty()) {
            b.append("\n| tenants | status | why |\n|---|---|---|\n");
            for (List<TenantOutcome> same : situations) {
                TenantOutcome t = same.get(0);
                b.append("| ").append(escape(names(same.stream().map(TenantOutcome::tenant).toList()))).append(" | ")
                        .append(t.status()).append(" | ").append(escape(why(t))).append(" |\n");
            }
        }
        for (List<TenantOutcome> same : situations) {
            diffReport(same.get(0), same.size()).ifPresent(r -> b.append('\n').append(r.markdown()));
        }
        return b.toString();
    }

    /**
     * A self-contained HTML page (no external assets, no script): the summary, the distinct schemas, a
     * matrix of tenants against differences, and each tenant's fix script.
     */
    public String html() {
        return FleetHtml.render(this);
    }

    /** JSON for tools: the summary, counts, baseline, groups, and every tenant (with its diff report when it differs). */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("summary", fleet.summary());
        ObjectNode counts = root.putObject("counts");
        for (TenantStatus s : TenantStatus.values()) {
            counts.put(s.name(), fleet.count(s));
        }
        if (fleet.baseline().isPresent()) {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("description", fleet.baseline().get().description());
            baseline.put("fingerprint", fleet.baseline().get().fingerprint());
        } else {
            root.putNull("baseline");
        }
        root.put("unresolved", fleet.unresolved().orElse(null));
        ArrayNode groups = root.putArray("groups");
        for (CatalogGroup g : fleet.groups()) {
            ObjectNode n = groups.addObject();
            n.put("fingerprint", g.fingerprint());
            n.put("baseline", isBaseline(g));
            ArrayNode names = n.putArray("tenants");
            g.tenants().forEach(names::add);
        }
        ArrayNode tenants = root.putArray("tenants");
        for (TenantOutcome t : fleet.tenants()) {
            ObjectNode n = tenants.addObject();
            n.put("tenant", t.tenant());
            n.put("status", t.status().name());
            n.put("fingerprint", t.fingerprint().orElse(null));
            ArrayNode causes = n.putArray("causes");
            t.causes().forEach(c -> causes.add(c.name()));
            n.put("why", why(t).isEmpty() ? null : why(t));
            ArrayNode pending = n.putArray("pendingMigrations");
            t.pending().forEach(m -> pending.addObject().put("id", m.id()).put("description", m.description()));
            Optional<DiffReport> report = diffReport(t, 1);
            if (report.isPresent()) {
                try {
                    n.set("diff", JSON.readTree(report.get().json()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("DiffReport writes valid JSON", e);
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The tenants that differ, those in the same situation together (same status, schema, schema names
     * and reason), so that a thousand tenants one migration behind read as one entry, not a thousand.
     */
    List<List<TenantOutcome>> situations() {
        Map<Situation, List<TenantOutcome>> out = new LinkedHashMap<>();
        for (TenantOutcome t : fleet.tenants()) {
            if (t.status() != TenantStatus.IN_SYNC) {
                out.computeIfAbsent(new Situation(t.status(), t.fingerprint(), t.mapping(), why(t)),
                        k -> new ArrayList<>()).add(t);
            }
        }
        return List.copyOf(out.values());
    }

    private record Situation(TenantStatus status, Optional<String> fingerprint, SchemaMapping mapping, String why) {
    }

    /** The diff report of a tenant (standing for {@code count} tenants), in its own schema names. */
    private Optional<DiffReport> diffReport(TenantOutcome t, int count) {
        if (!t.needsFix()) {
            return Optional.empty();
        }
        SchemaDiff real = t.diffInTenantNames().orElseThrow();
        return Optional.of(new DiffReport(BASELINE_NAME, count == 1 ? t.tenant() : "each of these " + count + " tenants",
                real, scripts.get(t.tenant())));
    }

    String why(TenantOutcome t) {
        return t.explanation(fleet.history().orElse(MigrationHistory.Tool.FLYWAY));
    }

    String baselineLine() {
        return fleet.baseline().map(FleetComparison.Resolved::description)
                .orElseGet(() -> "none: " + fleet.unresolved().orElse("no baseline"));
    }

    boolean isBaseline(CatalogGroup g) {
        return fleet.baseline().filter(b -> b.fingerprint().equals(g.fingerprint())).isPresent();
    }

    private static String count(int n) {
        return n + (n == 1 ? " tenant " : " tenants");
    }

    private static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }

    private static String indent(String text, String prefix) {
        StringBuilder b = new StringBuilder();
        text.lines().forEach(line -> b.append(line.isEmpty() ? "" : prefix).append(line).append('\n'));
        return b.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
