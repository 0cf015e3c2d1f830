package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the raw ends of pg_depend edges resolve to the objects of a read. */
class ObjectIdsTest {

    // pg_depend's own numbers, as the server sends them.
    private static final long PG_CLASS = 1259;
    private static final long PG_TYPE = 1247;
    private static final long PG_ATTRDEF = 2604;
    private static final long PG_REWRITE = 2618;
    private static final long PG_PROC = 1255;
    private static final long PG_NAMESPACE = 2615;

    @Test
    void aTableColumnIsItsColumnAndAViewColumnIsTheView() {
        ObjectIds<String> ids = new ObjectIds<>();
        ids.at(CatalogClass.PG_CLASS, 16400, 0, "table t");
        ids.at(CatalogClass.PG_TYPE, 16402, 0, "table t");
        ids.at(CatalogClass.PG_CLASS, 16400, 2, "column t.b");
        ids.at(CatalogClass.PG_ATTRDEF, 16410, 0, "column t.b");
        ids.at(CatalogClass.PG_CLASS, 16500, 0, "view v");
        ids.anyColumnOf(16500, "view v");
        ids.at(CatalogClass.PG_TYPE, 16502, 0, "view v");
        ids.at(CatalogClass.PG_REWRITE, 16505, 0, "view v");

        assertThat(ids.end(PG_CLASS, 16400, 0)).isEqualTo("table t");
        assertThat(ids.end(PG_CLASS, 16400, 2)).isEqualTo("column t.b");
        assertThat(ids.end(PG_CLASS, 16400, 3)).as("a column that was not read").isNull();
        assertThat(ids.end(PG_ATTRDEF, 16410, 0)).as("the default stands for its column").isEqualTo("column t.b");
        assertThat(ids.end(PG_TYPE, 16402, 0)).as("the row type stands for its table").isEqualTo("table t");
        assertThat(ids.end(PG_CLASS, 16500, 7)).as("any column of a view is the view").isEqualTo("view v");
        assertThat(ids.end(PG_REWRITE, 16505, 0)).as("the view's rule").isEqualTo("view v");
        assertThat(ids.end(PG_TYPE, 16502, 0)).isEqualTo("view v");
        assertThat(ids.oidRange()).as("every registered OID, of every catalog").isEqualTo("16400 AND 16505");
        assertThat(new ObjectIds<String>().oidRange()).as("nothing read: an empty range").isEqualTo("1 AND 0");
    }

    @Test
    void catalogsAndObjectsNotReadResolveToNothing() {
        ObjectIds<String> ids = new ObjectIds<>();
        ids.at(CatalogClass.PG_PROC, 16600, 0, "routine f");
        assertThat(ids.end(PG_PROC, 16600, 0)).isEqualTo("routine f");
        assertThat(ids.end(PG_PROC, 16601, 0)).isNull();
        assertThat(ids.end(PG_NAMESPACE, 16600, 0)).isNull();
        assertThat(ids.end(PG_CLASS, 16600, 0)).as("same OID, other catalog").isNull();
    }

    @Test
    void holdsAMillionObjectsWithOidsAboveTheSignedRange() {
        ObjectIds<Integer> ids = new ObjectIds<>();
        long base = 4_000_000_000L; // OIDs are unsigned 32-bit
        for (int i = 0; i < 1_000_000; i++) {
            ids.at(CatalogClass.PG_CLASS, base + i, 0, i);
        }
        assertThat(ids.size()).isEqualTo(1_000_000);
        for (int i = 0; i < 1_000_000; i += 997) {
            assertThat(ids.end(PG_CLASS, base + i, 0)).isEqualTo(i);
        }
    }
}
