package dev.drift.apply;

import dev.drift.core.SessionSettings;
import dev.drift.core.StatementCheck;
import dev.drift.report.FixScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A saved fix script ({@code drift diff --format sql > fix.sql}), read back as steps for the runner.
 * Statements are split as psql splits them ({@link StatementCheck#split}), and each must pass
 * {@link StatementCheck}: one DDL statement of a kind Drift plans, no psql meta-command; anything else is
 * refused, naming the line, before anything runs; so is, in a tenant schema's script (a {@code -- drift:schema}
 * header), a statement that changes anything outside that schema ({@link StatementCheck#outsideSchema}). Whether a
 * statement may run in a transaction is told
 * from its text, since psql scripts do not say.
 *
 * <p>The script's own transaction boundaries become commit points of the steps
 * ({@link ApplyStep#commitBefore()}), so the runner commits where the script does: the first statement of
 * a {@code BEGIN} block and the first statement after a {@code COMMIT} start a new transaction, and so does
 * the first transactional statement after one that cannot run in a transaction. Statements outside any
 * block, which psql would commit one by one, run together in one transaction (all or nothing), except where
 * a commit is needed: after {@code ALTER TYPE ... ADD VALUE} (a new enum value cannot be used before it
 * commits) and before {@code VALIDATE CONSTRAINT} (the lock of adding the constraint is released before the
 * scan). A script Drift wrote is therefore run in exactly the transactions it was planned with. The
 * {@code SET}s of its preamble ({@link SessionSettings#WRITE}) are left out: every session of the runner sets
 * them itself.
 *
 * @param targetFingerprint the {@code -- drift:target-fingerprint} header, if the script has one (read, like the
 *                          schema header, only among the comment lines the file starts with)
 * @param schema            the {@code -- drift:schema} header of a tenant schema's script (read only among the
 *                          comment lines the file starts with, never from inside a statement), if it has one
 * @param steps             the statements in order
 */
record ScriptFile(Optional<String> targetFingerprint, Optional<String> schema, List<ApplyStep> steps) {

    /** Statements PostgreSQL refuses to run inside a transaction block. */
    private static final Pattern NON_TRANSACTIONAL = Pattern.compile("(?is)^(?:"
            + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b"
            + "|DROP\\s+INDEX\\s+CONCURRENTLY\\b"
            + "|REINDEX\\b.*\\bCONCURRENTLY\\b"
            + "|ALTER\\s+TABLE\\b.*\\bDETACH\\s+PARTITION\\b.*\\bCONCURRENTLY\\b"
            + "|VACUUM\\b|CREATE\\s+DATABASE\\b|DROP\\s+DATABASE\\b|ALTER\\s+SYSTEM\\b"
            + "|CREATE\\s+TABLESPACE\\b|DROP\\s+TABLESPACE\\b).*");

    /** {@code ALTER TYPE ... ADD VALUE}: the new value is usable only after a commit. */
    private static final Pattern ADDS_ENUM_VALUE = Pattern.compile("(?is)^ALTER\\s+TYPE\\b.*\\bADD\\s+VALUE\\b.*");
    /** {@code ALTER TABLE ... VALIDATE CONSTRAINT}: run after a commit, as the script wrote it apart. */
    private static final Pattern VALIDATES = Pattern.compile("(?is)^ALTER\\s+TABLE\\b.*\\bVALIDATE\\s+CONSTRAINT\\b.*");

    ScriptFile {
        Objects.requireNonNull(targetFingerprint, "targetFingerprint");
        Objects.requireNonNull(schema, "schema");
        steps = List.copyOf(steps);
    }

    /**
     * The schema a script's {@code -- drift:schema} header names, read from the comment lines it starts with
     * (a statement's text, e.g. a function body copied from a tenant, cannot name one).
     *
     * @throws IllegalArgumentException if the header is malformed or the script names two different schemas
     */
    static Optional<String> schema(String text, String name) {
        String prefix = FixScript.SCHEMA_HEADER.strip();
        List<String> names = new ArrayList<>();
        for (String value : headers(text, prefix)) {
            try {
                names.add(FixScript.nameInHeader(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": the " + prefix + " header must hold one double-quoted"
                        + " schema name (as drift writes it): " + e.getMessage());
            }
        }
        if (names.stream().distinct().count() > 1) {
            throw new IllegalArgumentException(name + " has " + names.size() + " different " + prefix
                    + " headers; keep the one of the plan");
        }
        return names.stream().findFirst();
    }

    /**
     * The values of one {@code -- drift:...} header, read only among the comment lines a script starts with: a
     * statement's text (a function body copied from a tenant) cannot carry a header.
     */
    private static List<String> headers(String text, String prefix) {
        List<String> values = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!l.isBlank() && !l.startsWith("--")) {
                break;
            }
            if (l.startsWith(prefix + " ") || l.startsWith(prefix + "\t") || l.equals(prefix)) {
                values.add(l.substring(prefix.length()).strip());
            }
        }
        return values;
    }

    /**
     * Reads a script.
     *
     * @param name the file's name, for messages
     * @throws IllegalArgumentException naming the line, for what drift apply cannot run as intended
     */
    static ScriptFile parse(String text, String name) {
        List<String> fingerprints = headers(text, FixScript.FINGERPRINT_HEADER.strip());
        if (fingerprints.stream().distinct().count() > 1) {
            throw new IllegalArgumentException(name + " has " + fingerprints.size()
                    + " different drift:target-fingerprint headers; keep the one of the plan");
        }
        Optional<String> fingerprint = fingerprints.stream().findFirst();
        fingerprint.filter(f -> !f.matches("[0-9a-f]+")).ifPresent(f -> {
            throw new IllegalArgumentException(name + ": the drift:target-fingerprint header holds '" + f
                    + "', which is not a hex fingerprint");
        });
        Optional<String> schema = schema(text, name);
        List<ApplyStep> steps = new ArrayList<>();
        boolean inBlock = false;
        boolean commitNext = false;
        for (StatementCheck.Statement s : split(text, name)) {
            String upper = s.sql().toUpperCase(Locale.ROOT);
            if (SessionSettings.isPreambleStatement(s.sql())) {
                continue; // the runner's sessions run under the same settings
            }
            if (upper.matches("(?s)^(BEGIN|START\\s+TRANSACTION)\\b.*")) {
                inBlock = true;
                commitNext |= !steps.isEmpty();
                continue; // the runner makes its own transactions, starting one here
            }
            if (upper.matches("(?s)^(COMMIT|END)\\b.*")) {
                inBlock = false;
                commitNext = true;
                continue;
            }
            if (upper.matches("(?s)^(ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\\s+TRANSACTION|COMMIT\\s+PREPARED)\\b.*")) {
                throw new IllegalArgumentException(name + " line " + s.line() + ": '" + firstWords(s.sql())
                        + "' is not supported: drift apply runs the script in a transaction of its own");
            }
            StatementCheck.problem(s.sql()).ifPresent(problem -> {
                throw new IllegalArgumentException(name + " line " + s.line() + ": '" + firstWords(s.sql())
                        + "' is refused: " + problem);
            });
            // A tenant schema's script changes that schema alone: what it was planned for, and all its verification reads.
            schema.flatMap(own -> StatementCheck.outsideSchema(s.sql(), own)).ifPresent(problem -> {
                throw new IllegalArgumentException(name + " line " + s.line() + ": '" + firstWords(s.sql())
                        + "' is refused: the script is for schema " + FixScript.headerName(schema.get())
                        + " (its drift:schema header), but "
                        + problem);
            });
            boolean transactional = !NON_TRANSACTIONAL.matcher(s.sql()).matches();
            boolean commitBefore = transactional && !steps.isEmpty()
                    && (commitNext || !inBlock && VALIDATES.matcher(s.sql()).matches());
            steps.add(new ApplyStep(s.sql(), transactional, name + " line " + s.line(), commitBefore));
            if (transactional) {
                commitNext = !inBlock && ADDS_ENUM_VALUE.matcher(s.sql()).matches();
            } else {
                commitNext = true;
            }
        }
        return new ScriptFile(fingerprint, schema, steps);
    }

    /** The statements of the file (see {@link StatementCheck#split}); an error names the file and the line. */
    private static List<StatementCheck.Statement> split(String text, String name) {
        try {
            return StatementCheck.split(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + e.getMessage(), e);
        }
    }

    private static String firstWords(String sql) {
        String oneLine = sql.strip().split("\\R", 2)[0];
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
