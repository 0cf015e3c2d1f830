package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.DriftException;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.TableDef;
import dev.drift.jdbc.PostgresCatalogReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotCheckTest {

    private static final List<DbObject> BASE = List.of(SchemaDef.of("public"), TableDef.of("public", "n"),
            ColumnDef.of("public", "n", "n", 1, "integer"));

    private static Catalog catalog(int version, DbObject... extra) {
        List<DbObject> all = new ArrayList<>(BASE);
        all.addAll(List.of(extra));
        return new Catalog("db", version, all);
    }

    private static void refused(Catalog catalog, String... message) {
        String json = Snapshots.toJson(catalog);
        assertThatThrownBy(() -> Snapshots.fromJson(json, "bad.json")).isInstanceOf(DriftException.class)
                .hasMessageStartingWith("bad.json: ").hasMessageContainingAll(message);
    }

    @Test
    void aPlainSnapshotPasses() {
        Catalog catalog = catalog(170007, new IndexDef(ObjectKey.index("public", "n", "n_idx"),
                "CREATE INDEX n_idx ON public.n USING btree (n)", Optional.empty()));
        assertThat(Snapshots.fromJson(Snapshots.toJson(catalog), "good.json")).isEqualTo(catalog);
        assertThat(Snapshots.fromJson(Snapshots.toJson(catalog(0)), "unknown-version.json")).isEqualTo(catalog(0));
    }

    @Test
    void theOldestMajorIsTheReaders() {
        assertThat(SnapshotCheck.OLDEST_MAJOR).isEqualTo(PostgresCatalogReader.OLDEST_SUPPORTED);
    }

    @Test
    void anAbsurdServerVersionIsRefused() {
        refused(catalog(999999999), "serverVersion 999999999");
        refused(catalog(-1), "serverVersion -1");
        refused(catalog(130010), "serverVersion 130010");
    }

    @Test
    void namesLongerThanPostgresKeepsAreRefused() {
        refused(catalog(170007, ColumnDef.of("public", "n", "x".repeat(100_000), 2, "integer")), "100000 bytes long");
        // 63 bytes pass, 64 do not (multi-byte characters count as their bytes).
        assertThat(Snapshots.fromJson(Snapshots.toJson(catalog(170007, ColumnDef.of("public", "n", "é".repeat(31) + "x",
                2, "integer"))), "ok.json")).isNotNull();
        refused(catalog(170007, ColumnDef.of("public", "n", "é".repeat(32), 2, "integer")), "64 bytes long");
    }

    @Test
    void referencesMustLeadToObjectsTheSnapshotHas() {
        refused(catalog(170007, ColumnDef.of("public", "gone", "id", 1, "integer")), "belongs to public.gone");
        refused(catalog(170007, PrivilegeDef.of(ObjectKey.table("public", "gone"), "app", List.of("SELECT"), List.of())),
                "which the snapshot does not have");
    }

    @Test
    void textsThatWouldReshapeAStatementAreRefused() {
        refused(catalog(170007, new IndexDef(ObjectKey.index("public", "n", "n_idx"),
                "CREATE INDEX n_idx ON public.n USING btree (n); DELETE FROM public.victim; COMMIT", Optional.empty())),
                "the definition of index public.n.n_idx", "semicolon");
        refused(catalog(170007, new IndexDef(ObjectKey.index("public", "n", "n_idx"),
                "CREATE INDEX other ON public.victim USING btree (n)", Optional.empty())), "is not a CREATE INDEX of n_idx");
        refused(catalog(170007, new ColumnDef(ObjectKey.column("public", "n", "d"), 2, "integer", false,
                Optional.of("0) , DROP COLUMN n, ADD CHECK (true"), Optional.empty(), Optional.empty(), Optional.empty())),
                "the default of column public.n.d", "parenthesis");
        refused(catalog(170007, ColumnDef.of("public", "n", "e", 2, "integer \\! id")), "backslash");
        refused(catalog(170007, PrivilegeDef.of(ObjectKey.table("public", "n"), "app",
                List.of("SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC; --"), List.of())), "is not one of");
    }

    @Test
    void aStatementTheSnapshotWouldProduceMustPassTheCheck() {
        ObjectKey f = ObjectKey.routine("public", "f", List.of());
        RoutineDef standard = new RoutineDef(f, RoutineDef.Kind.FUNCTION, "", Optional.of("integer"), "sql",
                RoutineDef.Volatility.VOLATILE, false, false, false, RoutineDef.Parallel.UNSAFE, 100, 0, Optional.empty(),
                List.of(), "BEGIN ATOMIC\n SELECT 1;\nEND; DELETE FROM public.victim", true, Optional.empty());
        refused(catalog(170007, standard), "the body of routine public.f()", "would make an unsafe statement",
                "more than one statement");
    }
}
