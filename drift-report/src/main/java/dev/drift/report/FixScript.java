package dev.drift.report;

import dev.drift.core.StatementCheck;
import java.util.List;
import java.util.Objects;

/**
 * The planned fix for one target: the statements to run, in order, and the statements held back because
 * the caller did not allow destructive changes (the destructive ones and those that depend on them).
 *
 * @param reference         a name for the reference (for the script's header)
 * @param target            a name for the target
 * @param targetFingerprint the fingerprint of the target's catalog the script was planned against
 *                          ({@code Catalog.fingerprint()} of the diff's target, as read), lowercase hex: the
 *                          script's {@code -- drift:target-fingerprint} header, by which {@code drift apply --script}
 *                          refuses a target that has changed since
 * @param statements        what to run, in order
 * @param heldBack          destructive statements left out, and the statements of a change that is held back
 *                          for one of them (e.g. a rebuild's re-creation), in the order they would have run
 * @param unsupported       differences no statement can fix (e.g. column order), each a sentence
 */
public record FixScript(String reference, String target, String targetFingerprint, List<FixStatement> statements,
                        List<FixStatement> heldBack, List<String> unsupported) {

    /** The second line of every {@link #toSql()} text, followed by {@link #targetFingerprint()}. */
    public static final String FINGERPRINT_HEADER = "-- drift:target-fingerprint ";

    /**
     * @throws IllegalArgumentException if a statement (to run or held back) fails {@link StatementCheck}: more
     *                                  than one statement, transaction control, a psql meta-command, or not a
     *                                  statement of the kind planned for its subject; or if the fingerprint is
     *                                  not lowercase hex. A script that exists is safe to print and to run.
     */
    public FixScript {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetFingerprint, "targetFingerprint");
        if (!targetFingerprint.matches("[0-9a-f]{1,128}")) {
            // It is printed on a header line: nothing but hex may end up there.
            throw new IllegalArgumentException("a catalog fingerprint is lowercase hex, not '"
                    + targetFingerprint.replace("\r", " ").replace("\n", " ") + "'");
        }
        statements = List.copyOf(statements);
        heldBack = List.copyOf(heldBack);
        unsupported = List.copyOf(unsupported);
        check(statements, "statement");
        check(heldBack, "held-back statement");
    }

    private static void check(List<FixStatement> statements, String what) {
        for (int i = 0; i < statements.size(); i++) {
            FixStatement s = statements.get(i);
            StatementCheck.require(s.sql(), s.subject().kind(), what + " " + (i + 1) + " (" + s.subject() + ")");
        }
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The statements alone, each with its semicolon, in order. */
    public List<String> sqlStatements() {
        return statements.stream().map(FixStatement::toSql).toList();
    }

    /**
     * The script as a file {@code psql -v ON_ERROR_STOP=1 -f} runs as it is, and {@code drift apply --script}
     * applies as it is: a header (what it makes match what, then {@code -- drift:target-fingerprint <hex>}),
     * the session settings, hazards as comments before their statement, several transactional statements
     * wrapped in one transaction (a single statement is atomic on its own), and the held-back statements as
     * comments only.
     */
    public String toSql() {
        return SqlScriptWriter.write(this);
    }

    /** The same script for another target name (a fleet tenant of a shared plan), with the same fingerprint. */
    FixScript named(String referenceName, String targetName) {
        return new FixScript(referenceName, targetName, targetFingerprint, statements, heldBack, unsupported);
    }
}
