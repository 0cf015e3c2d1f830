package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void plainNamesStandBare() {
        assertThat(Sql.ident("orders")).isEqualTo("orders");
        assertThat(Sql.ident("external_id")).isEqualTo("external_id");
        assertThat(Sql.ident("_x1$")).isEqualTo("_x1$");
        assertThat(Sql.qualified("public", "orders")).isEqualTo("public.orders");
    }

    @Test
    void namesPostgresWouldFoldOrRejectAreQuoted() {
        assertThat(Sql.ident("Orders")).isEqualTo("\"Orders\"");
        assertThat(Sql.ident("odd table")).isEqualTo("\"odd table\"");
        assertThat(Sql.ident("1st")).isEqualTo("\"1st\"");
        assertThat(Sql.ident("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Sql.ident("größe")).isEqualTo("\"größe\"");
        assertThat(Sql.ident("a;drop table x")).isEqualTo("\"a;drop table x\"");
    }

    @Test
    void reservedWordsAreQuotedUnreservedAreNot() {
        assertThat(Sql.ident("select")).isEqualTo("\"select\"");
        assertThat(Sql.ident("user")).isEqualTo("\"user\"");
        assertThat(Sql.ident("order")).isEqualTo("\"order\"");
        assertThat(Sql.ident("int")).isEqualTo("\"int\"");
        // unreserved keywords may stand bare, as quote_ident leaves them
        assertThat(Sql.ident("name")).isEqualTo("name");
        assertThat(Sql.ident("data")).isEqualTo("data");
    }

    @Test
    void literalsDoubleQuotesAndEscapeBackslashes() {
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
        assertThat(Sql.literal("a;b")).isEqualTo("'a;b'");
        assertThat(Sql.literal("c:\\path")).isEqualTo("E'c:\\\\path'");
        assertThat(Sql.literal("")).isEqualTo("''");
    }

    @Test
    void emptyIdentifierIsRefused() {
        assertThatThrownBy(() -> Sql.ident("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
    }
}
