package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TenantStatus;
import dev.drift.core.TerminalText;
import dev.drift.core.fleet.CatalogGroup;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.internal.SchemaMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fleet report as one self-contained HTML page: inline CSS and script, and a Content-Security-Policy
 * that forbids loading anything, so it can be mailed, attached to a ticket or opened from a CI artifact as
 * it is. It has the scan (time, servers, Drift's version, baseline), the situations worst first with a
 * filter (tenant name, status, object, migration; also from the address: {@code report.html#q=shop_42}),
 * a matrix of tenants (or, in a fleet of more than {@value FleetReport#SMALL_FLEET} tenants, situations)
 * against differences, and each situation's fix script. Every text goes through {@link #escape}.
 *
 * <p>Its size grows with tenants only by their names (each once in its situation, and in the schema list
 * of a small fleet); the filter splits those names once and scans them on each keystroke, which stays
 * well under a frame for ten thousand tenants.
 */
final class FleetHtml {

    /** The matrix's difference columns, at most; the rest are listed in each situation. */
    static final int MATRIX_COLUMNS = 60;
    /** A fix script of up to this many lines is shown open. */
    private static final int OPEN_SCRIPT_LINES = 20;

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d2330;background:#fff}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px} h3{font-size:15px;margin:0 0 6px}
            .muted{color:#5b6475} code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px}
            .badge{display:inline-block;margin:0 4px 0 0;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12.5px;white-space:nowrap}
            .badges .badge{margin:6px 6px 0 0;padding:3px 10px;font-size:14px}
            .IN_SYNC{background:#dcf5e3;color:#14592b} .BEHIND{background:#fff0c2;color:#6b4d00}
            .AHEAD{background:#dde9ff;color:#173f85} .DIVERGED{background:#ffe0cc;color:#7a2f00}
            .FAILED{background:#ffd6d9;color:#7f0a16} .PARTIAL{background:#ecdcff;color:#4b1a85}
            table{border-collapse:collapse;margin-top:6px} th,td{border:1px solid #d5d9e0;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f3f5f8;vertical-align:bottom} th.diff{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;max-height:240px}
            table.meta th{background:none;border:none;padding:1px 12px 1px 0;font-weight:600;vertical-align:top} table.meta td{border:none;padding:1px 0}
            td.cell{text-align:center;font-weight:700;padding:4px 5px} td.missing{background:#fff0c2} td.unexpected{background:#dde9ff}
            td.changed{background:#ffe0cc} td.num{text-align:right} td.nowrap{white-space:nowrap}
            pre{background:#f6f8fa;border:1px solid #d5d9e0;padding:10px;overflow:auto;margin:6px 0;max-height:480px}
            details{margin:6px 0} summary{cursor:pointer;font-weight:600}
            .filter{position:sticky;top:0;background:#fff;padding:10px 0;border-bottom:1px solid #d5d9e0;z-index:1}
            .filter input{font:inherit;padding:5px 9px;width:360px;border:1px solid #aab1bd;border-radius:6px}
            .filter select{font:inherit;padding:4px;border:1px solid #aab1bd;border-radius:6px;margin-left:8px}
            .filter #shown{margin-left:12px}
            section.situation{border:1px solid #d5d9e0;border-radius:8px;padding:12px 14px;margin:12px 0}
            .list{max-height:160px;overflow:auto;color:#3b4354} .hits{color:#4b1a85;font-weight:600}
            ul.changes{margin:4px 0;padding-left:20px} .scroll{overflow-x:auto}
            [hidden]{display:none!important}
            """;

    /**
     * The filter. Each filterable element carries its status ({@code data-status}) and its lower-cased text
     * ({@code data-f}); a situation's tenant names are split once from its list. An overview row follows its
     * situation ({@code data-s}).
     */
    private static final String SCRIPT = """
            (function(){
            var q=document.getElementById('q'),st=document.getElementById('st'),shown=document.getElementById('shown');
            var secs=[].map.call(document.querySelectorAll('section.situation'),function(s){
              var l=s.querySelector('.list');return {el:s,n:s.id.slice(1),hits:s.querySelector('.hits'),
              names:l?l.textContent.split(', '):[],lower:l?l.textContent.toLowerCase().split(', '):[]};});
            var rows=[].slice.call(document.querySelectorAll('[data-f]:not(section)'));
            var linked=[].slice.call(document.querySelectorAll('[data-s]'));
            function match(el,term,status){return (!status||(' '+el.getAttribute('data-status')+' ').indexOf(' '+status+' ')>=0)
              &&(!term||el.getAttribute('data-f').indexOf(term)>=0);}
            function run(){
              var term=q.value.trim().toLowerCase(),status=st.value,visible={},count=0,tenants=0;
              secs.forEach(function(s){
                var ok=match(s.el,'',status),found=[];
                if(ok&&term&&s.el.getAttribute('data-f').indexOf(term)<0){
                  for(var i=0;i<s.lower.length;i++){if(s.lower[i].indexOf(term)>=0){found.push(s.names[i]);}}
                  ok=found.length>0;}
                s.el.hidden=!ok;if(ok){visible[s.n]=1;count++;tenants+=found.length||s.names.length;}
                s.hits.textContent=found.length?found.length+' matching: '+found.slice(0,20).join(', ')+(found.length>20?', \\u2026':''):'';
              });
              linked.forEach(function(r){r.hidden=!visible[r.getAttribute('data-s')];});
              rows.forEach(function(r){if(!r.hasAttribute('data-s')){r.hidden=!match(r,term,status);}});
              shown.textContent=(term||status)?count+' of '+secs.length+' situations, '+tenants+' tenants':'';
            }
            q.addEventListener('input',run);st.addEventListener('change',run);
            var h=/[#&]q=([^&]*)/.exec(location.hash);if(h){q.value=decodeURIComponent(h[1]);run();}
            })();
            """;

    private FleetHtml() {
    }

    static String render(FleetReport report) {
        FleetComparison fleet = report.fleet();
        List<Situation> situations = report.situations();
        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
                .append(" script-src 'unsafe-inline'\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Drift fleet report</title><style>").append(STYLE).append("</style></head><body>\n");
        header(b, report);
        report.execution().ifPresent(e -> execution(b, e));
        if (situations.isEmpty()) {
            b.append("<h2>Every tenant matches the baseline</h2>\n");
        } else {
            filter(b, situations);
            overview(b, situations);
            matrix(b, report, situations);
            details(b, report, situations);
        }
        schemas(b, report);
        if (!situations.isEmpty()) {
            b.append("<script>").append(SCRIPT).append("</script>\n");
        }
        b.append("</body></html>\n");
        // A page printed to a terminal (no -o) must not act on it either: control characters in names shown escaped.
        return TerminalText.escape(b.toString());
    }

    private static void header(StringBuilder b, FleetReport report) {
        FleetComparison fleet = report.fleet();
        b.append("<h1>Drift fleet report</h1>\n<p class=\"muted\">").append(escape(fleet.summary())).append("</p>\n")
                .append("<div class=\"badges\">");
        for (TenantStatus s : TenantStatus.values()) {
            b.append("<span class=\"badge ").append(s.name()).append("\">").append(fleet.count(s)).append(' ')
                    .append(label(s.name())).append("</span>");
        }
        if (fleet.countPartial() > 0) {
            b.append("<span class=\"badge PARTIAL\">").append(fleet.countPartial()).append(" partial</span>");
        }
        b.append("</div>\n<table class=\"meta\">");
        meta(b, "Baseline", report.baselineLine());
        report.scan().ifPresentOrElse(scan -> {
            meta(b, "Scanned", scan.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            meta(b, "Servers", scan.servers().isEmpty() ? "not given" : String.join(", ", scan.servers()));
        }, () -> meta(b, "Scanned", "not given"));
        meta(b, "Drift", FleetReport.driftVersion());
        b.append("</table>\n");
    }

    /** What {@code fleet --execute} did, in the words of the text and Markdown reports: the counts, then each tenant. */
    private static void execution(StringBuilder b, FleetExecution execution) {
        b.append("<h2>").append(escape(execution.summary())).append("</h2>\n");
        if (execution.tenants().isEmpty()) {
            return;
        }
        b.append("<table><tr><th>tenant</th><th>outcome</th><th>reason</th></tr>\n");
        execution.tenants().forEach((name, t) -> b.append("<tr><td>").append(escape(name)).append("</td><td class=\"nowrap\">")
                .append(t.outcome().name()).append("</td><td>").append(escape(t.reason().map(FleetExecution::oneLine).orElse("")))
                .append("</td></tr>\n"));
        b.append("</table>\n");
    }

    private static void meta(StringBuilder b, String name, String value) {
        b.append("<tr><th>").append(name).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static void filter(StringBuilder b, List<Situation> situations) {
        b.append("<div class=\"filter\"><input id=\"q\" type=\"search\" placeholder=\"Filter: tenant, object, migration, reason\"")
                .append(" aria-label=\"Filter\"><select id=\"st\" aria-label=\"Status\"><option value=\"\">any status</option>");
        TreeSet<String> present = new TreeSet<>();
        situations.forEach(s -> present.add(s.status().name()));
        for (TenantStatus s : TenantStatus.values()) {
            if (present.contains(s.name())) {
                b.append("<option value=\"").append(s.name()).append("\">").append(label(s.name())).append("</option>");
            }
        }
        if (situations.stream().anyMatch(s -> s.first().isPartial())) {
            b.append("<option value=\"PARTIAL\">partial</option>");
        }
        b.append("</select><span id=\"shown\" class=\"muted\"></span></div>\n");
    }

    private static void overview(StringBuilder b, List<Situation> situations) {
        int tenants = situations.stream().mapToInt(Situation::size).sum();
        b.append("<h2>").append(situations.size()).append(situations.size() == 1 ? " situation" : " situations")
                .append(", worst first (").append(tenants).append(tenants == 1 ? " tenant" : " tenants").append(" differ)</h2>\n")
                .append("<table><tr><th>#</th><th>status</th><th>tenants</th><th>why</th><th>what differs</th></tr>\n");
        for (Situation s : situations) {
            List<Change> changes = s.first().diffInTenantNames().map(SchemaDiff::changes).orElse(List.of());
            String differs = changes.stream().limit(2).map(Change::describe).collect(Collectors.joining("; "))
                    + (changes.size() > 2 ? "; and " + (changes.size() - 2) + " more" : "");
            b.append("<tr data-s=\"").append(s.number()).append("\"><td><a href=\"#s").append(s.number()).append("\">")
                    .append(s.number()).append("</a></td><td class=\"nowrap\">").append(badges(s.first()))
                    .append("</td><td class=\"num\">").append(s.size()).append("</td><td>").append(escape(s.why()))
                    .append("</td><td>").append(escape(differs)).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /**
     * Rows: every tenant of a small fleet, or every situation of a larger one; columns: the distinct
     * differences (at most {@value #MATRIX_COLUMNS}); cells: how the row differs there.
     */
    private static void matrix(StringBuilder b, FleetReport report, List<Situation> situations) {
        // Canonical keys, in catalog order: a schema-per-tenant fleet's tenants share a column whatever their
        // schema is called.
        Map<ObjectKey, String> columns = new java.util.TreeMap<>();
        List<Map<String, String>> cells = new ArrayList<>();
        for (Situation s : situations) {
            Map<String, String> row = new LinkedHashMap<>();
            s.first().diff().map(SchemaDiff::changes).orElse(List.of()).forEach(c -> {
                String column = c.key().toString().replace(SchemaMapping.TENANT_SCHEMA + ".", "<tenant>.");
                columns.put(c.key(), column);
                row.put(column, word(c));
            });
            cells.add(row);
        }
        if (columns.isEmpty()) {
            return;
        }
        List<String> shown = columns.values().stream().limit(MATRIX_COLUMNS).toList();
        boolean perTenant = report.small();
        b.append("<h2>").append(perTenant ? "Tenants" : "Situations").append(" against differences</h2>\n<p class=\"muted\">")
                .append("+ missing in the tenant · − only in the tenant · ~ changed")
                .append(columns.size() > shown.size() ? " · " + (columns.size() - shown.size())
                        + " more differences are listed in their situations" : "")
                .append("</p>\n<div class=\"scroll\"><table><tr><th>").append(perTenant ? "tenant" : "#")
                .append("</th><th>status</th>").append(perTenant ? "" : "<th>tenants</th>");
        shown.forEach(c -> b.append("<th class=\"diff\" title=\"").append(escape(c)).append("\">").append(escape(c)).append("</th>"));
        b.append("</tr>\n");
        if (perTenant) {
            Map<String, Integer> situationOf = new java.util.HashMap<>();
            situations.forEach(s -> s.names().forEach(n -> situationOf.put(n, s.number())));
            for (TenantOutcome t : report.fleet().tenants()) {
                Integer n = situationOf.get(t.tenant());
                Map<String, String> row = n == null ? Map.of() : cells.get(n - 1);
                b.append("<tr data-f=\"").append(escape((t.tenant() + " " + t.label() + " " + report.why(t)).toLowerCase(Locale.ROOT)))
                        .append("\" data-status=\"").append(statuses(t)).append("\"><td>")
                        .append(n == null ? escape(t.tenant()) : "<a href=\"#s" + n + "\">" + escape(t.tenant()) + "</a>")
                        .append("</td><td>").append(badges(t)).append("</td>");
                cellsOf(b, row, shown);
                b.append("</tr>\n");
            }
        } else {
            for (Situation s : situations) {
                b.append("<tr data-s=\"").append(s.number()).append("\"><td><a href=\"#s").append(s.number()).append("\">")
                        .append(s.number()).append("</a></td><td>").append(badges(s.first())).append("</td><td class=\"num\">")
                        .append(s.size()).append("</td>");
                cellsOf(b, cells.get(s.number() - 1), shown);
                b.append("</tr>\n");
            }
        }
        b.append("</table></div>\n");
    }

    private static void cellsOf(StringBuilder b, Map<String, String> row, List<String> columns) {
        for (String column : columns) {
            String word = row.get(column);
            if (word == null) {
                b.append("<td></td>");
            } else {
                b.append("<td class=\"cell ").append(word).append("\" title=\"").append(word).append("\">")
                        .append(symbol(word)).append("</td>");
            }
        }
    }

    private static void details(StringBuilder b, FleetReport report, List<Situation> situations) {
        b.append("<h2>Situations</h2>\n");
        for (Situation s : situations) {
            TenantOutcome t = s.first();
            List<Change> changes = t.diffInTenantNames().map(SchemaDiff::changes).orElse(List.of());
            String text = (s.label() + " " + s.why() + " "
                    + changes.stream().map(Change::describe).collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
            b.append("<section class=\"situation\" id=\"s").append(s.number()).append("\" data-status=\"")
                    .append(statuses(t)).append("\" data-f=\"").append(escape(text)).append("\">\n<h3>#")
                    .append(s.number()).append(' ').append(badges(t)).append(' ').append(s.size())
                    .append(s.size() == 1 ? " tenant" : " tenants").append("</h3>\n");
            if (!s.why().isEmpty()) {
                b.append("<p>").append(escape(s.why())).append("</p>\n");
            }
            b.append("<details").append(s.size() <= 20 ? " open" : "").append("><summary>").append(s.size() == 1
                    ? "Tenant" : "The " + s.size() + " tenants").append("</summary><div class=\"list\">")
                    .append(escape(String.join(", ", s.names()))).append("</div></details>\n<p class=\"hits\"></p>\n");
            if (!changes.isEmpty()) {
                b.append("<ul class=\"changes\">");
                changes.forEach(c -> b.append("<li>").append(escape(c.describe())).append("</li>"));
                b.append("</ul>\n");
            }
            FixScript script = report.scripts().get(t.tenant());
            if (script != null) {
                String sql = script.toSql();
                b.append("<details").append(sql.lines().count() <= OPEN_SCRIPT_LINES ? " open" : "").append("><summary>Fix script")
                        .append(s.size() > 1 ? " of " + escape(t.tenant()) + " (each tenant's own names its schema)" : "")
                        .append(" — ").append(script.statements().size())
                        .append(script.statements().size() == 1 ? " statement" : " statements")
                        .append(script.heldBack().isEmpty() ? "" : ", " + script.heldBack().size() + " held back")
                        .append("</summary>\n<pre>").append(escape(sql)).append("</pre></details>\n");
            }
            b.append("</section>\n");
        }
    }

    private static void schemas(StringBuilder b, FleetReport report) {
        b.append("<h2>Schemas</h2>\n<table><tr><th>fingerprint</th><th>tenants</th><th>names</th></tr>\n");
        for (CatalogGroup g : report.fleet().groups()) {
            b.append("<tr><td><code>").append(escape(g.shortFingerprint())).append("</code>")
                    .append(report.isBaseline(g) ? " (baseline)" : "").append("</td><td class=\"num\">").append(g.tenants().size())
                    .append("</td><td>").append(escape(report.names(g.tenants()))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The status badge, and the PARTIAL one when a migration is applied in part. */
    private static String badges(TenantOutcome t) {
        String status = "<span class=\"badge " + t.status().name() + "\">" + label(t.status().name()) + "</span>";
        return t.isPartial() ? status + "<span class=\"badge PARTIAL\">partial</span>" : status;
    }

    private static String statuses(TenantOutcome t) {
        return t.isPartial() ? t.status().name() + " PARTIAL" : t.status().name();
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

    private static String label(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
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
