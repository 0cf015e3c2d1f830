package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.core.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generic rules on component types the current model does not use yet, so new kinds can. */
class ModelJsonTest {

    record Grant(String role, Set<String> privileges, SortedSet<String> columns, Map<ObjectKind, Integer> counts,
                 SortedMap<String, String> options, Optional<List<String>> note, double ratio) {
    }

    @Test
    void setsAndMapsRoundTripAndAreWrittenInOrder() {
        Grant grant = new Grant("app", Set.of("UPDATE", "SELECT", "INSERT"), new TreeSet<>(Set.of("b", "a")),
                Map.of(ObjectKind.TABLE, 2, ObjectKind.COLUMN, 7), new TreeMap<>(Map.of("y", "1", "x", "2")),
                Optional.of(List.of("n")), 0.5);
        JsonNode tree = ModelJson.toTree(grant);
        assertThat(tree.toString()).isEqualTo("{\"role\":\"app\",\"privileges\":[\"INSERT\",\"SELECT\",\"UPDATE\"],"
                + "\"columns\":[\"a\",\"b\"],\"counts\":{\"COLUMN\":7,\"TABLE\":2},\"options\":{\"x\":\"2\",\"y\":\"1\"},"
                + "\"note\":[\"n\"],\"ratio\":0.5}");
        assertThat(ModelJson.fromTree(tree, Grant.class, "grant")).isEqualTo(grant);
    }

    @Test
    void emptyOptionalsAndCollectionsAreLeftOutAndReadBackEmpty() {
        Grant grant = new Grant("app", Set.of(), new TreeSet<>(), Map.of(), new TreeMap<>(), Optional.empty(), 1);
        JsonNode tree = ModelJson.toTree(grant);
        assertThat(tree.toString()).isEqualTo("{\"role\":\"app\",\"ratio\":1.0}");
        assertThat(ModelJson.fromTree(tree, Grant.class, "grant")).isEqualTo(grant);
    }

    /** Two record types with the same fields, told apart by what their constructors accept. */
    sealed interface Routine permits Function, Procedure {
    }

    record Function(ObjectKind kind, String body) implements Routine {
        Function {
            if (kind != ObjectKind.TABLE) {
                throw new IllegalArgumentException("a function is not a " + kind);
            }
        }
    }

    record Procedure(ObjectKind kind, String body) implements Routine {
        Procedure {
            if (kind != ObjectKind.INDEX) {
                throw new IllegalArgumentException("a procedure is not a " + kind);
            }
        }
    }

    record Schema(List<Routine> routines) {
    }

    @Test
    void sealedTypesAreReadByTheRecordThatAcceptsTheValue() {
        Schema schema = new Schema(List.of(new Function(ObjectKind.TABLE, "f"), new Procedure(ObjectKind.INDEX, "p")));
        JsonNode tree = ModelJson.toTree(schema);
        assertThat(ModelJson.fromTree(tree, Schema.class, "schema")).isEqualTo(schema);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("routines").get(1)).put("kind", "COLUMN");
        assertThatThrownBy(() -> ModelJson.fromTree(tree, Schema.class, "schema"))
                .hasToString("schema.routines[1]: is not a valid Function: a function is not a COLUMN");
    }

    @Test
    void wrongMapKeysAreNamed() throws Exception {
        JsonNode tree = ModelJson.MAPPER.readTree("{\"role\":\"app\",\"counts\":{\"TABEL\":1},\"ratio\":1}");
        assertThatThrownBy(() -> ModelJson.fromTree(tree, Grant.class, "grant"))
                .hasMessageContaining("string \"TABEL\" is not one of [SCHEMA,")
                .extracting(e -> ((ModelJson.ReadException) e).path()).isEqualTo("grant.counts.TABEL");
    }
}
