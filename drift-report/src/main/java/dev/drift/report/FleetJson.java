package dev.drift.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.ObjectKey;
import dev.drift.core.TenantStatus;
import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.fleet.PartialMigration;
import dev.drift.core.fleet.TenantOutcome;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet report as a {@value #FORMAT} JSON document (documented in {@code docs/json-format.md}): the
 * summary and counts, the scan, the baseline, the schemas, the situations (each with the
 * {@code drift-diff/1} document of its first tenant, once however many tenants share it) and every tenant
 * with the number of its situation; after {@code drift fleet --execute}, what it did ({@code execution}, at the
 * top and in each tenant it ran for).
 */
final class FleetJson {

    static final String FORMAT = "drift-fleet/1";

    private FleetJson() {
    }

    static String write(FleetReport report) {
        FleetComparison fleet = report.fleet();
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("summary", fleet.summary());
        ObjectNode counts = root.putObject("counts");
        for (TenantStatus s : TenantStatus.values()) {
            counts.put(s.name(), fleet.count(s));
        }
        counts.put("PARTIAL", fleet.countPartial());
        ObjectNode scan = root.putObject("scan");
        scan.put("time", report.scan().map(s -> s.time().truncatedTo(ChronoUnit.SECONDS).toString()).orElse(null));
        ArrayNode servers = scan.putArray("servers");
        report.scan().ifPresent(s -> s.servers().forEach(servers::add));
        scan.put("driftVersion", FleetReport.driftVersion());
        if (fleet.baseline().isPresent()) {
            FleetComparison.Resolved resolved = fleet.baseline().get();
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("description", resolved.description());
            baseline.put("fingerprint", resolved.fingerprint());
            migrations(baseline.putArray("migrations"), resolved.migrations());
        } else {
            root.putNull("baseline");
        }
        root.put("unresolved", fleet.unresolved().orElse(null));
        root.put("history", fleet.history().map(Enum::name).orElse(null));
        ArrayNode groups = root.putArray("groups");
        for (CatalogGroup g : fleet.groups()) {
            ObjectNode n = groups.addObject();
            n.put("fingerprint", g.fingerprint());
            n.put("baseline", report.isBaseline(g));
            ArrayNode names = n.putArray("tenants");
            g.tenants().forEach(names::add);
        }
        Map<String, Integer> situationOf = new HashMap<>();
        ArrayNode situations = root.putArray("situations");
        for (Situation s : report.situations()) {
            ObjectNode n = situations.addObject();
            n.put("number", s.number());
            n.put("status", s.status().name());
            n.put("partial", s.first().isPartial());
            n.put("why", s.why().isEmpty() ? null : s.why());
            n.put("count", s.size());
            ArrayNode names = n.putArray("tenants");
            s.names().forEach(name -> {
                names.add(name);
                situationOf.put(name, s.number());
            });
            report.diffReport(s).ifPresent(r -> {
                n.put("diffTenant", s.first().tenant());
                n.set("diff", DiffJson.tree(new DiffReport(r.referenceName(), s.first().tenant(), r.diff(), r.script())));
            });
        }
        ArrayNode tenants = root.putArray("tenants");
        for (TenantOutcome t : fleet.tenants()) {
            ObjectNode n = tenants.addObject();
            n.put("tenant", t.tenant());
            n.put("status", t.status().name());
            if (situationOf.containsKey(t.tenant())) {
                n.put("situation", situationOf.get(t.tenant()));
            } else {
                n.putNull("situation");
            }
            n.put("fingerprint", t.fingerprint().orElse(null));
            n.put("catalogFingerprint", t.catalogFingerprint().orElse(null));
            ArrayNode causes = n.putArray("causes");
            t.causes().forEach(c -> causes.add(c.name()));
            String why = report.why(t);
            n.put("why", why.isEmpty() ? null : why);
            migrations(n.putArray("pendingMigrations"), t.pending());
            if (t.partial().isPresent()) {
                partial(n.putObject("partial"), t.partial().get(), t);
            } else {
                n.putNull("partial");
            }
            n.put("fix", report.scripts().containsKey(t.tenant()));
            report.execution().map(e -> e.tenants().get(t.tenant())).ifPresent(x -> {
                ObjectNode e = n.putObject("execution");
                e.put("outcome", x.outcome().name());
                e.put("reason", x.reason().orElse(null));
                ArrayNode applied = e.putArray("applied");
                x.applied().forEach(applied::add);
            });
        }
        report.execution().ifPresent(x -> {
            ObjectNode e = root.putObject("execution");
            e.put("executed", true);
            e.put("canary", x.canary());
            e.put("maxFailures", x.maxFailures().orElse(null));
            e.put("stoppedBy", x.stoppedBy().orElse(null));
            ObjectNode c = e.putObject("counts");
            x.counts().forEach((k, v) -> c.put(k.name(), v));
        });
        return ModelJson.print(root);
    }

    private static void migrations(ArrayNode out, List<MigrationHistory.Migration> migrations) {
        migrations.forEach(m -> out.addObject().put("id", m.id()).put("description", m.description()));
    }

    /** The partly applied migration, its objects in the tenant's own schema names. */
    private static void partial(ObjectNode n, PartialMigration p, TenantOutcome t) {
        n.put("id", p.migration().id());
        n.put("description", p.migration().description());
        n.put("recorded", p.recorded());
        keys(n.putArray("present"), p.present(), t);
        keys(n.putArray("missing"), p.missing(), t);
    }

    private static void keys(ArrayNode out, List<ObjectKey> keys, TenantOutcome t) {
        keys.forEach(k -> {
            ObjectKey real = t.mapping().inverse().apply(k);
            out.addObject().put("kind", real.kind().label()).put("object", real.displayName());
        });
    }
}
