package dev.drift.report;

import dev.drift.core.StatementCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param targetSchema      for a tenant of a schema-per-tenant fleet, its schema: the script's {@code -- drift:schema}
 *                          header, so that {@code drift apply --script} reads (and fingerprints) that schema alone
 *                          without being told; empty for a script of a whole database
 */
public record FixScript(String reference, String target, String targetFingerprint, List<FixStatement> statements,
                        List<FixStatement> heldBack, List<String> unsupported, Optional<String> targetSchema) {

    /** The second line of every {@link #toSql()} text, followed by {@link #targetFingerprint()}. */
    public static final String FINGERPRINT_HEADER = "-- drift:target-fingerprint ";

    /**
     * The third line of a schema-per-tenant tenant's {@link #toSql()} text, followed by its schema's name as
     * {@link #headerName(String)} writes it.
     */
    public static final String SCHEMA_HEADER = "-- drift:schema ";

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
        Objects.requireNonNull(targetSchema, "targetSchema");
        if (targetSchema.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("a target schema's name must not be empty");
        }
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

    /** A script of a whole database (no {@code -- drift:schema} header). */
    public FixScript(String reference, String target, String targetFingerprint, List<FixStatement> statements,
                     List<FixStatement> heldBack, List<String> unsupported) {
        this(reference, target, targetFingerprint, statements, heldBack, unsupported, Optional.empty());
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

    /**
     * The same statements for one tenant of a shared plan (a fleet's group): its name, its own fingerprint (the
     * tenants of a group may differ in what the comparison ignores, e.g. column positions) and its schema.
     */
    FixScript forTenant(String referenceName, String targetName, String fingerprint, Optional<String> schema) {
        return new FixScript(referenceName, targetName, fingerprint, statements, heldBack, unsupported, schema);
    }

    /**
     * A schema's name as the {@link #SCHEMA_HEADER} line holds it: double-quoted with double quotes doubled, as
     * PostgreSQL quotes an identifier, and, if it holds anything but printable ASCII, in PostgreSQL's Unicode
     * escape form ({@code U&"tenant\000A1"}, backslashes doubled). The header is a comment line: a name read from
     * a tenant may hold a line break (which would end the comment and make the rest SQL), a carriage return or
     * U+2028 (line breaks to other readers) or characters that rewrite a terminal; none of them reach the file.
     * {@link #nameInHeader(String)} reads it back.
     */
    public static String headerName(String name) {
        Objects.requireNonNull(name, "name");
        boolean plain = name.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f);
        StringBuilder b = new StringBuilder(plain ? "\"" : "U&\"");
        name.codePoints().forEach(c -> {
            if (c == '"') {
                b.append("\"\"");
            } else if (plain || c >= 0x20 && c < 0x7f && c != '\\') {
                b.appendCodePoint(c);
            } else if (c == '\\') {
                b.append("\\\\");
            } else if (c <= 0xffff) {
                b.append(String.format("\\%04X", c));
            } else {
                b.append(String.format("\\+%06X", c));
            }
        });
        return b.append('"').toString();
    }

    /**
     * The name a {@link #headerName(String)} text stands for.
     *
     * @throws IllegalArgumentException if the text is not exactly one name in one of those two forms
     */
    public static String nameInHeader(String text) {
        Objects.requireNonNull(text, "text");
        boolean escaped = text.startsWith("U&\"");
        int start = escaped ? 3 : 1;
        if (!(escaped || text.startsWith("\"")) || text.length() < start + 2 || !text.endsWith("\"")) {
            throw new IllegalArgumentException("not a double-quoted name");
        }
        String body = text.substring(start, text.length() - 1);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("a character outside printable ASCII in a quoted name");
            } else if (c == '"') {
                if (i + 1 >= body.length() || body.charAt(i + 1) != '"') {
                    throw new IllegalArgumentException("a lone double quote inside a quoted name");
                }
                b.append('"');
                i += 2;
            } else if (c == '\\' && escaped) {
                i = unescape(body, i, b);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** One escape of a {@code U&"..."} name at {@code i}: {@code \\}, {@code \XXXX} or {@code \+XXXXXX}; the index after it. */
    private static int unescape(String body, int i, StringBuilder b) {
        if (body.startsWith("\\\\", i)) {
            b.append('\\');
            return i + 2;
        }
        boolean wide = body.startsWith("\\+", i);
        int from = i + (wide ? 2 : 1);
        int to = from + (wide ? 6 : 4);
        if (to > body.length() || !body.substring(from, to).matches("[0-9A-Fa-f]+")) {
            throw new IllegalArgumentException("a malformed escape in a U&\"...\" name");
        }
        int c = Integer.parseInt(body.substring(from, to), 16);
        if (c == 0 || !Character.isValidCodePoint(c) || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            throw new IllegalArgumentException("an escape of no character in a U&\"...\" name");
        }
        b.appendCodePoint(c);
        return to;
    }
}
