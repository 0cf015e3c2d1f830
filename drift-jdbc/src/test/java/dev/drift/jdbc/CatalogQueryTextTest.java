package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of the catalog queries as sent: comments gone, quoted text untouched. */
class CatalogQueryTextTest {

    @Test
    void commentsAreRemovedAndQuotedTextIsKept() {
        String sql = """
                -- a comment line
                SELECT 'a -- b' AS "x--y", -- trailing
                       'it''s -- here'
                -- another
                FROM t -- end
                """;
        assertThat(CatalogQueries.withoutComments(sql))
                .isEqualTo("SELECT 'a -- b' AS \"x--y\",\n       'it''s -- here'\nFROM t\n");
    }

    @Test
    void everyResourceLoadsWithoutComments() {
        for (String name : List.of("schemas", "tables", "columns", "constraints", "indexes", "sequences", "views",
                "routines", "aggregates", "triggers", "extensions", "types", "inheritance", "row_security", "policies",
                "default_privileges", "dependencies", "subjects")) {
            String sql = CatalogQueries.load(name);
            assertThat(CatalogQueries.withoutComments(sql)).as(name).isEqualTo(sql);
            assertThat(sql.replace("{{registered_oids}}", "")).as(name).matches("(?s)(SELECT|WITH) .*")
                    .doesNotContain("{{");
        }
    }
}
