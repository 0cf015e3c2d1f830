package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TableDef;
import org.junit.jupiter.api.Test;

class DiffJsonTest {

    private static final Catalog TENANT_A = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
            ColumnDef.of("public", "orders", "id", 1, "bigint"), ColumnDef.of("public", "orders", "total", 2, "numeric"),
            ColumnDef.of("public", "orders", "external_id", 3, "text"));
    private static final Catalog TENANT_B = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
            ColumnDef.of("public", "orders", "id", 1, "bigint"), ColumnDef.of("public", "orders", "total", 2, "integer"));

    @Test
    void theDiffDocumentIsVersionedAndCarriesStatusFingerprintsAndStatements() throws Exception {
        SchemaDiff diff = Differ.compare(TENANT_A, TENANT_B);
        String json = new DiffReport("tenant_a", "tenant_b", diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS)).json();
        JsonNode root = Snapshots.parse(json, "diff.json");
        assertThat(Snapshots.checkFormat(root, "drift-diff", 1, "diff.json")).isEqualTo(1);
        assertThat(json).startsWith("{\n  \"format\": \"drift-diff/1\",\n  \"reference\": \"tenant_a\",\n");
        assertThat(root.get("status").textValue()).isEqualTo("DIVERGED");
        assertThat(root.get("targetFingerprint").textValue()).isEqualTo(TENANT_B.fingerprint());
        assertThat(root.get("referenceFingerprint").textValue()).isEqualTo(TENANT_A.fingerprint());

        JsonNode missing = root.get("changes").get(0);
        assertThat(missing.get("change").textValue()).isEqualTo("missing");
        assertThat(missing.get("object").textValue()).isEqualTo("public.orders.external_id");
        assertThat(missing.get("key").get("kind").textValue()).isEqualTo("COLUMN");
        // The object in the snapshot's own form: a tool can read it with the catalog format's rules.
        assertThat(ModelJson.dbObject(missing.get("definition"), "definition"))
                .isEqualTo(TENANT_A.find(ObjectKey.column("public", "orders", "external_id")).orElseThrow());
        JsonNode changed = root.get("changes").get(1);
        assertThat(changed.get("properties").get(0).get("name").textValue()).isEqualTo("type");
        assertThat(changed.get("properties").get(0).get("reference").textValue()).isEqualTo("numeric");
        assertThat(changed.get("properties").get(0).get("target").textValue()).isEqualTo("integer");

        JsonNode statement = root.get("statements").get(0);
        assertThat(statement.get("sql").textValue()).isEqualTo("ALTER TABLE public.orders ADD COLUMN external_id text;");
        assertThat(statement.get("transactional").booleanValue()).isTrue();
        assertThat(statement.get("destructive").booleanValue()).isFalse();
        assertThat(statement.get("hazards")).isEmpty();
        assertThat(root.get("heldBack")).isNotNull();
        assertThat(root.get("unsupported")).isNotNull();
    }

    @Test
    void aWholeMissingTableComesWithItsChildren() throws Exception {
        Catalog withAudit = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "audit"),
                ColumnDef.of("public", "audit", "id", 1, "bigint"), ColumnDef.of("public", "audit", "note", 2, "text"));
        SchemaDiff diff = Differ.compare(withAudit, Catalog.of(SchemaDef.of("public")));
        JsonNode root = Snapshots.parse(new DiffReport("a", "b", diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS)).json(),
                "diff.json");
        JsonNode change = root.get("changes").get(0);
        assertThat(change.get("object").textValue()).isEqualTo("public.audit");
        assertThat(change.get("children")).hasSize(2);
        assertThat(ModelJson.dbObject(change.get("children").get(1), "children[1]"))
                .isEqualTo(ColumnDef.of("public", "audit", "note", 2, "text"));
    }

    @Test
    void inSyncHasEmptyArrays() {
        SchemaDiff diff = Differ.compare(TENANT_A, TENANT_A);
        String json = new DiffReport("a", "b", diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS)).json();
        assertThat(json).contains("\"status\": \"IN_SYNC\"", "\"changes\": []", "\"statements\": []",
                "\"heldBack\": []", "\"unsupported\": []");
    }
}
