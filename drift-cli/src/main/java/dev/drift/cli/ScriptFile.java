package dev.drift.cli;

import dev.drift.core.SessionSettings;
import dev.drift.jdbc.ApplyStep;
import dev.drift.report.FixScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved fix script ({@code drift diff --format sql > fix.sql}), read back as steps for the runner.
 * Statements are split at semicolons outside quotes, dollar quotes and comments. Whether a statement may
 * run in a transaction is told from its text, since psql scripts do not say.
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
 * @param targetFingerprint the {@code -- drift:target-fingerprint} header, if the script has one
 * @param steps             the statements in order
 */
record ScriptFile(Optional<String> targetFingerprint, List<ApplyStep> steps) {

    private static final Pattern HEADER = Pattern.compile("(?m)^" + Pattern.quote(FixScript.FINGERPRINT_HEADER.strip())
            + "[ \\t]+(\\S+)[ \\t]*$");

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
        steps = List.copyOf(steps);
    }

    /**
     * Reads a script.
     *
     * @param name the file's name, for messages
     * @throws IllegalArgumentException naming the line, for what drift apply cannot run as intended
     */
    static ScriptFile parse(String text, String name) {
        List<String> fingerprints = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            fingerprints.add(m.group(1));
        }
        if (fingerprints.stream().distinct().count() > 1) {
            throw new IllegalArgumentException(name + " has " + fingerprints.size()
                    + " different drift:target-fingerprint headers; keep the one of the plan");
        }
        Optional<String> fingerprint = fingerprints.stream().findFirst();
        fingerprint.filter(f -> !f.matches("[0-9a-f]+")).ifPresent(f -> {
            throw new IllegalArgumentException(name + ": the drift:target-fingerprint header holds '" + f
                    + "', which is not a hex fingerprint");
        });
        List<ApplyStep> steps = new ArrayList<>();
        boolean inBlock = false;
        boolean commitNext = false;
        for (Statement s : split(text, name)) {
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
        return new ScriptFile(fingerprint, steps);
    }

    /** One statement of the file, without comments and semicolon, and the line it starts on. */
    record Statement(String sql, int line) {
    }

    /** Splits at top-level semicolons, dropping comments, honouring '...', E'...', "..." and $tag$...$tag$. */
    static List<Statement> split(String text, String name) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue; // the newline itself is handled as ordinary text
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int depth = 0;
                do {
                    if (text.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (text.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        line += text.charAt(i) == '\n' ? 1 : 0;
                        i++;
                    }
                } while (depth > 0 && i < n);
                current.append(' ');
                continue;
            }
            if (current.toString().isBlank() && !Character.isWhitespace(c)) {
                startLine = line;
                if (c == '\\') {
                    throw new IllegalArgumentException(name + " line " + line + ": psql meta-commands such as '"
                            + firstWords(text.substring(i, Math.min(n, i + 40))) + "' are not supported");
                }
            }
            if (c == ';') {
                String sql = current.toString().strip();
                if (!sql.isEmpty()) {
                    out.add(new Statement(sql, startLine));
                }
                current.setLength(0);
                i++;
                continue;
            }
            int end = quotedEnd(text, i);
            if (end < 0) {
                throw new IllegalArgumentException(name + " line " + line + ": a quote that starts here is never closed");
            }
            String piece = text.substring(i, end);
            line += (int) piece.chars().filter(ch -> ch == '\n').count() - (c == '\n' ? 1 : 0);
            current.append(piece);
            i = end;
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            out.add(new Statement(rest, startLine));
        }
        return out;
    }

    /** Where the token at {@code i} ends: past a whole quoted string, else past one character; -1 if unclosed. */
    private static int quotedEnd(String text, int i) {
        char c = text.charAt(i);
        boolean escapeString = (c == 'E' || c == 'e') && i + 1 < text.length() && text.charAt(i + 1) == '\''
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_');
        if (escapeString) {
            return closing(text, i + 2, '\'', true);
        }
        if (c == '\'' || c == '"') {
            return closing(text, i + 1, c, false);
        }
        if (c == '$') {
            Matcher tag = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$").matcher(text).region(i, text.length());
            boolean partOfIdentifier = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
            if (tag.lookingAt() && !partOfIdentifier) {
                int close = text.indexOf(tag.group(), tag.end());
                return close < 0 ? -1 : close + tag.group().length();
            }
        }
        return i + 1;
    }

    /** Past the closing quote at or after {@code from}; a doubled quote is part of the string. */
    private static int closing(String text, int from, char quote, boolean backslashEscapes) {
        int j = from;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    private static String firstWords(String sql) {
        String oneLine = sql.strip().split("\\R", 2)[0];
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
