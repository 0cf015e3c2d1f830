package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.ObjectKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptWriterTest {

    private static FixStatement statement(String sql) {
        return new FixStatement(Phase.TABLES, ObjectKey.table("public", "t"), sql, true, List.of());
    }

    @Test
    void aStatementThatNeedsACommittedEnumValueStartsANewTransaction() {
        FixScript script = new FixScript("a", "b", List.of(statement("SELECT 1"), statement("SELECT 2"),
                statement("SELECT 3").withCommitBefore(), statement("SELECT 4")), List.of(), List.of());
        assertThat(script.toSql()).isEqualTo("""
                -- Drift fix script: makes b match a
                BEGIN;
                SELECT 1;
                SELECT 2;
                COMMIT;
                BEGIN;
                SELECT 3;
                SELECT 4;
                COMMIT;
                """);
    }

    @Test
    void aCommitPointAloneNeedsNoBlock() {
        FixScript script = new FixScript("a", "b", List.of(statement("SELECT 1"), statement("SELECT 2").withCommitBefore()),
                List.of(), List.of());
        assertThat(script.toSql()).isEqualTo("""
                -- Drift fix script: makes b match a
                SELECT 1;
                SELECT 2;
                """);
    }
}
