package dev.drift.report;

import dev.drift.core.TenantStatus;
import dev.drift.core.TerminalText;
import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.fleet.FleetComparison;
import java.util.List;

/**
 * The fleet report as text and as Markdown: the summary, the scan, the schemas, then the tenants that
 * differ by situation, worst first. A large fleet's report stays readable at any size: names are folded,
 * schemas capped and each situation's detail cut at {@link FleetReport#DETAIL_LINES} lines, so a
 * situation takes less than a screen however many tenants it holds.
 */
final class FleetText {

    private FleetText() {
    }

    static String text(FleetReport report) {
        FleetComparison fleet = report.fleet();
        StringBuilder b = new StringBuilder();
        b.append("Fleet: ").append(fleet.summary()).append('\n');
        b.append("Baseline: ").append(TerminalText.line(report.baselineLine())).append('\n');
        report.scanLine().ifPresent(s -> b.append("Scanned: ").append(s).append(" · Drift ")
                .append(FleetReport.driftVersion()).append('\n'));
        b.append("\nSchemas (").append(fleet.groups().size()).append("):\n");
        List<CatalogGroup> groups = shownGroups(report);
        for (CatalogGroup g : groups) {
            b.append("  ").append(g.shortFingerprint()).append("  ").append(count(g.tenants().size()))
                    .append(report.isBaseline(g) ? "  [baseline]" : "").append("  ")
                    .append(TerminalText.line(report.names(g.tenants()))).append('\n');
        }
        if (groups.size() < fleet.groups().size()) {
            b.append("  and ").append(fleet.groups().size() - groups.size()).append(" more schemas\n");
        }
        List<Situation> situations = report.situations();
        long differing = fleet.tenants().size() - fleet.count(TenantStatus.IN_SYNC);
        if (differing > 0) {
            b.append("\nTenants that differ (").append(differing).append(")")
                    .append(situations.size() == differing ? "" : ", in " + situations.size() + " situations")
                    .append(situations.size() > 1 ? ", worst first" : "").append(":\n");
        }
        for (Situation s : situations) {
            b.append('\n').append(TerminalText.line(report.names(s.names()))).append(": ").append(s.label())
                    .append(s.why().isEmpty() ? "" : " - " + TerminalText.line(s.why())).append('\n');
            report.diffReport(s).ifPresent(r -> b.append(detail(report, indent(r.text(), "  "), false)));
        }
        // Names read from tenants may hold what a terminal acts on: shown escaped, each name on its line.
        return TerminalText.escape(b.toString());
    }

    static String markdown(FleetReport report) {
        FleetComparison fleet = report.fleet();
        StringBuilder b = new StringBuilder();
        b.append("## Drift fleet: ").append(escape(fleet.summary())).append("\n\n");
        b.append("**Baseline:** ").append(escape(report.baselineLine())).append("\n\n");
        report.scanLine().ifPresent(s -> b.append("**Scanned:** ").append(escape(s)).append(" · Drift ")
                .append(escape(FleetReport.driftVersion())).append("\n\n"));
        b.append("| schema | tenants | names |\n|---|---|---|\n");
        List<CatalogGroup> groups = shownGroups(report);
        for (CatalogGroup g : groups) {
            b.append("| `").append(g.shortFingerprint()).append('`').append(report.isBaseline(g) ? " (baseline)" : "")
                    .append(" | ").append(g.tenants().size()).append(" | ").append(escape(report.names(g.tenants())))
                    .append(" |\n");
        }
        if (groups.size() < fleet.groups().size()) {
            b.append("| … | | and ").append(fleet.groups().size() - groups.size()).append(" more schemas |\n");
        }
        List<Situation> situations = report.situations();
        if (!situations.isEmpty()) {
            b.append("\n| tenants | status | why |\n|---|---|---|\n");
            for (Situation s : situations) {
                b.append("| ").append(escape(report.names(s.names()))).append(" | ").append(s.label()).append(" | ")
                        .append(escape(s.why())).append(" |\n");
            }
        }
        for (Situation s : situations) {
            report.diffReport(s).ifPresent(r -> b.append('\n').append(detail(report, r.markdown(), true)));
        }
        return TerminalText.escape(b.toString());
    }

    /** In a large fleet, the first schemas only; every one in a small fleet. */
    private static List<CatalogGroup> shownGroups(FleetReport report) {
        List<CatalogGroup> all = report.fleet().groups();
        return report.small() || all.size() <= FleetReport.GROUPS_SHOWN ? all : all.subList(0, FleetReport.GROUPS_SHOWN);
    }

    /**
     * A situation's detail; in a large fleet cut after {@link FleetReport#DETAIL_LINES} lines, with a
     * Markdown code block closed if the cut falls inside one.
     */
    static String detail(FleetReport report, String text, boolean markdown) {
        List<String> lines = text.lines().toList();
        if (report.small() || lines.size() <= FleetReport.DETAIL_LINES) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        // The fence of the code block the cut falls in (Markdown.fenced: longer than any backtick run inside).
        String openFence = "";
        for (String line : lines.subList(0, FleetReport.DETAIL_LINES)) {
            String fence = Markdown.openingFence(line);
            if (openFence.isEmpty()) {
                openFence = fence;
            } else if (fence.length() >= openFence.length() && line.strip().equals(fence)) {
                openFence = "";
            }
            b.append(line).append('\n');
        }
        if (!openFence.isEmpty()) {
            b.append(openFence).append('\n');
        }
        int more = lines.size() - FleetReport.DETAIL_LINES;
        b.append(markdown ? "\n" : "  ").append("… ").append(more).append(more == 1 ? " more line" : " more lines")
                .append(" (each tenant's whole script: drift fleet --out <dir>)\n");
        return b.toString();
    }

    private static String count(int n) {
        return n + (n == 1 ? " tenant " : " tenants");
    }

    private static String indent(String text, String prefix) {
        StringBuilder b = new StringBuilder();
        text.lines().forEach(line -> b.append(line.isEmpty() ? "" : prefix).append(line).append('\n'));
        return b.toString();
    }

    private static String escape(String text) {
        return Markdown.text(text);
    }
}
