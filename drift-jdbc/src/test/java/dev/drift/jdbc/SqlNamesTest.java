package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlNamesTest {

    @Test
    void findsBareQualifiedAndQuotedNames() {
        assertThat(SqlNames.qualifiedNames("SELECT count(*) FROM public.orders o JOIN \"Sales\".\"Big \"\"Deal\"\"\" d"))
                .contains(List.of("count"), List.of("public", "orders"), List.of("o"), List.of("Sales", "Big \"Deal\""));
    }

    @Test
    void skipsCommentsLiteralsAndDollarQuotes() {
        assertThat(SqlNames.qualifiedNames("SELECT 'public.orders' -- public.secret\n /* x.y */ FROM $q$ a.b $q$ t"))
                .containsExactly(List.of("select"), List.of("from"), List.of("t"));
    }

    @Test
    void keepsPositionalParametersOutOfNames() {
        assertThat(SqlNames.qualifiedNames("SELECT $1 + $2 FROM s.t")).containsExactly(List.of("select"), List.of("from"),
                List.of("s", "t"));
    }
}
