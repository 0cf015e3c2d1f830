package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.jdbc.ApplyStep;
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
        assertThatThrownBy(() -> ScriptFile.parse("SELECT 1;\n\\set ON_ERROR_STOP 1\n", "a.sql"))
                .hasMessageContaining("a.sql line 2: psql meta-commands");
        assertThatThrownBy(() -> ScriptFile.parse("BEGIN;\nSELECT 1;\nROLLBACK;\n", "b.sql"))
                .hasMessageContaining("b.sql line 3: 'ROLLBACK' is not supported");
        assertThatThrownBy(() -> ScriptFile.parse("SELECT 'open;\n", "c.sql"))
                .hasMessageContaining("c.sql line 1: a quote that starts here is never closed");
        assertThatThrownBy(() -> ScriptFile.parse("-- drift:target-fingerprint aa\n-- drift:target-fingerprint bb\n", "d.sql"))
                .hasMessageContaining("different drift:target-fingerprint headers");
    }

    @Test
    void aScriptWithoutHeaderHasNoFingerprint() {
        assertThat(ScriptFile.parse("SELECT 1", "e.sql").targetFingerprint()).isEmpty();
        assertThat(ScriptFile.parse("SELECT 1", "e.sql").steps()).extracting(ApplyStep::sql).containsExactly("SELECT 1");
    }
}
