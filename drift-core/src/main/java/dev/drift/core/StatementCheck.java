package dev.drift.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The check every statement passes before Drift prints or runs it, with a real SQL lexer ({@code '...'},
 * {@code E'...'}, {@code U&'...'}, {@code "..."}, {@code $tag$...$tag$}, {@code --} and nested block comments,
 * under {@code standard_conforming_strings = on}, which {@link SessionSettings} makes every script and session
 * use). A statement passes when it is
 * <ul>
 *   <li>complete text: no quote or comment left open, no NUL character;</li>
 *   <li>exactly one statement: no semicolon outside quotes and comments except a last one, and except
 *       between {@code BEGIN} and {@code END} of a {@code CREATE FUNCTION/PROCEDURE} with a SQL-standard body,
 *       where psql (and PostgreSQL) do not end the statement either;</li>
 *   <li>free of backslashes outside quoted text and comments: psql would run the rest of the line as a
 *       meta-command ({@code \!} runs a shell command);</li>
 *   <li>not transaction control ({@code BEGIN}, {@code COMMIT}, {@code ROLLBACK}, {@code SAVEPOINT},
 *       {@code PREPARE TRANSACTION}, ...): Drift decides where transactions start and end;</li>
 *   <li>DDL of a kind Drift plans, and with {@link #problem(String, ObjectKind)} of the kind planned for its
 *       subject (a statement about a column is an {@code ALTER TABLE}, about an index a
 *       {@code CREATE/DROP/ALTER INDEX}).</li>
 * </ul>
 * One statement that is not DDL passes, for a column only and in exactly this shape: the position of a
 * column's old sequence copied to its new identity ({@link #identityPosition}), without which a serial column
 * made an identity would hand out its values again.
 * What a statement holds beyond its first keywords is the server's own rendering of the reference's
 * definitions; snapshot files, which could hold anything, are checked field by field when they are read.
 */
public final class StatementCheck {

    /** One statement of a script, without its semicolon, and the line it starts on (1-based). */
    public record Statement(String sql, int line) {
        public Statement {
            Objects.requireNonNull(sql, "sql");
        }
    }

    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK",
            "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "SET TRANSACTION", "SET SESSION", "SET CONSTRAINTS");

    /** The statements Drift writes for an object of each kind, by their first keywords. */
    private static final Map<ObjectKind, Pattern> FORMS = new EnumMap<>(ObjectKind.class);

    static {
        String alterTable = "ALTER TABLE";
        form(ObjectKind.SCHEMA, "CREATE SCHEMA", "DROP SCHEMA", "ALTER SCHEMA");
        form(ObjectKind.SEQUENCE, "CREATE SEQUENCE", "ALTER SEQUENCE", "DROP SEQUENCE");
        // A table rebuilt for its partitioning gets its rows back (TableRebuild, drift-report).
        form(ObjectKind.TABLE, "CREATE (UNLOGGED )?TABLE", "DROP TABLE", alterTable, "INSERT INTO");
        form(ObjectKind.COLUMN, alterTable);
        form(ObjectKind.CONSTRAINT, alterTable, "CREATE UNIQUE INDEX", "DROP INDEX");
        form(ObjectKind.INDEX, "CREATE (UNIQUE )?INDEX", "DROP INDEX", "ALTER INDEX", alterTable);
        form(ObjectKind.VIEW, "CREATE (OR REPLACE )?(RECURSIVE )?VIEW", "DROP VIEW", "ALTER VIEW");
        form(ObjectKind.MATERIALIZED_VIEW, "CREATE MATERIALIZED VIEW", "DROP MATERIALIZED VIEW",
                "ALTER MATERIALIZED VIEW");
        // A new routine or type is given back the PUBLIC default privileges the reference revoked, as its own statement.
        String publicDefaults = "(GRANT|REVOKE)";
        form(ObjectKind.ROUTINE, "CREATE (OR REPLACE )?(FUNCTION|PROCEDURE)", "ALTER (FUNCTION|PROCEDURE|ROUTINE)",
                "DROP (FUNCTION|PROCEDURE|ROUTINE)", publicDefaults);
        form(ObjectKind.AGGREGATE, "CREATE (OR REPLACE )?AGGREGATE", "ALTER AGGREGATE", "DROP AGGREGATE",
                publicDefaults);
        form(ObjectKind.TRIGGER, "CREATE (OR REPLACE )?(CONSTRAINT )?TRIGGER", "DROP TRIGGER", "ALTER TRIGGER",
                alterTable);
        form(ObjectKind.EXTENSION, "CREATE EXTENSION", "ALTER EXTENSION", "DROP EXTENSION");
        form(ObjectKind.COLLATION, "CREATE COLLATION", "DROP COLLATION");
        // A range rebuilt under its name renames its constructor functions out of the new range's way.
        form(ObjectKind.TYPE, "CREATE (TYPE|DOMAIN)", "ALTER (TYPE|DOMAIN)", "DROP (TYPE|DOMAIN)", publicDefaults,
                "ALTER FUNCTION");
        form(ObjectKind.INHERITANCE, alterTable);
        form(ObjectKind.ROW_SECURITY, alterTable);
        form(ObjectKind.POLICY, "CREATE POLICY", "ALTER POLICY", "DROP POLICY");
        form(ObjectKind.OWNER, "ALTER (SCHEMA|TABLE|VIEW|MATERIALIZED VIEW|SEQUENCE|FOREIGN TABLE|FUNCTION|PROCEDURE"
                + "|ROUTINE|AGGREGATE|TYPE|DOMAIN|EXTENSION|COLLATION)");
        form(ObjectKind.COMMENT, "COMMENT ON");
        form(ObjectKind.PRIVILEGE, "GRANT", "REVOKE");
        form(ObjectKind.DEFAULT_PRIVILEGE, "ALTER DEFAULT PRIVILEGES");
    }

    /** Any statement Drift plans, whatever its subject: for scripts read back, which do not say. */
    private static final Pattern ANY_FORM = Pattern.compile(String.join("|",
            FORMS.values().stream().map(Pattern::pattern).toList()));

    private StatementCheck() {
    }

    private static void form(ObjectKind kind, String... starts) {
        FORMS.put(kind, Pattern.compile("^(?:" + String.join("|", starts) + ")(?: |$)"));
    }

    /**
     * What is wrong with a statement Drift is about to print or run, or empty when it passes: one complete
     * statement (a closing semicolon is allowed), no psql meta-command, no transaction control, and DDL of a
     * kind Drift plans.
     */
    public static Optional<String> problem(String sql) {
        return problem(sql, ANY_FORM, true, "a statement Drift plans");
    }

    /** {@link #problem(String)}, and the statement must be of a kind Drift plans for a subject of this kind. */
    public static Optional<String> problem(String sql, ObjectKind subject) {
        Objects.requireNonNull(subject, "subject");
        return problem(sql, FORMS.get(subject), subject == ObjectKind.COLUMN,
                "a statement Drift plans for a " + subject.label());
    }

    /**
     * Throws when {@link #problem(String, ObjectKind)} finds something.
     *
     * @param what what the statement is, for the message (e.g. {@code statement 3 (column public.t.c)})
     * @throws IllegalArgumentException naming {@code what} and the problem
     */
    public static void require(String sql, ObjectKind subject, String what) {
        problem(sql, subject).ifPresent(p -> {
            throw new IllegalArgumentException(what + " is refused: " + p + ": " + abbreviate(sql));
        });
    }

    /** Throws when {@link #problem(String)} finds something; see {@link #require(String, ObjectKind, String)}. */
    public static void require(String sql, String what) {
        problem(sql).ifPresent(p -> {
            throw new IllegalArgumentException(what + " is refused: " + p + ": " + abbreviate(sql));
        });
    }

    private static Optional<String> problem(String sql, Pattern allowed, boolean identityPosition, String expected) {
        Objects.requireNonNull(sql, "sql");
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokens(sql);
        } catch (SqlLexer.Malformed e) {
            return Optional.of("incomplete SQL: " + e.getMessage());
        }
        Optional<String> backslash = backslash(tokens);
        if (backslash.isPresent()) {
            return backslash;
        }
        if (tokens.isEmpty() || tokens.get(0).type() == SqlLexer.Type.SEMICOLON) {
            return Optional.of("an empty statement");
        }
        List<Integer> ends = statementEnds(tokens);
        int last = tokens.size() - 1;
        for (int end : ends) {
            if (end != last) {
                return Optional.of("more than one statement (a semicolon ends one, and text follows it)");
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == SqlLexer.Type.SEMICOLON && !ends.contains(i) && !insideBody(tokens, i)) {
                return Optional.of("a semicolon outside a quoted string or a function body");
            }
        }
        String head = head(tokens);
        for (String control : TRANSACTION_CONTROL) {
            if (head.equals(control) || head.startsWith(control + " ")) {
                return Optional.of("transaction control (" + control + "): Drift decides where transactions start"
                        + " and end");
            }
        }
        if (!allowed.matcher(head).find() && !(identityPosition && identityPosition(tokens))) {
            return Optional.of("not " + expected + " (it starts with " + firstWords(head) + ")");
        }
        return Optional.empty();
    }

    /**
     * The statement that copies a sequence's position to the identity of a column, and nothing else:
     * {@code SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('table', 'column'), last_value, is_called)
     * FROM schema.sequence}. Every word and symbol is fixed; only the two string constants and the sequence's
     * name vary, and a string constant or a name cannot make it do anything else.
     */
    static boolean identityPosition(List<SqlLexer.Token> tokens) {
        List<String> shape = List.of("SELECT", "PG_CATALOG", ".", "SETVAL", "(", "PG_CATALOG", ".",
                "PG_GET_SERIAL_SEQUENCE", "(", "'", ",", "'", ")", ",", "LAST_VALUE", ",", "IS_CALLED", ")", "FROM", "name",
                ".", "name");
        int n = tokens.size();
        if (n > 0 && tokens.get(n - 1).type() == SqlLexer.Type.SEMICOLON) {
            n--;
        }
        if (n != shape.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            SqlLexer.Token t = tokens.get(i);
            boolean matches = switch (shape.get(i)) {
                case "'" -> t.type() == SqlLexer.Type.STRING;
                case "name" -> isName(t);
                default -> t.type() != SqlLexer.Type.STRING && t.type() != SqlLexer.Type.QUOTED_IDENT && t.is(shape.get(i));
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> backslash(List<SqlLexer.Token> tokens) {
        for (SqlLexer.Token t : tokens) {
            if (t.type() == SqlLexer.Type.BACKSLASH) {
                return Optional.of("a backslash outside a quoted string, identifier or comment (psql would run what"
                        + " follows as a meta-command)");
            }
        }
        return Optional.empty();
    }

    /**
     * The indexes of the semicolons that end a statement, as psql and the server see them: every semicolon
     * outside parentheses, except inside {@code BEGIN ... END} (and the {@code CASE ... END} within) of a
     * statement that starts {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, the rule psql applies to a
     * SQL-standard function body.
     */
    private static List<Integer> statementEnds(List<SqlLexer.Token> tokens) {
        List<Integer> ends = new ArrayList<>();
        BodyTracker body = new BodyTracker();
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            body.see(t);
            if (t.type() == SqlLexer.Type.SEMICOLON && body.parens == 0 && body.beginDepth == 0) {
                ends.add(i);
                body = new BodyTracker();
            }
        }
        return ends;
    }

    /** Whether the semicolon at {@code index} is inside a SQL-standard function body. */
    private static boolean insideBody(List<SqlLexer.Token> tokens, int index) {
        BodyTracker body = new BodyTracker();
        for (int i = 0; i < index; i++) {
            body.see(tokens.get(i));
        }
        return body.beginDepth > 0;
    }

    /**
     * psql's rule for SQL-standard function bodies (psqlscan.l): in a statement whose first words are
     * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, each {@code BEGIN} outside parentheses opens a block, a
     * {@code CASE} inside one opens another, and an {@code END} closes one; a semicolon inside a block does
     * not end the statement.
     */
    private static final class BodyTracker {
        private final char[] firstLetters = new char[4];
        private int words;
        private int parens;
        private int beginDepth;

        void see(SqlLexer.Token t) {
            if (t.is("(")) {
                parens++;
            } else if (t.is(")")) {
                parens = Math.max(0, parens - 1);
            }
            if (t.type() != SqlLexer.Type.WORD) {
                return;
            }
            String word = t.keyword();
            if (words < firstLetters.length && Set.of("CREATE", "FUNCTION", "PROCEDURE", "OR", "REPLACE").contains(word)) {
                firstLetters[words] = Character.toLowerCase(word.charAt(0));
            }
            words++;
            boolean routine = firstLetters[0] == 'c' && (firstLetters[1] == 'f' || firstLetters[1] == 'p'
                    || firstLetters[1] == 'o' && firstLetters[2] == 'r' && (firstLetters[3] == 'f' || firstLetters[3] == 'p'));
            if (routine && parens == 0) {
                if (word.equals("BEGIN")) {
                    beginDepth++;
                } else if (word.equals("CASE") && beginDepth >= 1) {
                    beginDepth++;
                } else if (word.equals("END") && beginDepth > 0) {
                    beginDepth--;
                }
            }
        }
    }

    /** The first keywords, upper case, single-spaced: what the statement is. */
    private static String head(List<SqlLexer.Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < 6; i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.type() != SqlLexer.Type.WORD) {
                break;
            }
            b.append(i == 0 ? "" : " ").append(t.keyword());
        }
        return b.toString();
    }

    private static String firstWords(String head) {
        return head.isEmpty() ? "no keyword" : "'" + (head.length() <= 40 ? head : head.substring(0, 40) + "...") + "'";
    }

    /**
     * What is wrong with a piece of SQL that Drift places inside a statement of its own (a default, a check,
     * an index or view definition, a type name), or empty: it must be complete text (no quote or comment left
     * open), hold no semicolon and no backslash outside quoted text, and close every parenthesis and bracket
     * it opens, so that it cannot end or reshape the statement around it.
     */
    public static Optional<String> fragmentProblem(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokens(fragment);
        } catch (SqlLexer.Malformed e) {
            return Optional.of("incomplete SQL: " + e.getMessage());
        }
        Optional<String> backslash = backslash(tokens);
        if (backslash.isPresent()) {
            return backslash;
        }
        int parens = 0;
        int brackets = 0;
        for (SqlLexer.Token t : tokens) {
            if (t.type() == SqlLexer.Type.SEMICOLON) {
                return Optional.of("a semicolon outside a quoted string");
            }
            parens += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            brackets += t.is("[") ? 1 : t.is("]") ? -1 : 0;
            if (parens < 0 || brackets < 0) {
                return Optional.of("a closing parenthesis or bracket that closes what it did not open");
            }
        }
        if (parens != 0 || brackets != 0) {
            return Optional.of("a parenthesis or bracket left open");
        }
        return Optional.empty();
    }

    /**
     * Whether an expression as the server renders it (names outside {@code pg_catalog} schema-qualified)
     * calls code that is not PostgreSQL's own: a schema-qualified function ({@code public.f(x)}), operator
     * ({@code OPERATOR(public.===)}) or type cast ({@code ::public.domain}, whose input function or domain
     * checks run). Built-in functions and operators render unqualified and do not count.
     */
    public static boolean callsUserCode(String expression) {
        return callsUserCode(expression, type -> false);
    }

    /**
     * {@link #callsUserCode(String)}, except that a string literal cast to a type {@code literalInputIsBuiltIn}
     * accepts (given as the expression writes it, e.g. {@code public.mood}) does not count: the server reads such a
     * literal with the type's input function and no cast, and an enum's input function is PostgreSQL's own
     * ({@code 'active'::public.status} in a default). A cast of anything else may find a cast someone created.
     */
    public static boolean callsUserCode(String expression, Predicate<String> literalInputIsBuiltIn) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokens(expression);
        } catch (SqlLexer.Malformed e) {
            return true; // cannot tell: assume it does
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!isName(tokens.get(i)) || !tokens.get(i + 1).is(".")) {
                continue;
            }
            boolean name = isName(tokens.get(i + 2));
            boolean call = name && i + 3 < tokens.size() && tokens.get(i + 3).is("(");
            boolean cast = name && i >= 2 && tokens.get(i - 1).is(":") && tokens.get(i - 2).is(":");
            boolean operator = i >= 2 && tokens.get(i - 1).is("(") && tokens.get(i - 2).is("OPERATOR");
            boolean literalRead = cast && !call && i >= 3 && tokens.get(i - 3).type() == SqlLexer.Type.STRING
                    && literalInputIsBuiltIn.test(expression.substring(tokens.get(i).start(), tokens.get(i + 2).end()));
            if ((call || cast || operator) && !literalRead) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a statement stays in one schema, for a script written for one tenant schema (its {@code -- drift:schema}
     * header): empty when it does, else what leaves it. Reading other schemas is allowed (a column's type, a foreign
     * key's referenced table, a function a trigger calls, anything inside a string or a function body); changing them
     * is not. What a statement changes, in the forms Drift plans: its subject (the first schema-qualified name, e.g.
     * {@code ALTER TABLE s.t}, {@code CREATE INDEX i ON s.t}, {@code COMMENT ON COLUMN s.t.c}); a table it makes a
     * partition or a parent of ({@code ATTACH}/{@code DETACH PARTITION}, {@code PARTITION OF}, {@code INHERITS}); where
     * {@code SET SCHEMA} moves it; the schema a schema statement, a schema grant or {@code ALTER DEFAULT PRIVILEGES IN
     * SCHEMA} names; the sequence and table of the identity-position statement; and of a statement that copies rows
     * ({@code INSERT ... SELECT}, {@code CREATE TABLE ... AS SELECT}), every table it reads; of {@code DROP}, {@code GRANT}
     * and {@code REVOKE}, every object of the list. Statements that change the
     * whole database (extensions, default privileges of every schema) or name no schema-qualified object leave the
     * schema.
     *
     * @param schema the schema's name as it is (not quoted)
     */
    public static Optional<String> outsideSchema(String sql, String schema) {
        Objects.requireNonNull(schema, "schema");
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokens(Objects.requireNonNull(sql, "sql"));
        } catch (SqlLexer.Malformed e) {
            return Optional.of("incomplete SQL: " + e.getMessage());
        }
        String head = head(tokens);
        if (head.startsWith("CREATE EXTENSION") || head.startsWith("ALTER EXTENSION")
                || head.startsWith("DROP EXTENSION")) {
            return Optional.of("an extension belongs to the whole database, not to one schema");
        }
        List<String> changed = new ArrayList<>();
        if (identityPosition(tokens)) {
            int n = tokens.size() - (tokens.get(tokens.size() - 1).type() == SqlLexer.Type.SEMICOLON ? 1 : 0);
            changed.add(name(tokens.get(n - 3)));
            changed.add(literalSchema(tokens.get(9)));
        } else {
            boolean sawSchemaStatement = false;
            for (int i = 0; i < tokens.size(); i++) {
                SqlLexer.Token t = tokens.get(i);
                if (t.type() != SqlLexer.Type.WORD) {
                    continue;
                }
                if (t.is("SCHEMA") && i > 0 && i + 1 < tokens.size()
                        && SCHEMA_BEFORE.contains(tokens.get(i - 1).keyword())) {
                    // CREATE/ALTER/DROP SCHEMA [IF [NOT] EXISTS] s, COMMENT ON SCHEMA s, GRANT ... ON SCHEMA s, t,
                    // ALTER DEFAULT PRIVILEGES ... IN SCHEMA s, ... SET SCHEMA s: every name of the list. (After other
                    // words, e.g. ADD COLUMN schema text, it is a name.)
                    int j = i + 1;
                    while (j < tokens.size() && (tokens.get(j).is("IF") || tokens.get(j).is("NOT")
                            || tokens.get(j).is("EXISTS"))) {
                        j++;
                    }
                    while (j < tokens.size() && isName(tokens.get(j))) {
                        changed.add(name(tokens.get(j)));
                        sawSchemaStatement = true;
                        if (j + 1 < tokens.size() && tokens.get(j + 1).is(",")) {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                }
                boolean namesTable = (t.is("PARTITION") && i > 0 && (tokens.get(i - 1).is("ATTACH")
                        || tokens.get(i - 1).is("DETACH")))
                        || (t.is("OF") && i > 0 && tokens.get(i - 1).is("PARTITION"));
                if (namesTable) {
                    qualifiedSchema(tokens, i + 1).ifPresentOrElse(changed::add, () -> changed.add(null));
                }
                if (t.is("INHERITS") && i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                    for (int j = i + 2; j < tokens.size() && !tokens.get(j).is(")"); j++) {
                        if (isName(tokens.get(j)) && (j == i + 2 || tokens.get(j - 1).is(","))) {
                            qualifiedSchema(tokens, j).ifPresentOrElse(changed::add, () -> changed.add(null));
                        }
                    }
                }
            }
            // A statement that copies rows (a table rebuilt: CREATE TABLE ... AS SELECT into a holding table, INSERT
            // ... SELECT back) must read them from the schema too: rows of another schema would move into this one.
            boolean copiesRows = head.startsWith("INSERT") || (head.startsWith("CREATE") && tokens.stream()
                    .anyMatch(t -> t.type() == SqlLexer.Type.WORD && t.is("SELECT")) && head.contains("TABLE"));
            if (copiesRows) {
                for (int i = 0; i < tokens.size(); i++) {
                    Optional<String> read = qualifiedSchema(tokens, i).filter(named -> !named.equals(schema));
                    if (read.isPresent()) {
                        return Optional.of("it copies rows of schema " + Sql.ident(read.get()) + " into "
                                + Sql.ident(schema));
                    }
                }
            }
            // DROP, GRANT and REVOKE take a list of objects (DROP TABLE s.a, t.b): each is a subject. Names inside
            // parentheses are a routine's argument types, which are only read.
            if (head.startsWith("DROP") || head.startsWith("GRANT") || head.startsWith("REVOKE")) {
                int depth = 0;
                for (int i = 0; i < tokens.size(); i++) {
                    SqlLexer.Token t = tokens.get(i);
                    depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
                    if (depth == 0) {
                        qualifiedSchema(tokens, i).ifPresent(changed::add);
                    }
                }
            }
            Optional<String> subject = Optional.empty();
            for (int i = 0; i < tokens.size() && subject.isEmpty(); i++) {
                if (tokens.get(i).type() != SqlLexer.Type.STRING) {
                    subject = qualifiedSchema(tokens, i);
                }
            }
            if (subject.isPresent()) {
                changed.add(0, subject.get());
            } else if (!sawSchemaStatement) {
                return Optional.of("it names no schema-qualified object (Drift qualifies every name it writes)");
            }
            if (head.startsWith("ALTER DEFAULT PRIVILEGES") && !sawSchemaStatement) {
                return Optional.of("default privileges without IN SCHEMA apply to every schema");
            }
        }
        for (String named : changed) {
            if (named == null) {
                return Optional.of("it names an object without its schema");
            }
            if (!named.equals(schema)) {
                return Optional.of("it changes schema " + Sql.ident(named) + ", not " + Sql.ident(schema));
            }
        }
        return Optional.empty();
    }

    /** The words after which SCHEMA names a schema: {@code CREATE SCHEMA}, {@code ON SCHEMA}, {@code IN SCHEMA}, ... */
    private static final Set<String> SCHEMA_BEFORE = Set.of("CREATE", "ALTER", "DROP", "ON", "IN", "SET");

    /** The schema of the qualified name that starts at {@code i} ({@code s.t} or {@code s.t.c}), if one does. */
    private static Optional<String> qualifiedSchema(List<SqlLexer.Token> tokens, int i) {
        if (i + 2 < tokens.size() && isName(tokens.get(i)) && tokens.get(i + 1).is(".") && isName(tokens.get(i + 2))
                && !(i > 0 && tokens.get(i - 1).is("."))) {
            return Optional.of(name(tokens.get(i)));
        }
        return Optional.empty();
    }

    /** A name as PostgreSQL reads it: a quoted identifier as written, an unquoted one folded to lower case. */
    private static String name(SqlLexer.Token t) {
        String text = t.text();
        if (t.type() == SqlLexer.Type.QUOTED_IDENT) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The schema of the qualified table name inside a string constant ({@code 's.t'}, {@code '"my schema".t'}), as
     * {@link Sql#literal} writes one; null when it is not one.
     */
    private static String literalSchema(SqlLexer.Token t) {
        String text = t.text();
        boolean escapes = text.startsWith("E'") || text.startsWith("e'");
        String quoted = escapes ? text.substring(1) : text;
        if (!quoted.startsWith("'") || !quoted.endsWith("'") || quoted.length() < 2) {
            return null;
        }
        String value = quoted.substring(1, quoted.length() - 1).replace("''", "'");
        if (escapes) {
            if (value.replace("\\\\", "").contains("\\")) {
                return null; // an escape other than a doubled backslash: not how Sql.literal writes a name
            }
            value = value.replace("\\\\", "\\");
        }
        try {
            List<SqlLexer.Token> inner = SqlLexer.tokens(value);
            return inner.size() == 3 && qualifiedSchema(inner, 0).isPresent() ? name(inner.get(0)) : null;
        } catch (SqlLexer.Malformed e) {
            return null;
        }
    }

    private static boolean isName(SqlLexer.Token t) {
        return t.type() == SqlLexer.Type.WORD || t.type() == SqlLexer.Type.QUOTED_IDENT;
    }

    /**
     * Splits a script into its statements the way psql does (see {@link #problem(String)} for the rule
     * about function bodies), each without its semicolon and with its comments replaced by spaces.
     *
     * @throws IllegalArgumentException naming the line, for text that is not complete SQL or holds a psql
     *                                  meta-command
     */
    public static List<Statement> split(String script) {
        Objects.requireNonNull(script, "script");
        SqlLexer.Lexed lexed;
        try {
            lexed = SqlLexer.lex(script);
        } catch (SqlLexer.Malformed e) {
            throw new IllegalArgumentException("line " + line(script, e.position()) + ": " + e.getMessage());
        }
        List<SqlLexer.Token> tokens = lexed.tokens();
        for (SqlLexer.Token t : tokens) {
            if (t.type() == SqlLexer.Type.BACKSLASH) {
                throw new IllegalArgumentException("line " + line(script, t.start()) + ": psql meta-commands such as '"
                        + abbreviate(script.substring(t.start(), Math.min(script.length(), t.start() + 40))
                        .split("\\R", 2)[0]) + "' are not supported");
            }
        }
        StringBuilder withoutComments = new StringBuilder(script);
        for (SqlLexer.Comment c : lexed.comments()) {
            for (int k = c.start(); k < c.end(); k++) {
                if (withoutComments.charAt(k) != '\n') {
                    withoutComments.setCharAt(k, ' ');
                }
            }
        }
        List<Statement> out = new ArrayList<>();
        List<Integer> ends = statementEnds(tokens);
        int from = 0;
        for (int end : ends) {
            if (end > from) {
                out.add(statement(script, withoutComments, tokens.get(from).start(), tokens.get(end).start()));
            }
            from = end + 1;
        }
        if (from < tokens.size()) {
            out.add(statement(script, withoutComments, tokens.get(from).start(), tokens.get(tokens.size() - 1).end()));
        }
        return out;
    }

    private static Statement statement(String script, StringBuilder withoutComments, int start, int end) {
        return new Statement(withoutComments.substring(start, end).strip(), line(script, start));
    }

    private static int line(String text, int position) {
        int line = 1;
        for (int k = 0; k < position && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }
}
