package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.ObjectKey;
import dev.drift.core.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptWriterTest {

    private static FixStatement statement(String sql) {
        return new FixStatement(Phase.TABLES, ObjectKey.table("public", "t"), sql, true, List.of());
    }

    private static final String PREAMBLE = SessionSettings.scriptPreamble();

    @Test
    void aStatementThatNeedsACommittedEnumValueStartsANewTransaction() {
        FixScript script = new FixScript("a", "b", "0a1b", List.of(statement("CREATE TABLE public.t1 ()"), statement("CREATE TABLE public.t2 ()"),
                statement("CREATE TABLE public.t3 ()").withCommitBefore(), statement("CREATE TABLE public.t4 ()")), List.of(), List.of());
        assertThat(script.toSql()).isEqualTo("""
                -- Drift fix script: makes b match a
                -- drift:target-fingerprint 0a1b
                %sBEGIN;
                CREATE TABLE public.t1 ();
                CREATE TABLE public.t2 ();
                COMMIT;
                BEGIN;
                CREATE TABLE public.t3 ();
                CREATE TABLE public.t4 ();
                COMMIT;
                """.formatted(PREAMBLE));
    }

    @Test
    void aCommitPointAloneNeedsNoBlock() {
        FixScript script = new FixScript("a", "b", "0a1b", List.of(statement("CREATE TABLE public.t1 ()"), statement("CREATE TABLE public.t2 ()").withCommitBefore()),
                List.of(), List.of());
        assertThat(script.toSql()).isEqualTo("""
                -- Drift fix script: makes b match a
                -- drift:target-fingerprint 0a1b
                %sCREATE TABLE public.t1 ();
                CREATE TABLE public.t2 ();
                """.formatted(PREAMBLE));
    }
}
