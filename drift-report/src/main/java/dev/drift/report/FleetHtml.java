package dev.drift.report;

import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.Change;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.SchemaDiff;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.TenantStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet report as one self-contained HTML page: inline CSS, no script, no external asset, so it can
 * be mailed, attached to a ticket or opened from a CI artifact as it is. Tenants in the same situation
 * share a row (a fleet of thousands stays readable); the columns are the distinct differences, so which
 * tenants lack what reads at a glance. Every text goes through {@link #escape}.
 */
final class FleetHtml {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d2330;background:#fff}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px}
            .muted{color:#5b6475} code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px}
            .badges span{display:inline-block;margin:6px 6px 0 0;padding:3px 10px;border-radius:12px;font-weight:600}
            .IN_SYNC{background:#dcf5e3;color:#14592b} .BEHIND{background:#fff0c2;color:#6b4d00}
            .AHEAD{background:#dde9ff;color:#173f85} .DIVERGED{background:#ffe0cc;color:#7a2f00}
            .FAILED{background:#ffd6d9;color:#7f0a16}
            table{border-collapse:collapse;margin-top:6px} th,td{border:1px solid #d5d9e0;padding:4px 8px;text-align:left;vertical-align:top} th{vertical-align:bottom}
            th{background:#f3f5f8} th.diff{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;max-height:260px}
            td.cell{text-align:center;font-weight:700} td.missing{background:#fff0c2} td.unexpected{background:#dde9ff}
            td.changed{background:#ffe0cc} pre{background:#f6f8fa;border:1px solid #d5d9e0;padding:10px;overflow:auto;margin:6px 0}
            details{margin:8px 0} summary{cursor:pointer;font-weight:600}
            """;

    private FleetHtml() {
    }

    static String render(FleetReport report) {
        FleetComparison fleet = report.fleet();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Drift fleet report</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>Drift fleet report</h1>\n<p class=\"muted\">").append(escape(fleet.summary()))
                .append("<br>Baseline: ").append(escape(report.baselineLine())).append("</p>\n<div class=\"badges\">");
        for (TenantStatus s : TenantStatus.values()) {
            b.append("<span class=\"").append(s.name()).append("\">").append(fleet.count(s)).append(' ')
                    .append(label(s)).append("</span>");
        }
        b.append("</div>\n");

        b.append("<h2>Schemas</h2>\n<table><tr><th>fingerprint</th><th>tenants</th><th>names</th></tr>\n");
        for (CatalogGroup g : fleet.groups()) {
            b.append("<tr><td><code>").append(escape(g.shortFingerprint())).append("</code>")
                    .append(report.isBaseline(g) ? " (baseline)" : "").append("</td><td>").append(g.tenants().size())
                    .append("</td><td>").append(escape(String.join(", ", g.tenants()))).append("</td></tr>\n");
        }
        b.append("</table>\n");

        List<List<TenantOutcome>> situations = report.situations();
        if (situations.isEmpty()) {
            b.append("<h2>Every tenant matches the baseline</h2>\n");
        } else {
            matrix(b, report, situations);
            fixes(b, report, situations);
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    /** Rows: tenants in the same situation; columns: every distinct difference; cells: how it differs. */
    private static void matrix(StringBuilder b, FleetReport report, List<List<TenantOutcome>> situations) {
        Map<String, String> columns = new TreeMap<>(); // display -> kind label, sorted by object
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<TenantOutcome> same : situations) {
            Map<String, String> cells = new LinkedHashMap<>();
            same.get(0).diffInTenantNames().map(SchemaDiff::changes).orElse(List.of()).forEach(c -> {
                String column = c.key().toString();
                columns.put(column, column);
                cells.put(column, word(c));
            });
            rows.add(cells);
        }
        b.append("<h2>Tenants against differences</h2>\n<p class=\"muted\">+ missing in the tenant · "
                + "− only in the tenant · ~ changed</p>\n<table><tr><th>tenants</th><th>status</th><th>why</th>");
        columns.keySet().forEach(c -> b.append("<th class=\"diff\">").append(escape(c)).append("</th>"));
        b.append("</tr>\n");
        for (int i = 0; i < situations.size(); i++) {
            List<TenantOutcome> same = situations.get(i);
            TenantOutcome t = same.get(0);
            b.append("<tr><td>").append(escape(String.join(", ", same.stream().map(TenantOutcome::tenant).toList())))
                    .append("</td><td><span class=\"").append(t.status().name()).append("\">").append(label(t.status()))
                    .append("</span></td><td>").append(escape(report.why(t))).append("</td>");
            for (String column : columns.keySet()) {
                String word = rows.get(i).get(column);
                if (word == null) {
                    b.append("<td></td>");
                } else {
                    b.append("<td class=\"cell ").append(word).append("\" title=\"").append(word).append("\">")
                            .append(symbol(word)).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void fixes(StringBuilder b, FleetReport report, List<List<TenantOutcome>> situations) {
        b.append("<h2>Fix scripts</h2>\n");
        for (List<TenantOutcome> same : situations) {
            TenantOutcome t = same.get(0);
            FixScript script = report.scripts().get(t.tenant());
            if (script == null) {
                continue;
            }
            String names = String.join(", ", same.stream().map(TenantOutcome::tenant).toList());
            b.append("<details open><summary>").append(escape(names)).append(" — ")
                    .append(script.statements().size()).append(script.statements().size() == 1 ? " statement" : " statements")
                    .append(script.heldBack().isEmpty() ? "" : ", " + script.heldBack().size() + " held back")
                    .append("</summary>\n<pre>").append(escape(script.toSql())).append("</pre></details>\n");
        }
    }

    private static String word(Change c) {
        return c.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String symbol(String word) {
        return switch (word) {
            case "missing" -> "+";
            case "unexpected" -> "−";
            default -> "~";
        };
    }

    private static String label(TenantStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Text as HTML: the five characters that can change markup are replaced. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
