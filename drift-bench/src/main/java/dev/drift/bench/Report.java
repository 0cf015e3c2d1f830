package dev.drift.bench;

import java.util.ArrayList;
import java.util.List;

/** The results as Markdown: sections with tables, and the targets with what was measured. */
final class Report {

    private record Target(String goal, String measured, boolean met) {
    }

    private final StringBuilder body = new StringBuilder();
    private final List<Target> targets = new ArrayList<>();

    void heading(String text) {
        body.append("\n### ").append(text).append("\n\n");
    }

    void paragraph(String text) {
        body.append(text).append("\n\n");
    }

    void table(List<String> headers, List<List<String>> rows) {
        body.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> body.append("---|"));
        body.append('\n');
        for (List<String> row : rows) {
            body.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        body.append('\n');
    }

    void target(String goal, String measured, boolean met) {
        targets.add(new Target(goal, measured, met));
        Progress.say((met ? "MET     " : "MISSED  ") + goal + ": " + measured);
    }

    String render(String preamble) {
        StringBuilder out = new StringBuilder(preamble).append('\n');
        if (!targets.isEmpty()) {
            out.append("\n### Targets\n\n| target | measured | met |\n|---|---|---|\n");
            for (Target t : targets) {
                out.append("| ").append(t.goal()).append(" | ").append(t.measured()).append(" | ")
                        .append(t.met() ? "yes" : "**no**").append(" |\n");
            }
        }
        return out.append(body).toString();
    }
}
