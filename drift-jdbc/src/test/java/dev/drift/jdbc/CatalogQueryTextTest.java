package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
        List<String> names = new ArrayList<>(KindReaders.ALL.stream().map(KindReader::query).toList());
        names.add("dependencies");
        for (String name : names) {
            String sql = CatalogQueries.load(name);
            assertThat(CatalogQueries.withoutComments(sql)).as(name).isEqualTo(sql);
            assertThat(sql.replace("{{registered_oids}}", "")).as(name).matches("(?s)(SELECT|WITH) .*")
                    .doesNotContain("{{");
        }
    }

    @Test
    void aColumnThatPostgresql15AddedIsNamedOnlyToPostgresql15AndLater() {
        // pg_index.indnullsnotdistinct: a query naming it would not parse on PostgreSQL 14.
        assertThat(CatalogQueries.load("indexes", 150000)).contains("NOT x.indnullsnotdistinct");
        assertThat(CatalogQueries.load("indexes", 180000)).contains("NOT x.indnullsnotdistinct");
        assertThat(CatalogQueries.load("indexes", 140000)).contains("NOT false").doesNotContain("indnullsnotdistinct");
        assertThat(CatalogQueries.expandVersions("a AND {{since_pg15 x.y}}", 149999)).isEqualTo("a AND false");
    }

    @Test
    void dependenciesAreAskedForBetweenTheCatalogsTheObjectsComeFrom() {
        assertThat(CatalogQueries.load("dependencies"))
                .contains("d.classid IN (" + CatalogClass.regclassList() + ")")
                .contains("'pg_collation'::regclass")
                .contains("d.refclassid IN (" + CatalogClass.regclassList() + ")");
    }
}
