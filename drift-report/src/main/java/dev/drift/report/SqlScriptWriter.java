package dev.drift.report;

import dev.drift.core.SessionSettings;
import java.util.List;
import java.util.Optional;

/** Writes a {@link FixScript} as a psql-ready file. */
final class SqlScriptWriter {
    private SqlScriptWriter() {
    }

    static String write(FixScript script) {
        StringBuilder b = new StringBuilder();
        b.append("-- Drift fix script: makes ").append(oneLine(script.target())).append(" match ")
                .append(oneLine(script.reference())).append('\n');
        // What drift apply --script checks the target against before anything runs (FixScript checked it is hex).
        b.append(FixScript.FINGERPRINT_HEADER).append(script.targetFingerprint()).append('\n');
        // Which schema that fingerprint is of (a tenant schema's name, quoted so that it stays on this line).
        script.targetSchema().ifPresent(s -> b.append(FixScript.SCHEMA_HEADER).append(FixScript.headerName(s)).append('\n'));
        if (script.statements().isEmpty()) {
            b.append("-- Nothing to run.\n");
        } else {
            // How the statements below are read, whatever the target's database or role defaults say.
            b.append(SessionSettings.scriptPreamble());
        }
        List<FixStatement> statements = script.statements();
        int i = 0;
        while (i < statements.size()) {
            int end = i;
            // A block ends before a statement that needs what came before committed (a new enum value).
            while (end < statements.size() && statements.get(end).transactional()
                    && (end == i || !statements.get(end).commitBefore())) {
                end++;
            }
            List<FixStatement> block = statements.subList(i, end);
            boolean wrap = block.size() > 1;
            if (wrap) {
                b.append("BEGIN;\n");
            }
            block.forEach(s -> statement(b, s));
            if (wrap) {
                b.append("COMMIT;\n");
            }
            if (end < statements.size() && !statements.get(end).transactional()) {
                // Cannot run in a transaction block: on its own, after what came before was committed.
                statement(b, statements.get(end));
                end++;
            }
            i = end;
        }
        if (!script.heldBack().isEmpty()) {
            b.append("\n-- Held back: ").append(heldBackSummary(script)).append('\n');
            for (FixStatement s : script.heldBack()) {
                s.hazards().forEach(h -> b.append("--   (").append(oneLine(h.describe())).append(")\n"));
                b.append("--   ").append(oneLine(s.toSql())).append('\n');
            }
        }
        if (!script.unsupported().isEmpty()) {
            b.append("\n-- Not fixable by a statement:\n");
            script.unsupported().forEach(u -> b.append("--   ").append(oneLine(u)).append('\n'));
        }
        return b.toString();
    }

    /**
     * How many statements are held back and why, e.g. {@code 4 statement(s), not run: 1 destructive, 3 dependent
     * on a held one. Allow destructive changes to include them.}
     */
    static String heldBackSummary(FixScript script) {
        List<FixStatement> held = script.heldBack();
        long destructive = held.stream().filter(FixStatement::destructive).count();
        long trust = held.stream().filter(s -> !s.destructive() && TrustHazards.needsTrust(s)).count();
        // A rebuild held because the change it belongs to is held back loses no data itself.
        long waiting = held.size() - destructive - trust;
        if (trust == 0) {
            return waiting == 0 ? held.size() + " destructive statement(s), not run. Allow destructive changes to include them."
                    : held.size() + " statement(s), not run: " + destructive + " destructive, " + waiting
                    + " dependent on a held one. Allow destructive changes to include them.";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (destructive > 0) {
            parts.add(destructive + " destructive");
        }
        parts.add(trust + " that grant power or run code, from a reference Drift chose or whose owner it cannot tell");
        if (waiting > 0) {
            parts.add(waiting + " dependent on a held one");
        }
        return held.size() + " statement(s), not run: " + String.join(", ", parts) + ". Allow "
                + (destructive > 0 ? "destructive changes and " : "") + "privileged statements to include them.";
    }

    private static void statement(StringBuilder b, FixStatement s) {
        if (!s.transactional()) {
            b.append("-- ").append(boundary(s).orElseThrow()).append('\n');
        }
        s.hazards().forEach(h -> b.append("-- ").append(oneLine(h.describe())).append('\n'));
        b.append(s.toSql()).append('\n');
    }

    /**
     * Where a statement stands towards transactions, for the reports: outside any transaction block, or
     * after a commit of what came before; empty for a statement that simply runs in the current transaction.
     */
    static Optional<String> boundary(FixStatement s) {
        if (!s.transactional()) {
            return Optional.of("outside a transaction block (PostgreSQL refuses it inside one):"
                    + " runs on its own, after what came before is committed");
        }
        return s.commitBefore() ? Optional.of("after a COMMIT: what came before must be committed first")
                : Optional.empty();
    }

    /** Comments must stay on one line, whatever a name or expression contains. */
    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }
}
