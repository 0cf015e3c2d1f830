package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.PropertyChange;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TerminalText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a diff and its fix script for people (text, Markdown) and for tools (JSON).
 *
 * @param referenceName what to call the reference, e.g. {@code tenant_a}
 * @param targetName    what to call the target
 * @param proof         what proving the script on a scratch copy of the target found; empty when not asked
 */
public record DiffReport(String referenceName, String targetName, SchemaDiff diff, FixScript script,
                         Optional<ProofVerdict> proof) {

    public DiffReport {
        Objects.requireNonNull(proof, "proof");
    }

    /** A report without a proof. */
    public DiffReport(String referenceName, String targetName, SchemaDiff diff, FixScript script) {
        this(referenceName, targetName, diff, script, Optional.empty());
    }

    /** This report with the proof's verdict. */
    public DiffReport withProof(ProofVerdict verdict) {
        return new DiffReport(referenceName, targetName, diff, script, Optional.of(verdict));
    }

    /**
     * Plain text for a terminal. Characters a terminal would act on (escape sequences, carriage returns,
     * bidirectional overrides) are shown escaped ({@link TerminalText}), and a change, hazard or sentence is one
     * line whatever the names in it hold.
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(TerminalText.line(headline())).append('\n');
        for (Change c : diff.changes()) {
            b.append("  ").append(TerminalText.line(c.describe())).append('\n');
        }
        if (!script.statements().isEmpty()) {
            b.append("\nFix for ").append(targetName).append(":\n");
            script.statements().forEach(s -> {
                SqlScriptWriter.boundary(s).ifPresent(note -> b.append("  -- ").append(note).append('\n'));
                s.hazards().forEach(h -> b.append("  -- ").append(TerminalText.line(h.describe())).append('\n'));
                b.append("  ").append(s.toSql().replace("\n", "\n  ")).append('\n');
            });
        }
        heldBack(b, "  ");
        proof.ifPresent(v -> {
            b.append("\nProof: ").append(TerminalText.line(v.headline())).append('\n');
            v.stillToRun().forEach(s -> b.append("  ").append(TerminalText.line(s)).append('\n'));
        });
        return TerminalText.escape(b.toString());
    }

    /**
     * Markdown for a pull request or a ticket, and often read first in a terminal: characters a terminal would act
     * on are shown escaped ({@link TerminalText}), and a table cell is one line whatever a name holds.
     */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### Drift: ").append(Markdown.text(headline())).append("\n\n");
        if (!diff.changes().isEmpty()) {
            b.append("| change | object | details |\n|---|---|---|\n");
            for (Change c : diff.changes()) {
                b.append("| ").append(changeWord(c)).append(" | ")
                        .append(Markdown.tableCode(c.key().kind().label() + ' ' + c.key().displayName())).append(" | ")
                        .append(Markdown.text(details(c))).append(" |\n");
            }
        }
        if (!script.statements().isEmpty()) {
            StringBuilder sql = new StringBuilder();
            script.statements().forEach(s -> {
                SqlScriptWriter.boundary(s).ifPresent(note -> sql.append("-- ").append(note).append('\n'));
                s.hazards().forEach(h -> sql.append("-- ").append(oneLine(h.describe())).append('\n'));
                sql.append(s.toSql()).append('\n');
            });
            b.append("\n#### Fix for ").append(Markdown.text(targetName)).append("\n\n").append(Markdown.fenced("sql", sql.toString()));
        }
        if (!script.heldBack().isEmpty()) {
            StringBuilder sql = new StringBuilder();
            script.heldBack().forEach(s -> {
                s.hazards().forEach(h -> sql.append("-- ").append(oneLine(h.describe())).append('\n'));
                sql.append(s.toSql()).append('\n');
            });
            b.append(script.heldBack().stream().anyMatch(TrustHazards::needsTrust)
                    ? "\n#### Held back (destructive, or granting power or running code)\n\n"
                    : "\n#### Held back (destructive)\n\n").append(Markdown.fenced("sql", sql.toString()));
        }
        if (!script.unsupported().isEmpty()) {
            b.append("\n#### Not fixable by a statement\n\n");
            script.unsupported().forEach(u -> b.append("- ").append(Markdown.text(u)).append('\n'));
        }
        proof.ifPresent(v -> {
            b.append("\n#### Proof\n\n").append(Markdown.text(v.headline())).append('\n');
            if (!v.stillToRun().isEmpty()) {
                b.append('\n').append(Markdown.fenced("sql", String.join("\n", v.stillToRun())));
            }
        });
        return TerminalText.escape(b.toString());
    }

    /**
     * JSON for tools, in the versioned {@code drift-diff/1} format (see {@code docs/json-format.md}): status,
     * both fingerprints, changes, statements with hazards, held-back statements, and the proof when one was asked.
     */
    public String json() {
        return DiffJson.write(this);
    }

    /**
     * The script ({@link FixScript#toSql()}, with its target-fingerprint header) followed, when a proof was asked, by
     * its verdict as one comment line after the script, never inside it: whatever a name or statement in the verdict
     * holds, it cannot end the comment.
     */
    public String sql() {
        String sql = script.toSql();
        return proof.map(v -> sql + (sql.isEmpty() || sql.endsWith("\n") ? "" : "\n") + "-- " + oneLine(v.line())
                + "\n").orElse(sql);
    }

    private String headline() {
        return switch (diff.status()) {
            case IN_SYNC -> targetName + " matches " + referenceName + ": no drift";
            case BEHIND -> targetName + " is BEHIND " + referenceName + " (" + count() + ")";
            case AHEAD -> targetName + " is AHEAD of " + referenceName + " (" + count() + ")";
            case DIVERGED -> targetName + " has DIVERGED from " + referenceName + " (" + count() + ")";
            case FAILED -> targetName + " could not be compared";
        };
    }

    private String count() {
        int n = diff.changes().size();
        return n + (n == 1 ? " difference" : " differences");
    }

    private void heldBack(StringBuilder b, String indent) {
        if (!script.heldBack().isEmpty()) {
            boolean trust = script.heldBack().stream().anyMatch(TrustHazards::needsTrust);
            boolean waiting = script.heldBack().stream().anyMatch(s -> !s.destructive());
            b.append(trust ? "\nHeld back (destructive, granting power or running code from a reference Drift chose, or"
                    + " depending on such a statement; not in the script unless allowed):\n"
                    : waiting ? "\nHeld back (destructive, or part of a destructive change; not in the script unless allowed):\n"
                    : "\nHeld back (destructive, not in the script unless allowed):\n");
            script.heldBack().forEach(s -> {
                s.hazards().forEach(h -> b.append(indent).append("-- ").append(TerminalText.line(h.describe())).append('\n'));
                b.append(indent).append(s.toSql()).append('\n');
            });
        }
        if (!script.unsupported().isEmpty()) {
            b.append("\nNot fixable by a statement:\n");
            script.unsupported().forEach(u -> b.append(indent).append(TerminalText.line(u)).append('\n'));
        }
    }

    /** A comment line stays one line, whatever a name or expression holds. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    private static String changeWord(Change c) {
        return c.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String details(Change c) {
        if (c instanceof Change.Changed changed) {
            return String.join("; ", changed.properties().stream().map(PropertyChange::describe).toList());
        }
        return c instanceof Change.Missing ? "in the reference only" : "in the target only";
    }
}
