package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.TableDef;
import dev.drift.core.fleet.TenantScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The HTML fleet report is one self-contained page. The test also leaves the page at
 * {@code drift-report/target/fleet-report.html} for {@code scripts/screenshot-html-report.sh}, which
 * opens it in headless Chromium.
 */
class FleetHtmlTest {

    static FleetReport sampleFleet() {
        TableDef orders = TableDef.of("public", "orders");
        ColumnDef id = ColumnDef.of("public", "orders", "id", 1, "bigint");
        ColumnDef external = ColumnDef.of("public", "orders", "external_id", 2, "text");
        ColumnDef note = ColumnDef.of("public", "orders", "note", 3, "text");
        IndexDef byExternal = new IndexDef(ObjectKey.index("public", "orders", "orders_external_idx"),
                "CREATE INDEX orders_external_idx ON public.orders USING btree (external_id)", Optional.empty());
        List<DbObject> full = List.of(orders, id, external, byExternal);
        List<TenantScan> scans = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            scans.add(TenantScan.Read.of("tenant_" + i, new Catalog("tenant_" + i, 170007, full)));
        }
        scans.add(TenantScan.Read.of("tenant_7", Catalog.of(orders, id)));
        scans.add(TenantScan.Read.of("tenant_8", Catalog.of(orders, id)));
        scans.add(TenantScan.Read.of("<script>alert(1)</script>", Catalog.of(orders, id, external, byExternal, note)));
        scans.add(new TenantScan.Failed("tenant_10", "cannot connect to db9:5432/tenant_10: connection refused"));
        return FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS);
    }

    @Test
    void aSelfContainedPageWithTheMatrixAndTheFixScripts() throws IOException {
        String html = sampleFleet().withScan(new FleetReport.Scan(java.time.Instant.parse("2026-12-06T18:30:00Z"),
                List.of("db1:5432", "db9:5432"))).html();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("10 tenants: 6 in sync, 2 behind, 1 ahead, 0 diverged, 1 failed")
                .contains("<th>Scanned</th><td>2026-12-06T18:30:00Z</td>", "<th>Servers</th><td>db1:5432, db9:5432</td>",
                        "<th>Drift</th><td>development build</td>", "<th>Baseline</th><td>majority schema ")
                .contains("tenant_7, tenant_8", "column public.orders.external_id", "index public.orders.orders_external_idx")
                .contains("ALTER TABLE public.orders ADD COLUMN external_id text;")
                .contains("CREATE INDEX orders_external_idx ON public.orders USING btree (external_id);")
                .contains("connection refused")
                // A small fleet: one matrix row per tenant, in-sync ones too, and the filter.
                .contains("<h2>Tenants against differences</h2>", "<td>tenant_1</td>", "<input id=\"q\" type=\"search\"");
        // Names are escaped, and the page loads nothing from anywhere: its one script is inline, its links
        // are anchors in the page, and its policy forbids any other source.
        assertThat(html).doesNotContain("<script>alert", "src=", "url(", "@import", "http:", "https:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html.split("href=\"", -1)).allSatisfy(part -> assertThat(part).doesNotStartWith("h"));
        assertThat(html).contains("href=\"#s1\"");
        Path page = Path.of("target", "fleet-report.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    @Test
    void theExecuteOutcomeInTheWordsOfTheTextReport() {
        java.util.Map<String, FleetExecution.Tenant> tenants = new java.util.LinkedHashMap<>();
        tenants.put("tenant_7", new FleetExecution.Tenant(FleetExecution.Outcome.APPLIED, Optional.empty(),
                List.of("ALTER TABLE public.orders ADD COLUMN external_id text;")));
        tenants.put("tenant_8", new FleetExecution.Tenant(FleetExecution.Outcome.ROLLED_BACK,
                Optional.of("statement 1 of 1 failed:\n  lock timeout <5s> ran out"), List.of()));
        tenants.put("<img src=x onerror=alert(1)>", new FleetExecution.Tenant(FleetExecution.Outcome.SKIPPED,
                Optional.of("changed since it was read & \"quoted\""), List.of()));
        FleetReport report = sampleFleet().withExecution(new FleetExecution(1, Optional.of(1),
                Optional.of("failure budget <1> reached"), tenants));
        String html = report.html();

        // The same summary line as the text and Markdown reports, and one row per tenant with its reason on one line.
        assertThat(report.text()).contains("Execution: 1 APPLIED, 1 ROLLED_BACK, 1 SKIPPED (stopped: failure budget <1> reached)");
        assertThat(html).contains("<h2>Execution: 1 APPLIED, 1 ROLLED_BACK, 1 SKIPPED (stopped: failure budget &lt;1&gt; reached)</h2>")
                .contains("<tr><td>tenant_7</td><td class=\"nowrap\">APPLIED</td><td></td></tr>")
                .contains("<tr><td>tenant_8</td><td class=\"nowrap\">ROLLED_BACK</td>"
                        + "<td>statement 1 of 1 failed: lock timeout &lt;5s&gt; ran out</td></tr>")
                .contains("<td>&lt;img src=x onerror=alert(1)&gt;</td><td class=\"nowrap\">SKIPPED</td>"
                        + "<td>changed since it was read &amp; &quot;quoted&quot;</td>")
                .doesNotContain("<img");
        assertThat(sampleFleet().withExecution(new FleetExecution(0, Optional.empty(), Optional.empty(),
                java.util.Map.of())).html()).contains("<h2>Execution: nothing to run</h2>");
        assertThat(sampleFleet().html()).doesNotContain("Execution:");
    }
}
