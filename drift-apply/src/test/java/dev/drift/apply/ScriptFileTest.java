package dev.drift.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptFileTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String text = """
                -- Drift fix script: makes b match a
                -- drift:target-fingerprint 0a1b
                BEGIN;
                -- a comment; with a semicolon
                ALTER TABLE public.t ADD COLUMN c text DEFAULT 'x;y' ;
                /* block; /* nested; */ comment */ CREATE TABLE "we;ird" (
                    a text DEFAULT E'it\\'s;',
                    b text
                );
                CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
                COMMIT;
                CREATE INDEX CONCURRENTLY t_c ON public.t (c);
                """;

        ScriptFile script = ScriptFile.parse(text, "fix.sql");

        assertThat(script.targetFingerprint()).isEqualTo(Optional.of("0a1b"));
        assertThat(script.steps()).extracting(ApplyStep::sql).containsExactly(
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT 'x;y'",
                "CREATE TABLE \"we;ird\" (\n    a text DEFAULT E'it\\'s;',\n    b text\n)",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$",
                "CREATE INDEX CONCURRENTLY t_c ON public.t (c)");
        assertThat(script.steps()).extracting(ApplyStep::transactional).containsExactly(true, true, true, false);
        assertThat(script.steps()).extracting(ApplyStep::description)
                .containsExactly("fix.sql line 5", "fix.sql line 6", "fix.sql line 10", "fix.sql line 12");
    }

    @Test
    void refusesWhatItCannotRunAsIntended() {
        assertThatThrownBy(() -> ScriptFile.parse("CREATE TABLE public.t ();\n\\set ON_ERROR_STOP 1\n", "a.sql"))
                .hasMessageContaining("a.sql line 2: psql meta-commands");
        assertThatThrownBy(() -> ScriptFile.parse("BEGIN;\nCREATE TABLE public.t ();\nROLLBACK;\n", "b.sql"))
                .hasMessageContaining("b.sql line 3: 'ROLLBACK' is not supported");
        assertThatThrownBy(() -> ScriptFile.parse("COMMENT ON TABLE public.t IS 'open;\n", "c.sql"))
                .hasMessageContaining("c.sql line 1: a string constant that is never closed");
        assertThatThrownBy(() -> ScriptFile.parse("-- drift:target-fingerprint aa\n-- drift:target-fingerprint bb\n", "d.sql"))
                .hasMessageContaining("different drift:target-fingerprint headers");
    }

    @Test
    void headersAreReadOnlyFromTheCommentLinesAScriptStartsWith() {
        // A function body copied from a tenant may hold a line that looks like a header: it is not one.
        String body = "-- drift:target-fingerprint 0a1b\nCREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$\n"
                + "-- drift:target-fingerprint ffff\nSELECT 1 $$;\n";
        assertThat(ScriptFile.parse(body, "f.sql").targetFingerprint()).hasValue("0a1b");
        assertThat(ScriptFile.parse("CREATE TABLE public.t ();\n-- drift:target-fingerprint 0a1b\n", "g.sql")
                .targetFingerprint()).isEmpty();
    }

    @Test
    void aScriptWithoutHeaderHasNoFingerprint() {
        assertThat(ScriptFile.parse("CREATE TABLE public.t ()", "e.sql").targetFingerprint()).isEmpty();
        assertThat(ScriptFile.parse("CREATE TABLE public.t ()", "e.sql").steps()).extracting(ApplyStep::sql)
                .containsExactly("CREATE TABLE public.t ()");
    }

    private static dev.drift.report.FixStatement statement(String sql, boolean transactional) {
        dev.drift.core.ObjectKey subject = sql.startsWith("ALTER TYPE") ? new dev.drift.core.ObjectKey(dev.drift.core.ObjectKind.TYPE, "public",
                java.util.Optional.empty(), "tier", java.util.List.of())
                : sql.contains("INDEX") ? dev.drift.core.ObjectKey.index("public", "t", "t_c_key")
                : dev.drift.core.ObjectKey.table("public", "t");
        return new dev.drift.report.FixStatement(dev.drift.report.Phase.TABLES, subject, sql, transactional,
                java.util.List.of());
    }

    @Test
    void aScriptDriftWroteRunsInTheTransactionsItWasPlannedWith() {
        // Commit points of every kind: a new enum value (single statements, no BEGIN), a concurrent build and
        // what follows it, a validation; and blocks of several statements.
        dev.drift.report.FixScript planned = new dev.drift.report.FixScript("a", "b", "0a1b", java.util.List.of(
                statement("ALTER TYPE public.tier ADD VALUE 'gold'", true),
                statement("ALTER TABLE public.t ALTER COLUMN tier SET DEFAULT 'gold'::public.tier", true).withCommitBefore(),
                statement("ALTER TABLE public.t ADD COLUMN c int", true),
                statement("CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON public.t USING btree (c)", false),
                statement("ALTER TABLE public.t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key", true).withCommitBefore(),
                statement("ALTER TABLE public.t ADD CONSTRAINT t_c_check CHECK ((c > 0)) NOT VALID", true),
                statement("ALTER TABLE public.t VALIDATE CONSTRAINT t_c_check", true).withCommitBefore()),
                java.util.List.of(), java.util.List.of());

        ScriptFile parsed = ScriptFile.parse(planned.toSql(), "fix.sql");

        assertThat(parsed.targetFingerprint()).as("what apply checks the target against").hasValue("0a1b");
        assertThat(parsed.steps()).extracting(ApplyStep::sql).containsExactlyElementsOf(
                planned.statements().stream().map(dev.drift.report.FixStatement::sql).toList());
        assertThat(parsed.steps()).extracting(ApplyStep::transactional).containsExactly(true, true, true, false, true,
                true, true);
        assertThat(parsed.steps()).extracting(ApplyStep::commitBefore)
                .containsExactlyElementsOf(FixScriptSteps.of(planned).stream().map(ApplyStep::commitBefore).toList());
    }

    @Test
    void statementsOutsideABlockRunTogetherExceptWhereACommitIsNeeded() {
        ScriptFile script = ScriptFile.parse("""
                ALTER TABLE public.t ADD COLUMN a int;
                ALTER TABLE public.t ADD COLUMN b int;
                ALTER TYPE public.e ADD VALUE 'x';
                ALTER TABLE public.t ADD COLUMN c public.e DEFAULT 'x';
                BEGIN;
                ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;
                ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check;
                COMMIT;
                ALTER TABLE public.t ADD COLUMN d int;
                ALTER TABLE public.t VALIDATE CONSTRAINT t_b_check;
                """, "hand.sql");

        assertThat(script.steps()).extracting(ApplyStep::commitBefore)
                .containsExactly(false, false, false, true, true, false, true, true);
    }

    /** Names a tenant may give its schema: a line break (with SQL after it), quotes, backslashes, other line breaks. */
    private static final java.util.List<String> HOSTILE_SCHEMAS = java.util.List.of("tenant_1", "Tenant \"One\"",
            "x\nDROP TABLE public.t; --", "a\rb", "back\\slash\\000A", "U&\"x\"", "line\u2028sep\u0085nel",
            "caf\u00e9 \u65e5\u672c \ud83d\ude00", "esc\u001b[31mred", "\"\"", " ", "--", "tab\there");

    @Test
    void aTenantSchemasHeaderKeepsAnyNameOnOneCommentLineAndReadsBackAsIs() {
        for (String schema : HOSTILE_SCHEMAS) {
            // The statement names the schema as Drift writes it, which the header's schema must confine.
            String sql = "ALTER TABLE " + dev.drift.core.Sql.qualified(schema, "t") + " ADD COLUMN c int";
            dev.drift.report.FixScript planned = new dev.drift.report.FixScript("a", "b", "0a1b", java.util.List.of(
                    statement(sql, true)), java.util.List.of(), java.util.List.of(), Optional.of(schema));
            String text = planned.toSql();

            String header = text.split("\n")[2];
            assertThat(header).as(schema).startsWith("-- drift:schema ").matches("[\\x20-\\x7e]+");
            ScriptFile parsed = ScriptFile.parse(text, "fix.sql");
            assertThat(parsed.schema()).as(schema).hasValue(schema);
            assertThat(parsed.targetFingerprint()).hasValue("0a1b");
            assertThat(parsed.steps()).extracting(ApplyStep::sql).as("the name in the header never becomes SQL")
                    .containsExactly(sql);
        }
        assertThat(ScriptFile.parse("-- drift:target-fingerprint 0a1b\nCREATE TABLE public.t ()", "e.sql").schema())
                .isEmpty();
    }

    @Test
    void aSchemaHeaderIsReadOnlyAtTheTopAndMustBeOneWellQuotedName() {
        // Inside a statement (a function body a tenant wrote), the line is text, not a header.
        String body = """
                -- drift:target-fingerprint 0a1b
                CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $b$
                -- drift:schema "other"
                SELECT 1 $b$;
                """;
        assertThat(ScriptFile.parse(body, "f.sql").schema()).isEmpty();
        assertThat(ScriptFile.parse("-- drift:schema \"a\"\r\n-- drift:schema \"a\"\r\n", "g.sql").schema()).hasValue("a");
        for (String bad : java.util.List.of("tenant_1", "\"a", "\"a\"b\"", "\"\"", "U&\"\\00\"", "U&\"\\0000\"",
                "U&\"\\D800\"", "U&\"\\+110000\"", "'a'", "\"a\" \"b\"", "\"caf\u00e9\"")) {
            assertThatThrownBy(() -> ScriptFile.parse("-- drift:schema " + bad + "\n", "h.sql")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("h.sql: the -- drift:schema header must hold one double-quoted schema name");
        }
        assertThatThrownBy(() -> ScriptFile.parse("-- drift:schema \"a\"\n-- drift:schema \"b\"\n", "i.sql"))
                .hasMessage("i.sql has 2 different -- drift:schema headers; keep the one of the plan");
    }

    @Test
    void aTenantSchemasScriptIsRefusedWhenAStatementChangesAnotherSchema() {
        String script = """
                -- drift:target-fingerprint 0a1b
                -- drift:schema "tenant_a"
                ALTER TABLE tenant_a.orders ADD COLUMN external_id text;
                DROP TABLE tenant_b.orders;
                """;
        assertThatThrownBy(() -> ScriptFile.parse(script, "fix.sql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fix.sql line 4: 'DROP TABLE tenant_b.orders' is refused: the script is for schema \"tenant_a\""
                        + " (its drift:schema header), but it changes schema tenant_b, not tenant_a");
        // Without the header (a database's script) every schema is the script's.
        assertThat(ScriptFile.parse(script.replace("-- drift:schema \"tenant_a\"\n", ""), "db.sql").steps()).hasSize(2);
    }
}
