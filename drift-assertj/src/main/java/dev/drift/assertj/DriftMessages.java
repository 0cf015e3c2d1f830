package dev.drift.assertj;

import dev.drift.core.Change;
import dev.drift.core.SchemaDiff;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;

/** The parts of failure messages: what differs, and the script that fixes it. */
final class DriftMessages {
    private DriftMessages() {
    }

    /** One line per change, indented, in key order. */
    static String differences(SchemaDiff diff) {
        if (diff.isEmpty()) {
            return "  (no differences)\n";
        }
        StringBuilder b = new StringBuilder();
        for (Change c : diff.changes()) {
            b.append("  ").append(c.describe()).append('\n');
        }
        return b.toString();
    }

    /** The differences, then the fix script planned with the default options, ready to run. */
    static String differencesAndFix(SchemaDiff diff) {
        FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
        return differences(diff) + "\nTo bring " + diff.target().database() + " in line with "
                + diff.reference().database() + ", run:\n\n" + script.toSql();
    }

    static String count(SchemaDiff diff) {
        int n = diff.changes().size();
        return n + (n == 1 ? " difference" : " differences");
    }
}
