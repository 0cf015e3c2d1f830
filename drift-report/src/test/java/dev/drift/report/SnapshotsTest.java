package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.DriftException;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.TableDef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {

    @TempDir
    Path dir;

    /**
     * Every record behind DbObject, present and future, round-trips: samples are built from the record
     * components, so a new kind of object is covered as soon as it is permitted.
     */
    @Test
    void everyPermittedObjectTypeRoundTrips() {
        List<Class<?>> types = ModelJson.recordsPermittedBy(DbObject.class);
        assertThat(types).hasSizeGreaterThanOrEqualTo(6);
        List<DbObject> all = new ArrayList<>();
        for (Class<?> type : types) {
            List<DbObject> samples = ModelSamples.samplesOf(type);
            assertThat(samples).as("samples of %s (teach ModelSamples its component types)", type.getSimpleName())
                    .isNotEmpty();
            for (DbObject sample : samples) {
                Catalog one = new Catalog("one", 1, List.of(sample));
                // Samples are shapes, not schemas (their references lead nowhere): read without the snapshot checks.
                assertThat(Snapshots.shapeOf(Snapshots.toJson(one), "sample")).as("%s", sample).isEqualTo(one);
            }
            for (DbObject sample : samples) {
                if (all.stream().noneMatch(o -> o.key().equals(sample.key()))) {
                    all.add(sample);
                }
            }
        }
        Catalog catalog = new Catalog("samples \"db\"", 180003, all);
        String json = Snapshots.toJson(catalog);
        Catalog back = Snapshots.shapeOf(json, "samples.json");
        assertThat(back).isEqualTo(catalog);
        assertThat(back.fingerprint()).isEqualTo(catalog.fingerprint());
        assertThat(Snapshots.toJson(back)).isEqualTo(json);
    }

    @Test
    void writesAStableReviewableDocument() {
        Catalog catalog = new Catalog("tenant_a", 170007, List.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint").withNotNull(true)));
        String json = Snapshots.toJson(catalog);
        assertThat(json).isEqualTo("""
                {
                  "format": "drift-catalog/2",
                  "database": "tenant_a",
                  "serverVersion": 170007,
                  "fingerprint": "%s",
                  "objects": [
                    {
                      "key": {
                        "kind": "SCHEMA",
                        "schema": "public",
                        "name": "public"
                      }
                    },
                    {
                      "key": {
                        "kind": "TABLE",
                        "schema": "public",
                        "name": "orders"
                      },
                      "persistence": "PERMANENT"
                    },
                    {
                      "key": {
                        "kind": "COLUMN",
                        "schema": "public",
                        "parent": "orders",
                        "name": "id"
                      },
                      "position": 1,
                      "type": "bigint",
                      "notNull": true
                    }
                  ]
                }
                """.formatted(catalog.fingerprint()));
    }

    @Test
    void aFileGetsItsFingerprintInPlaceWhateverTheDatabaseIsCalled() throws Exception {
        // The file is written while the fingerprint is computed and the fingerprint put in its place after: a
        // name with multi-byte characters, escapes and the stand-in's letter must not move or take that place.
        String name = "t\u00e9nant \"\u2028\\ " + "x".repeat(40) + " \ud83d\ude00";
        Catalog catalog = new Catalog(name, 170000, List.of(SchemaDef.of("public"), TableDef.of("public", "orders")));
        Path file = dir.resolve("odd-name.json");
        Snapshots.write(catalog, file);
        assertThat(Files.readString(file)).isEqualTo(Snapshots.toJson(catalog)).contains(catalog.fingerprint());
        assertThat(Snapshots.read(file)).isEqualTo(catalog);
    }

    @Test
    void writesAndReadsFiles() throws Exception {
        Catalog catalog = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "orders"));
        Path file = dir.resolve("nested/baseline.json");
        Snapshots.write(catalog, file);
        assertThat(Snapshots.read(file)).isEqualTo(catalog);
        assertThat(Files.readString(file)).isEqualTo(Snapshots.toJson(catalog));
        try (var in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            assertThat(Snapshots.read(in, "classpath:/baseline.json")).isEqualTo(catalog);
        }
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aNewerFormatIsAClearErrorNamingBothVersions() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, Snapshots.toJson(Catalog.of()).replace("drift-catalog/2", "drift-catalog/3"));
        assertThatThrownBy(() -> Snapshots.read(file)).isInstanceOf(DriftException.class)
                .hasMessage(file + " is in format drift-catalog/3, but this Drift reads drift-catalog/2 at most:"
                        + " read it with a newer Drift");
    }

    /**
     * Format 1 gave default privileges for every schema the key schema {@code "*"}; from format 2 they belong to
     * the database (a key with no schema), and a format 1 file still reads as the same catalog, streamed (the
     * format first, as Drift writes it) or as a hand-made file with the format elsewhere.
     */
    @Test
    void readsTheFirstFormatWithItsKeysOfTheDatabase() {
        DefaultPrivilegeDef everySchema = DefaultPrivilegeDef.of("app_owner", Optional.empty(), "TABLES", "app_reader",
                List.of("SELECT"), List.of());
        DefaultPrivilegeDef oneSchema = DefaultPrivilegeDef.of("app_owner", Optional.of("sales"), "TABLES", "app_reader",
                List.of("INSERT"), List.of());
        Catalog catalog = new Catalog("tenant_a", 170007, List.of(SchemaDef.of("sales"), everySchema, oneSchema));
        String current = Snapshots.toJson(catalog);
        assertThat(current).contains("""
                      "key": {
                        "kind": "DEFAULT_PRIVILEGE",
                        "schema": "",
                        "name": "tables created by app_owner to app_reader"
                      },
                      "role": "app_owner",
                """);
        String first = current.replace("drift-catalog/2", "drift-catalog/1")
                .replace("\"schema\": \"\",", "\"schema\": \"*\",");
        assertThat(first).contains("\"schema\": \"*\"");
        assertThat(Snapshots.fromJson(first, "baseline-v1.json")).isEqualTo(catalog);
        assertThat(Snapshots.toJson(Snapshots.fromJson(first, "baseline-v1.json"))).isEqualTo(current);
        String formatLast = first.replace("\"format\": \"drift-catalog/1\",\n", "")
                .replaceFirst("\n}\n$", ",\n  \"format\": \"drift-catalog/1\"\n}\n");
        assertThat(Snapshots.fromJson(formatLast, "hand-made-v1.json")).isEqualTo(catalog);
        // Format 2 has no "*" schema: such a key is refused, not taken for the database's.
        assertThatThrownBy(() -> Snapshots.fromJson(current.replace("\"schema\": \"\",", "\"schema\": \"*\","),
                "b.json")).isInstanceOf(DriftException.class);
        assertThat(everySchema.key().isDatabaseLevel()).isTrue();
        assertThat(everySchema.key().toString()).isEqualTo("default privilege tables created by app_owner to app_reader");
        assertThat(oneSchema.key().isDatabaseLevel()).isFalse();
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"drift-catalog/1\",\n  \"objects\": [ }\n");
        assertThatThrownBy(() -> Snapshots.read(file)).isInstanceOf(DriftException.class)
                .hasMessageStartingWith(file + " is not valid JSON at line 3, column 16: ");
    }

    @Test
    void invalidValuesNameTheirPathAndObject() {
        String json = Snapshots.toJson(Catalog.of(TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint")));
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"position\": 1", "\"position\": \"first\""), "b.json"))
                .hasMessage("b.json: objects[1].position: must be an integer but is string \"first\""
                        + " (column public.orders.id)");
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"position\": 1", "\"position\": 0"), "b.json"))
                .hasMessage("b.json: objects[1]: is not a valid ColumnDef: position must be at least 1 but was 0"
                        + " (column public.orders.id)");
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"type\": \"bigint\",", ""), "b.json"))
                .hasMessage("b.json: objects[1].type: is missing (column public.orders.id)");
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"PERMANENT\"", "\"TEMPORARY\""), "b.json"))
                .hasMessage("b.json: objects[0].persistence: string \"TEMPORARY\" is not one of [PERMANENT, UNLOGGED]"
                        + " (table public.orders)");
        // Kinds and fields from a newer Drift (these names stay unknown whatever kinds are added).
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"COLUMN\"", "\"NO_SUCH_KIND\""), "b.json"))
                .hasMessageStartingWith("b.json: objects[1].key.kind: string \"NO_SUCH_KIND\" is not one of [SCHEMA,");
        assertThatThrownBy(() -> Snapshots.fromJson(json.replace("\"notNull\"", "\"aNewField\": \"lz4\", \"notNull\""),
                "b.json"))
                .hasMessage("b.json: objects[1]: unknown field aNewField for a ColumnDef (a file written by a newer"
                        + " Drift?) (column public.orders.id)");
    }

    /**
     * Objects are read straight from the token stream once their kind was read before; whatever that reader
     * does not take is read from its tree. Both ways give the same catalog, byte for byte, and the same
     * errors, whether the file is read first (every kind new) or again (every kind known).
     */
    @Test
    void theStreamReaderReadsWhatTheTreeReaderReadsAndFailsAlike() {
        List<DbObject> all = new ArrayList<>();
        for (Class<?> type : ModelJson.recordsPermittedBy(DbObject.class)) {
            for (DbObject sample : ModelSamples.samplesOf(type)) {
                if (all.stream().noneMatch(o -> o.key().equals(sample.key()))) {
                    all.add(sample);
                }
            }
        }
        Catalog catalog = new Catalog("samples", 170004, all);
        String json = Snapshots.toJson(catalog);
        for (int pass = 0; pass < 2; pass++) {
            Catalog streamed = Snapshots.shapeOf(json, "s.json");
            Catalog trees = Snapshots.shapeByTrees(json, "s.json");
            assertThat(streamed).isEqualTo(trees).isEqualTo(catalog);
            assertThat(streamed.canonicalText()).isEqualTo(trees.canonicalText());
            assertThat(streamed.fingerprint()).isEqualTo(catalog.fingerprint());
            assertThat(Snapshots.toJson(streamed)).isEqualTo(json);
        }
        String one = Snapshots.toJson(Catalog.of(TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint")));
        List<String> hostile = List.of(
                one.replace("\"position\": 1", "\"position\": \"first\""),
                one.replace("\"position\": 1", "\"position\": 0"),
                one.replace("\"position\": 1", "\"position\": 1.5"),
                one.replace("\"position\": 1", "\"position\": 12345678901"),
                one.replace("\"position\": 1", "\"position\": null"),
                one.replace("\"position\": 1", "\"position\": 1, \"position\": 2"),
                one.replace("\"type\": \"bigint\",", ""),
                one.replace("\"type\": \"bigint\",", "\"type\": [\"bigint\"],"),
                one.replace("\"PERMANENT\"", "\"TEMPORARY\""),
                one.replace("\"COLUMN\"", "\"NO_SUCH_KIND\""),
                one.replace("\"COLUMN\"", "\"TABLE\""),
                one.replace("\"notNull\"", "\"aNewField\": \"lz4\", \"notNull\""),
                one.replace("\"notNull\": false", "\"notNull\": \"false\""),
                one.replace("\"key\": {", "\"key\": {\"extra\": 1, "),
                one.replace("\"objects\": [", "\"objects\": [ 7, "),
                one.replace("\"objects\": [", "\"objects\": [ null, "),
                one.substring(0, one.indexOf("\"notNull\"")),
                one.replace("\"name\": \"id\"", "\"name\": \"id\", \"arguments\": [null]"));
        for (int pass = 0; pass < 2; pass++) {
            for (String document : hostile) {
                Catalog unused = Snapshots.shapeOf(one, "warm.json");
                assertThat(unused.size()).isEqualTo(2);
                String byTrees = failure(() -> Snapshots.shapeByTrees(document, "b.json"));
                assertThat(failure(() -> Snapshots.shapeOf(document, "b.json"))).as(document).isEqualTo(byTrees);
            }
        }
    }

    private static String failure(Runnable read) {
        try {
            read.run();
            return "read";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void somethingElseIsNotTakenForASnapshot() {
        assertThatThrownBy(() -> Snapshots.fromJson("{\"objects\": []}", "x.json"))
                .hasMessage("x.json is not a Drift drift-catalog document: it has no \"format\" field"
                        + " (expected \"format\": \"drift-catalog/2\")");
        assertThatThrownBy(() -> Snapshots.fromJson("{\"format\": \"drift-diff/1\"}", "x.json"))
                .hasMessage("x.json is not a drift-catalog document: its format is \"drift-diff/1\""
                        + " (expected \"drift-catalog/2\")");
        assertThatThrownBy(() -> Snapshots.fromJson("", "x.json"))
                .hasMessage("x.json is empty: expected a Drift JSON document");
        assertThatThrownBy(() -> Snapshots.fromJson("[1]", "x.json"))
                .hasMessage("x.json is not a Drift JSON document: expected an object at the top");
        String extra = Snapshots.toJson(Catalog.of()).replace("\"objects\"", "\"aNewTopLevelField\": [], \"objects\"");
        assertThatThrownBy(() -> Snapshots.fromJson(extra, "x.json"))
                .hasMessage("x.json: unknown top-level field(s) aNewTopLevelField");
    }

    @Test
    void aMissingFileIsOneClearLine() {
        Path file = dir.resolve("nope.json");
        assertThatThrownBy(() -> Snapshots.read(file)).isInstanceOf(DriftException.class)
                .hasMessage("the snapshot file " + file + " does not exist");
    }

    @Test
    void keysWithArgumentsAndNoParentKeepThem() {
        ObjectKey key = new ObjectKey(dev.drift.core.ObjectKind.TABLE, "s", java.util.Optional.empty(), "t",
                List.of("integer", "text"));
        Catalog catalog = Catalog.of(new TableDef(key, TableDef.Persistence.UNLOGGED, java.util.Optional.of("RANGE (a)")));
        String json = Snapshots.toJson(catalog);
        assertThat(json).contains("\"arguments\": [\n");
        assertThat(Snapshots.fromJson(json, "t")).isEqualTo(catalog);
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void storageParametersAreLeftOutWhenThereAreNoneAndReadBackWhenThereAre() {
        Catalog none = Catalog.of(TableDef.of("public", "orders"));
        assertThat(Snapshots.toJson(none)).doesNotContain("storage");
        Catalog some = Catalog.of(new TableDef(dev.drift.core.ObjectKey.table("public", "orders"), TableDef.Persistence.PERMANENT,
                java.util.Optional.empty(), java.util.Optional.empty(), List.of("fillfactor=70", "toast.autovacuum_enabled=false")));
        String json = Snapshots.toJson(some);
        assertThat(json).contains("\"storage\": [").contains("\"toast.autovacuum_enabled=false\"");
        assertThat(Snapshots.fromJson(json, "t")).isEqualTo(some);
        // A snapshot written before storage parameters were read is a catalog without them.
        assertThat(Snapshots.fromJson(Snapshots.toJson(none), "t")).isEqualTo(none);
    }
}
