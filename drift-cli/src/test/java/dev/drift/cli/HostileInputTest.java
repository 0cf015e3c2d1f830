package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.drift.core.Catalog;
import dev.drift.core.Sql;
import dev.drift.core.StatementCheck;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.Psql;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue #10, each re-run as it was written, on a real server: every one must end refused or
 * harmless, and the output must say truthfully what happened. Every script printed here also runs through
 * psql ({@code psql -X -v ON_ERROR_STOP=1 -f}) on a target whose database defaults change how SQL is read
 * ({@link TestDatabase#withHostileDefaults()}), with names and literals that hold psql meta-commands: none may
 * run ({@code \!} would create a marker file, {@code \o} and {@code \w} would write one, {@code \q} would stop
 * the script before it converges).
 */
class HostileInputTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();
    private static final String VICTIM = "CREATE TABLE public.victim (id int); INSERT INTO public.victim VALUES (1), (2), (3);\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    private static String victims(TestDatabase db) {
        return db.queryValue("SELECT count(*) FROM public.victim").orElseThrow();
    }

    /** No drift left between the two: {@code drift diff} says so. */
    private static void converged(TestDatabase reference, TestDatabase target) {
        Run diff = drift("diff", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl());
        assertThat(diff.exit()).as(diff.out() + diff.err()).isEqualTo(0);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    // ---- 1. literals under standard_conforming_strings = off ------------------------------------------

    private static final String LITERALS_REFERENCE = VICTIM + """
            CREATE TABLE public.t (c text DEFAULT ('a\\' || '); DELETE FROM public.victim; --'));
            CREATE TABLE public.u (id int, c text DEFAULT ('a\\' || '); DELETE FROM public.victim; --'),
                path text DEFAULT 'C:\\new\\table');
            """;
    private static final String LITERALS_TARGET = VICTIM + "CREATE TABLE public.u (id int);\n";

    private TestDatabase literalsTarget() {
        return SERVER.createDatabase("hostile_lit_t").execute(LITERALS_TARGET).withHostileDefaults();
    }

    /** The defaults fill a new row with exactly the reference's values: a backslash, then the "DELETE" as text. */
    private static void defaultsAsPlanned(TestDatabase target) {
        target.execute("INSERT INTO public.u (id) VALUES (1)");
        assertThat(target.queryValue("SELECT c FROM public.u")).contains("a\\); DELETE FROM public.victim; --");
        assertThat(target.queryValue("SELECT path FROM public.u")).contains("C:\\new\\table");
    }

    @Test
    void attack1TheScriptThroughPsqlReadsLiteralsAsPlanned() {
        assumeThat(Psql.available()).as("psql on the PATH").isTrue();
        try (TestDatabase reference = SERVER.createDatabase("hostile_lit_r").execute(LITERALS_REFERENCE);
             TestDatabase target = literalsTarget()) {
            Run diff = drift("diff", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--format", "sql");
            assertThat(diff.exit()).isEqualTo(1);
            assertThat(diff.out()).contains("SET standard_conforming_strings = on;");

            Psql.Result psql = Psql.run(target, diff.out());

            assertThat(psql.exit()).as(psql.output()).isEqualTo(0);
            assertThat(victims(target)).isEqualTo("3");
            converged(reference, target);
            defaultsAsPlanned(target);
        }
    }

    @Test
    void attack1ApplyWithAReferenceReadsLiteralsAsPlanned() {
        try (TestDatabase reference = SERVER.createDatabase("hostile_lit_r").execute(LITERALS_REFERENCE);
             TestDatabase target = literalsTarget()) {
            Run apply = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--execute");

            assertThat(apply.exit()).as(apply.out() + apply.err()).isEqualTo(0);
            assertThat(apply.out()).contains("Verification: PASSED", "APPLIED: 3 statement(s) committed");
            assertThat(victims(target)).isEqualTo("3");
            converged(reference, target);
            defaultsAsPlanned(target);
        }
    }

    @Test
    void attack1ApplyOfASavedScriptReadsLiteralsAsPlanned() throws IOException {
        try (TestDatabase reference = SERVER.createDatabase("hostile_lit_r").execute(LITERALS_REFERENCE);
             TestDatabase target = literalsTarget()) {
            Path script = file("fix.sql", drift("diff", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(),
                    "--format", "sql").out());

            Run apply = drift("apply", "--script", script.toString(), "--target", target.jdbcUrl(), "--execute");

            assertThat(apply.exit()).as(apply.out() + apply.err()).isEqualTo(0);
            assertThat(apply.out()).contains("APPLIED: 3 statement(s) committed");
            assertThat(victims(target)).isEqualTo("3");
            converged(reference, target);
            defaultsAsPlanned(target);
        }
    }

    // ---- 4. a tampered snapshot, a tampered script ------------------------------------------------------

    private static final String INDEXED = "CREATE TABLE public.n (n int);\n";

    @Test
    void attack4ATamperedSnapshotIsRefusedBeforeAnythingRuns() throws IOException {
        try (TestDatabase reference = SERVER.createDatabase("hostile_snap_r")
                .execute(VICTIM + INDEXED + "CREATE INDEX n_idx ON public.n (n);");
             TestDatabase target = SERVER.createDatabase("hostile_snap_t").execute(VICTIM + INDEXED)) {
            Path snapshot = dir.resolve("reference.json");
            assertThat(drift("snapshot", "--url", reference.jdbcUrl(), "--output", snapshot.toString()).exit()).isZero();
            String json = Files.readString(snapshot);
            String tampered = json.replace("USING btree (n)\"", "USING btree (n); DELETE FROM public.victim; COMMIT\"");
            assertThat(tampered).isNotEqualTo(json);
            file("reference.json", tampered);
            Catalog before = read(target);

            for (List<String> command : List.of(
                    List.of("apply", "--reference", snapshot.toString(), "--target", target.jdbcUrl(), "--execute"),
                    List.of("apply", "--reference", snapshot.toString(), "--target", target.jdbcUrl()),
                    List.of("diff", "--reference", snapshot.toString(), "--target", target.jdbcUrl(), "--format", "sql"))) {
                Run run = drift(command.toArray(String[]::new));

                assertThat(run.exit()).as(command + ": " + run.out() + run.err()).isEqualTo(2);
                assertThat(run.err()).startsWith("drift: " + snapshot).contains("n_idx", "semicolon");
                assertThat(run.out()).doesNotContain("APPLIED", "rolled back", "DELETE");
            }
            assertThat(victims(target)).isEqualTo("3");
            assertThat(read(target)).isEqualTo(before);
        }
    }

    @Test
    void attack4SnapshotsWithAbsurdValuesAreRefused() throws IOException {
        try (TestDatabase reference = SERVER.createDatabase("hostile_snap_r").execute(INDEXED
                + "ALTER TABLE public.n ADD COLUMN d int DEFAULT 0; GRANT SELECT ON public.n TO PUBLIC;");
             TestDatabase target = SERVER.createDatabase("hostile_snap_t").execute(VICTIM)) {
            Path snapshot = dir.resolve("good.json");
            assertThat(drift("snapshot", "--url", reference.jdbcUrl(), "--output", snapshot.toString()).exit()).isZero();
            String json = Files.readString(snapshot);
            record Tampering(String what, String from, String to, String message) {
            }
            List<Tampering> tamperings = List.of(
                    new Tampering("a default that ends the statement", "\"defaultExpression\": \"0\"",
                            "\"defaultExpression\": \"0; DELETE FROM public.victim\"", "semicolon"),
                    new Tampering("a default that adds a command", "\"defaultExpression\": \"0\"",
                            "\"defaultExpression\": \"0) , DROP COLUMN n, ADD CHECK (true\"", "parenthesis"),
                    new Tampering("a privilege word that grants more", "\"SELECT\"",
                            "\"SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC; --\"", "not one of"),
                    new Tampering("an absurd server version", "\"serverVersion\": 1", "\"serverVersion\": 9991",
                            "serverVersion"),
                    new Tampering("a 100,000-character name", "\"name\": \"n\"", "\"name\": \"" + "n".repeat(100_000)
                            + "\"", "bytes long"),
                    new Tampering("a type that opens a comment", "\"type\": \"integer\"", "\"type\": \"integer /*\"",
                            "comment"));
            for (Tampering t : tamperings) {
                String text = json.replaceFirst(java.util.regex.Pattern.quote(t.from()),
                        java.util.regex.Matcher.quoteReplacement(t.to()));
                assertThat(text).as(t.what()).isNotEqualTo(json);
                Path bad = file("bad.json", text);

                Run run = drift("apply", "--reference", bad.toString(), "--target", target.jdbcUrl(), "--execute");

                assertThat(run.exit()).as(t.what() + ": " + run.out() + run.err()).isEqualTo(2);
                assertThat(run.err()).as(t.what()).startsWith("drift: " + bad).contains(t.message());
                assertThat(victims(target)).isEqualTo("3");
            }
        }
    }

    @Test
    void attack4ATamperedScriptIsRefusedNamingTheLine() throws IOException {
        try (TestDatabase reference = SERVER.createDatabase("hostile_snap_r")
                .execute(VICTIM + INDEXED + "CREATE INDEX n_idx ON public.n (n);");
             TestDatabase target = SERVER.createDatabase("hostile_snap_t").execute(VICTIM + INDEXED)) {
            String script = drift("diff", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(),
                    "--format", "sql").out();
            Catalog before = read(target);
            for (String tampered : List.of(
                    script.replace("USING btree (n);", "USING btree (n); DELETE FROM public.victim; COMMIT;"),
                    script + "\\! touch /tmp/drift-never\n",
                    script.replace("SET standard_conforming_strings = on;", "SET standard_conforming_strings = off;"))) {
                assertThat(tampered).isNotEqualTo(script);
                Path file = file("fix.sql", tampered);

                Run run = drift("apply", "--script", file.toString(), "--target", target.jdbcUrl(), "--execute");

                assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
                assertThat(run.err()).startsWith("drift: fix.sql line ");
                assertThat(run.out()).doesNotContain("APPLIED", "rolled back");
            }
            assertThat(victims(target)).isEqualTo("3");
            assertThat(read(target)).isEqualTo(before);
            assertThat(Path.of("/tmp/drift-never")).doesNotExist();
        }
    }

    // ---- 2. an automatically chosen baseline -----------------------------------------------------------

    @Test
    void attack2ABaselineDriftChosePushesNoPrivilegedCode() throws IOException {
        assumeThat(Psql.available()).as("psql on the PATH").isTrue();
        String role = "c_owner_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        SERVER.execute("postgres", "CREATE ROLE " + role);
        try (TestDatabase a = SERVER.createDatabase("hostile_fleet_a").execute(ReferenceScenario.TENANT_A);
             TestDatabase b = SERVER.createDatabase("hostile_fleet_b").execute(ReferenceScenario.TENANT_A);
             TestDatabase c = SERVER.createDatabase("hostile_fleet_c").execute(ReferenceScenario.TENANT_A + """
                     CREATE FUNCTION public.util_exec(q text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
                         AS $$BEGIN EXECUTE q; END$$;
                     ALTER FUNCTION public.util_exec(text) OWNER TO %1$s;
                     GRANT CREATE ON SCHEMA public TO %1$s;
                     """.formatted(role))) {
            String[] fleet = {"fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(),
                    "--tenant", "c=" + c.jdbcUrl()};
            Path held = dir.resolve("held");
            Run run = drift(Stream.concat(Stream.of(fleet), Stream.of("--out", held.toString())).toArray(String[]::new));

            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains("a, b: BEHIND", "grants power: runs with the rights of its owner");
            String script = Files.readString(held.resolve("a.sql"));
            assertThat(script).contains("-- Held back: ", "that grant power or run code");
            assertThat(runnable(script)).noneMatch(l -> l.contains("util_exec") || l.startsWith("GRANT"));
            assertThat(Psql.run(a, script).exit()).isZero();
            assertThat(a.queryValue("SELECT count(*) FROM pg_proc WHERE proname = 'util_exec'")).contains("0");
            assertThat(a.queryValue("SELECT has_schema_privilege('" + role + "', 'public', 'CREATE')")).contains("f");

            // Confirmed: the function is created, but owned by c's role, never by the superuser that runs the script.
            Path allowed = dir.resolve("allowed");
            Run confirmed = drift(Stream.concat(Stream.of(fleet), Stream.of("--allow-privileged", "--out",
                    allowed.toString())).toArray(String[]::new));
            assertThat(confirmed.exit()).isEqualTo(1);
            String privileged = Files.readString(allowed.resolve("a.sql"));
            assertThat(runnable(privileged)).contains("ALTER ROUTINE public.util_exec(text) OWNER TO " + role + ";");
            Psql.Result psql = Psql.run(a, privileged);
            assertThat(psql.exit()).as(psql.output()).isZero();
            assertThat(a.queryValue("SELECT proowner::regrole::text || ' ' || prosecdef FROM pg_proc"
                    + " WHERE proname = 'util_exec'")).contains(role + " true");
            assertThat(a.queryValue("SELECT rolsuper FROM pg_roles WHERE rolname = '" + role + "'")).contains("f");
        } finally {
            SERVER.execute("postgres", "DROP ROLE IF EXISTS " + role);
        }
    }

    // ---- 3. a reference runs code ----------------------------------------------------------------------

    private static final String PWN = """
            CREATE TABLE public.pwned (what text);
            CREATE FUNCTION public.pwn() RETURNS int LANGUAGE plpgsql AS
                $$BEGIN INSERT INTO public.pwned VALUES ('ran'); RETURN 1; END$$;
            """;

    @Test
    void attack3CodeAReferenceRunsIsNamedBeforeAndWhileItRuns() {
        try (TestDatabase reference = SERVER.createDatabase("hostile_code_r")
                .execute(PWN + "CREATE MATERIALIZED VIEW public.stats AS SELECT public.pwn() AS n;");
             TestDatabase target = SERVER.createDatabase("hostile_code_t").execute(PWN);
             TestDatabase other = SERVER.createDatabase("hostile_code_o").execute(PWN)) {
            reference.execute("DELETE FROM public.pwned");
            Run diff = drift("diff", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--format", "sql");
            assertThat(diff.out()).contains("-- runs code: runs its query now to fill it");
            if (Psql.available()) {
                try (TestDatabase copy = SERVER.createDatabase("hostile_code_c").execute(PWN).withHostileDefaults()) {
                    Psql.Result psql = Psql.run(copy, diff.out());
                    assertThat(psql.exit()).as(psql.output()).isZero();
                    converged(reference, copy);
                }
            }

            Run dry = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl());
            assertThat(dry.exit()).isEqualTo(1);
            assertThat(dry.out()).contains("CREATE MATERIALIZED VIEW public.stats", "runs code: runs its query now");

            Run apply = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--execute");
            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("runs code: runs its query now to fill it: every function the query calls"
                    + " runs, with the rights of the role that runs the script", "Verification: PASSED");
            assertThat(target.queryValue("SELECT count(*) FROM public.pwned")).contains("1");

            // From a baseline Drift chose (the two-tenant rule), the same statement is held back.
            Run fleet = drift("fleet", "--tenant", "r=" + reference.jdbcUrl(), "--tenant", "o=" + other.jdbcUrl());
            assertThat(fleet.exit()).isEqualTo(1);
            assertThat(fleet.out()).contains("o: BEHIND", "Held back (destructive, granting power or running code",
                    "CREATE MATERIALIZED VIEW public.stats");
        }
    }

    private static List<String> runnable(String script) {
        return script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--")).toList();
    }

    // ---- psql meta-commands and terminal escapes in names and literals, in every object kind ------------

    @Test
    void noNameOrLiteralBecomesAPsqlMetaCommandOrATerminalEscape() throws IOException {
        assumeThat(Psql.available()).as("psql on the PATH").isTrue();
        String marker = "/tmp/dm" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        String role = "r\n\\! touch " + marker + "_role\n";
        Hostile h = new Hostile(marker);
        SERVER.execute("postgres", "CREATE ROLE " + Sql.ident(role));
        try (TestDatabase reference = SERVER.createDatabase("hostile_names_r").execute(h.schema(role));
             TestDatabase empty = SERVER.createDatabase("hostile_names_e").withHostileDefaults();
             TestDatabase full = SERVER.createDatabase("hostile_names_f").execute(h.schema(role)).withHostileDefaults();
             TestDatabase applied = SERVER.createDatabase("hostile_names_a").withHostileDefaults();
             TestDatabase none = SERVER.createDatabase("hostile_names_n")) {
            List<String> printed = new ArrayList<>();

            // Create every object; drop every object; leave the drops held back as comments.
            Run create = drift("diff", "--reference", reference.jdbcUrl(), "--target", empty.jdbcUrl(), "--format", "sql");
            Run drop = drift("diff", "--reference", none.jdbcUrl(), "--target", full.jdbcUrl(), "--format", "sql",
                    "--allow-destructive");
            Run held = drift("diff", "--reference", none.jdbcUrl(), "--target", full.jdbcUrl(), "--format", "sql");
            for (Run r : List.of(create, drop, held)) {
                assertThat(r.exit()).as(r.err()).isEqualTo(1);
                printed.add(r.out());
            }
            assertThat(psql(empty, create.out(), marker)).isZero();
            converged(reference, empty);
            assertThat(held.out()).contains("-- Held back: ");
            assertThat(psql(full, held.out(), marker)).isZero();
            assertThat(psql(full, drop.out(), marker)).isZero();
            converged(none, full);

            // Text for a terminal shows the escape sequence in a name escaped; the apply output too.
            Run text = drift("diff", "--reference", reference.jdbcUrl(), "--target", applied.jdbcUrl());
            Run markdown = drift("diff", "--reference", reference.jdbcUrl(), "--target", applied.jdbcUrl(), "--format",
                    "markdown");
            Run apply = drift("apply", "--reference", reference.jdbcUrl(), "--target", applied.jdbcUrl(), "--execute");
            assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
            // So do the fleet's text report (a tenant may be named anything) and error lines.
            Run fleet = drift("fleet", "--tenant", "ok=" + reference.jdbcUrl(), "--tenant", "e\u001b[31mvil\r="
                    + applied.jdbcUrl(), "--baseline", "tenant:ok");
            Run fleetMarkdown = drift("fleet", "--tenant", "ok=" + reference.jdbcUrl(), "--tenant", "e\u001b[31mvil\r="
                    + applied.jdbcUrl(), "--baseline", "tenant:ok", "--format", "markdown");
            Run fleetHtml = drift("fleet", "--tenant", "ok=" + reference.jdbcUrl(), "--tenant", "e\u001b[31mvil\r="
                    + applied.jdbcUrl(), "--baseline", "tenant:ok", "--format", "html");
            Run error = drift("diff", "--reference", dir.resolve("no\u001b[31msuch.json").toString(), "--target",
                    applied.jdbcUrl());
            assertThat(error.exit()).isEqualTo(2);
            for (Run r : List.of(text, markdown, apply, fleet, fleetHtml, error)) {
                assertThat(r.out() + r.err()).doesNotContain("\u001b", "\r").contains("\\x1b[31m");
            }
            assertThat(fleetMarkdown.out() + fleetMarkdown.err()).doesNotContain("\u001b", "\r");
            // Markdown text outside code escapes the escape's backslash and bracket too: it renders as \x1b[31m.
            assertThat(fleetMarkdown.out()).contains("e\\\\x1b\\[31mvil\\\\x0d");
            converged(reference, applied);

            // A snapshot of these names is no hostile snapshot: it is read, and applied, as the database itself.
            Path snapshot = dir.resolve("names.json");
            assertThat(drift("snapshot", "--url", reference.jdbcUrl(), "--output", snapshot.toString()).exit()).isZero();
            Run fromSnapshot = drift("apply", "--reference", snapshot.toString(), "--target", full.jdbcUrl(), "--execute");
            assertThat(fromSnapshot.exit()).as(fromSnapshot.out() + fromSnapshot.err()).isZero();
            converged(reference, full);
            assertThat(markers(marker)).isEmpty();
            // Lines of these scripts do start with a backslash, inside quoted names and literals: psql reads them
            // as data (no marker above), and so does Drift's lexer, which finds no meta-command in any of them.
            assertThat(printed).allSatisfy(script -> assertThatCode(() -> StatementCheck.split(script))
                    .doesNotThrowAnyException());
            assertThat(printed).anySatisfy(script -> assertThat(script.lines()).anyMatch(l -> l.startsWith("\\!")));
        } finally {
            SERVER.execute("postgres", "DROP ROLE IF EXISTS " + Sql.ident(role));
        }
    }

    /** Runs a script through psql; no meta-command may have run (no marker file). */
    private static int psql(TestDatabase db, String script, String marker) {
        Psql.Result result = Psql.run(db, script);
        assertThat(markers(marker)).as("files a psql meta-command created; psql said:\n" + result.output()).isEmpty();
        assertThat(result.exit()).as(result.output()).isZero();
        return result.exit();
    }

    private static List<Path> markers(String marker) {
        Path tmp = Path.of(marker).getParent();
        String prefix = Path.of(marker).getFileName().toString();
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A schema of every kind whose names and literals hold psql meta-commands, line breaks and escapes. */
    private record Hostile(String marker) {
        String name(String kind, String command) {
            return kind + "\n\\" + command + " " + marker + "_" + kind + "\n";
        }

        String schema(String role) {
            String s = Sql.ident(name("s", "! touch"));
            String t = s + "." + Sql.ident("t\r\\o " + marker + "_o\r--*/");
            String col = Sql.ident("c\\w " + marker + "_w 'x' $$ \"q\"");
            String red = Sql.ident("e\u001b[31mred\u202e");
            String quit = Sql.ident("k\n\\q\n");
            String literal = Sql.literal("line\n\\! touch " + marker + "_lit\n back\\slash 'q' $$");
            String fn = s + "." + Sql.ident(name("f", "! touch"));
            String type = s + "." + Sql.ident(name("e", "! touch"));
            return String.join("\n",
                    "CREATE SCHEMA " + s + ";",
                    "CREATE TYPE " + type + " AS ENUM (" + Sql.literal(name("l", "! touch")) + ", 'back\\slash');",
                    "CREATE DOMAIN " + s + "." + Sql.ident(name("d", "gexec")) + " AS text CONSTRAINT "
                            + Sql.ident(name("dc", "! touch")) + " CHECK (VALUE <> " + literal + ");",
                    "CREATE TYPE " + s + "." + Sql.ident(name("ct", "! touch")) + " AS (" + Sql.ident(name("a", "! touch"))
                            + " text);",
                    "CREATE SEQUENCE " + s + "." + Sql.ident(name("q", "! touch")) + ";",
                    "CREATE TABLE " + t + " (id int PRIMARY KEY, " + col + " text DEFAULT " + literal + ", " + red
                            + " " + type + ", CONSTRAINT " + quit + " CHECK (" + col + " <> " + literal + "));",
                    "CREATE INDEX " + Sql.ident(name("i", "! touch")) + " ON " + t + " (" + col + ") WHERE " + col
                            + " <> " + literal + ";",
                    "CREATE VIEW " + s + "." + Sql.ident(name("v", "! touch")) + " AS SELECT " + col + ", " + literal
                            + " AS " + Sql.ident(name("vc", "! touch")) + " FROM " + t + ";",
                    "CREATE MATERIALIZED VIEW " + s + "." + Sql.ident(name("mv", "! touch")) + " AS SELECT 1 AS x;",
                    "CREATE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + "BEGIN /*\n\\! touch " + marker + "_body\n*/ RETURN NEW; END$$;",
                    "CREATE FUNCTION " + s + "." + Sql.ident(name("g", "! touch")) + "(x text DEFAULT " + literal
                            + ") RETURNS text LANGUAGE sql AS $body$ SELECT x || " + literal + " $body$;",
                    "CREATE TRIGGER " + Sql.ident(name("tr", "! touch")) + " BEFORE INSERT ON " + t
                            + " FOR EACH ROW EXECUTE FUNCTION " + fn + "();",
                    "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;",
                    "CREATE POLICY " + Sql.ident(name("p", "! touch")) + " ON " + t + " USING (" + col + " <> " + literal
                            + ");",
                    "COMMENT ON TABLE " + t + " IS " + literal + ";",
                    "COMMENT ON COLUMN " + t + "." + col + " IS " + literal + ";",
                    "GRANT USAGE ON SCHEMA " + s + " TO " + Sql.ident(role) + ";",
                    "GRANT SELECT ON " + t + " TO " + Sql.ident(role) + ";",
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + s + " GRANT SELECT ON TABLES TO " + Sql.ident(role) + ";",
                    "");
        }
    }
}
