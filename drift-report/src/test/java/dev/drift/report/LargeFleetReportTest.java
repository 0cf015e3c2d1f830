package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.core.TenantStatus;
import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports of a 10,000-tenant fleet in 50 situations ({@link SyntheticFleet}). The text report gives
 * each situation less than a screen; the HTML page is left at {@code drift-report/target/fleet-report-10000.html}
 * (and the text beside it) for {@code scripts/screenshot-html-report.sh}. Sizes and line counts are printed
 * (what is measured for the docs), never timed here: drift-bench measures.
 */
class LargeFleetReportTest {

    private static FleetReport report;

    @BeforeAll
    static void scan() {
        List<TenantScan> scans = SyntheticFleet.of(10_000, 50);
        FleetComparison fleet = Fleet.compare(scans, Baseline.history());
        report = FleetReport.of(fleet, PlanOptions.DEFAULTS).withScan(new FleetReport.Scan(
                Instant.parse("2026-12-06T18:30:00Z"), List.of("db1:5432", "db2:5432", "db7:5432", "db8:5432", "db9:5432")));
    }

    @Test
    void tenThousandTenantsFallIntoFiftySituationsWorstFirst() {
        FleetComparison fleet = report.fleet();
        assertThat(fleet.tenants()).hasSize(10_000);
        List<Situation> situations = report.situations();
        assertThat(situations).hasSize(50);
        assertThat(situations.stream().mapToInt(Situation::size).sum())
                .isEqualTo(10_000 - fleet.count(TenantStatus.IN_SYNC));
        // Failures first (one situation per server, the tenant's own name taken out), then the half-applied V3.
        assertThat(situations.subList(0, 3)).allSatisfy(s -> assertThat(s.status()).isEqualTo(TenantStatus.FAILED));
        assertThat(situations.get(0).why()).matches("cannot connect to db\\d:5432/<tenant>: connection refused");
        assertThat(situations.get(3).first().isPartial()).isTrue();
        assertThat(situations.get(3).why()).startsWith("partial: V3 (invoices) is not recorded but partly applied:"
                + " has table public.invoices; lacks column public.orders.invoice_no");
        assertThat(situations).extracting(s -> Situation.rank(s.first())).isSorted();
    }

    @Test
    void theTextReportGivesEachSituationLessThanAScreen() throws IOException {
        String text = report.text();
        List<Integer> perSituation = linesPerSituation(text);
        assertThat(perSituation).hasSize(50);
        int header = text.substring(0, text.indexOf("\nTenants that differ")).split("\n").length;
        System.out.printf("10,000 tenants, 50 situations: text %d lines (%d header), per situation max %d, median %d;"
                        + " %,d characters; markdown %,d; JSON %,d; HTML %,d%n", text.split("\n").length, header,
                perSituation.stream().mapToInt(i -> i).max().orElseThrow(), median(perSituation), text.length(),
                report.markdown().length(), report.json().length(), report.html().length());
        assertThat(perSituation).allSatisfy(lines -> assertThat(lines).isLessThanOrEqualTo(50));
        assertThat(header).isLessThanOrEqualTo(25);
        assertThat(text).containsPattern("\n  and \\d+ more schemas\n")
                .containsPattern("tenant_\\d{5} and \\d+ more: BEHIND - lag: not applied V3 \\(invoices\\)");
        write("fleet-report-10000.txt", text);
    }

    @Test
    void theHtmlPageFoldsTheSituationsAndKeepsEveryName() throws IOException {
        String html = report.html();
        assertThat(html).contains("<h2>Situations against differences</h2>", "<h2>50 situations, worst first (")
                .contains("<th>Servers</th><td>db1:5432, db2:5432, db7:5432, db8:5432, db9:5432</td>")
                .doesNotContain("<h2>Tenants against differences</h2>");
        // Every differing tenant's name is in the page once, in its situation's list.
        report.situations().forEach(s -> assertThat(html).contains(FleetHtml.escape(String.join(", ", s.names()))));
        write("fleet-report-10000.html", html);
    }

    @Test
    void theJsonDocumentListsEveryTenantWithItsSituation() throws IOException {
        JsonNode root = new ObjectMapper().readTree(report.json());
        assertThat(root.get("format").asText()).isEqualTo("drift-fleet/1");
        assertThat(root.get("tenants")).hasSize(10_000);
        assertThat(root.get("situations")).hasSize(50);
        assertThat(root.get("scan").get("time").asText()).isEqualTo("2026-12-06T18:30:00Z");
        assertThat(root.get("counts").get("PARTIAL").asInt()).isEqualTo(report.fleet().countPartial()).isPositive();
        JsonNode partial = root.get("situations").get(3);
        assertThat(partial.get("partial").asBoolean()).isTrue();
        assertThat(partial.get("diff").get("format").asText()).isEqualTo("drift-diff/1");
        String first = partial.get("tenants").get(0).asText();
        for (JsonNode t : root.get("tenants")) {
            if (t.get("tenant").asText().equals(first)) {
                assertThat(t.get("situation").asInt()).isEqualTo(4);
                assertThat(t.get("partial").get("missing").get(0).get("object").asText()).isEqualTo("public.orders.invoice_no");
                assertThat(t.has("execution")).isFalse();
            }
        }
    }

    /** Lines from each situation's first line to the next one's (or the end). */
    static List<Integer> linesPerSituation(String text) {
        String[] lines = text.substring(text.indexOf("\nTenants that differ")).split("\n", -1);
        List<Integer> out = new ArrayList<>();
        int count = 0;
        boolean started = false;
        for (int i = 2; i < lines.length; i++) {
            // A situation starts after a blank line with a line that is not indented.
            if (lines[i - 1].isEmpty() && !lines[i].isEmpty() && !lines[i].startsWith(" ")
                    && lines[i].matches("^[^ ].*: (IN_SYNC|BEHIND|AHEAD|DIVERGED|FAILED).*")) {
                if (started) {
                    out.add(count);
                }
                started = true;
                count = 0;
            }
            count++;
        }
        out.add(count - 1);
        return out;
    }

    private static int median(List<Integer> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void write(String name, String content) throws IOException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
