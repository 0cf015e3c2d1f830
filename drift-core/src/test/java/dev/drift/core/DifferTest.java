package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DifferTest {

    private static final TableDef ORDERS = TableDef.of("public", "orders");

    private static ColumnDef column(String name, int position, String type) {
        return ColumnDef.of("public", "orders", name, position, type);
    }

    private static Catalog catalog(DbObject... objects) {
        return Catalog.of(objects);
    }

    @Test
    void equalCatalogsHaveNoDriftAndEqualFingerprints() {
        Catalog a = catalog(SchemaDef.of("public"), ORDERS, column("id", 1, "bigint"));
        Catalog b = new Catalog("other_db", 170007, a.objects());
        assertThat(Differ.compare(a, b).isEmpty()).isTrue();
        assertThat(Differ.compare(a, b).status()).isEqualTo(TenantStatus.IN_SYNC);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        assertThat(a).isNotEqualTo(b); // the source differs, the schema does not
    }

    @Test
    void missingColumnIsOneChangeAndTheTargetIsBehind() {
        Catalog a = catalog(ORDERS, column("id", 1, "bigint"), column("external_id", 2, "text"));
        Catalog b = catalog(ORDERS, column("id", 1, "bigint"));
        SchemaDiff diff = Differ.compare(a, b);
        assertThat(diff.changes()).singleElement().isInstanceOf(Change.Missing.class)
                .extracting(Change::key).isEqualTo(ObjectKey.column("public", "orders", "external_id"));
        assertThat(diff.status()).isEqualTo(TenantStatus.BEHIND);
        assertThat(Differ.compare(b, a).status()).isEqualTo(TenantStatus.AHEAD);
    }

    @Test
    void aMissingTableIsOneChangeNotOnePerColumn() {
        Catalog a = catalog(ORDERS, column("id", 1, "bigint"), column("total", 2, "numeric"),
                new IndexDef(ObjectKey.index("public", "orders", "orders_total"), "CREATE INDEX ...", Optional.empty()));
        SchemaDiff diff = Differ.compare(a, catalog());
        assertThat(diff.changes()).singleElement().extracting(Change::key).isEqualTo(ORDERS.key());
    }

    @Test
    void aChildsOwnCopyOfAnInheritedColumnIsComparedByPresenceOnly() {
        TableDef base = TableDef.of("public", "base");
        TableDef child = TableDef.of("public", "child");
        ColumnDef parentColumn = ColumnDef.of("public", "base", "id", 1, "integer");
        InheritanceDef inherits = new InheritanceDef(InheritanceDef.key(child.key(), base.key()), base.key(), Optional.empty());
        ColumnDef own = ColumnDef.of("public", "child", "id", 1, "integer");
        Catalog merelyInherited = catalog(base, parentColumn, child, inherits);
        Catalog ownCopy = catalog(base, parentColumn, child, inherits, own);

        assertThat(ownCopy.parentsWithColumn(own.key())).containsExactly(base.key());
        assertThat(Differ.compare(merelyInherited, ownCopy).changes()).singleElement()
                .isInstanceOf(Change.Unexpected.class).extracting(Change::key).isEqualTo(own.key());
        assertThat(Differ.compare(ownCopy, merelyInherited).changes()).singleElement()
                .isInstanceOf(Change.Missing.class).extracting(Change::key).isEqualTo(own.key());
        // Two own copies: the column itself is compared through the parent.
        Catalog otherDefault = catalog(base, parentColumn, child, inherits, own.withDefault("1"));
        assertThat(Differ.compare(ownCopy, otherDefault).isEmpty()).isTrue();
    }

    @Test
    void columnOrderIsIgnoredUnlessAsked() {
        Catalog a = catalog(ORDERS, column("id", 1, "bigint"), column("note", 2, "text"));
        Catalog b = catalog(ORDERS, column("id", 2, "bigint"), column("note", 1, "text"));
        assertThat(Differ.compare(a, b).isEmpty()).isTrue();
        SchemaDiff ordered = Differ.compare(a, b, DiffOptions.DEFAULTS.withColumnOrder(true));
        assertThat(ordered.changes()).hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(Change.Changed.class));
    }

    @Test
    void changedPropertiesAreListedWithBothValues() {
        Catalog a = catalog(ORDERS, column("total", 1, "numeric(12,2)").withNotNull(true));
        Catalog b = catalog(ORDERS, column("total", 1, "numeric(10,2)"));
        Change.Changed changed = (Change.Changed) Differ.compare(a, b).changes().get(0);
        assertThat(changed.properties()).containsExactly(
                new PropertyChange("type", Optional.of("numeric(12,2)"), Optional.of("numeric(10,2)")),
                new PropertyChange("notNull", Optional.of("true"), Optional.of("false")));
        assertThat(changed.describe()).contains("type numeric(10,2) -> numeric(12,2)");
    }

    @Test
    void indexesBackingConstraintsAreComparedThroughTheConstraint() {
        ObjectKey pkIndex = ObjectKey.index("public", "orders", "orders_pkey");
        Catalog a = catalog(ORDERS, new IndexDef(pkIndex, "CREATE UNIQUE INDEX orders_pkey ...", Optional.of("orders_pkey")));
        Catalog b = catalog(ORDERS);
        assertThat(Differ.compare(a, b).isEmpty()).isTrue();
    }

    @Test
    void schemaFilterLimitsTheComparison() {
        Catalog a = catalog(SchemaDef.of("app"), SchemaDef.of("audit"));
        Catalog b = catalog(SchemaDef.of("app"));
        assertThat(Differ.compare(a, b, DiffOptions.DEFAULTS.withSchemas(java.util.Set.of("app"))).isEmpty()).isTrue();
        assertThat(Differ.compare(a, b).changes()).hasSize(1);
    }

    @Test
    void keysSortSchemaThenTableThenKind() {
        List<ObjectKey> keys = List.of(ObjectKey.column("b", "t", "x"), ObjectKey.table("a", "z"), ObjectKey.table("b", "t"),
                ObjectKey.schema("b"));
        assertThat(keys.stream().sorted().toList()).containsExactly(ObjectKey.table("a", "z"), ObjectKey.schema("b"),
                ObjectKey.table("b", "t"), ObjectKey.column("b", "t", "x"));
    }

    @Test
    void duplicateKeysAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog(ORDERS, ORDERS))
                .hasMessageContaining("holds table public.orders twice");
    }

    /**
     * Default privileges for every schema belong to the database, not to a schema: their key names none, a schema
     * filter leaves them out, and no key may claim the database unless its kind may.
     */
    @Test
    void objectsOfTheDatabaseHaveAKeyWithoutASchema() {
        DefaultPrivilegeDef everySchema = DefaultPrivilegeDef.of("app_owner", Optional.empty(), "TABLES", "app_reader",
                List.of("SELECT"), List.of());
        assertThat(everySchema.key()).isEqualTo(ObjectKey.databaseLevel(ObjectKind.DEFAULT_PRIVILEGE,
                "tables created by app_owner to app_reader"));
        assertThat(everySchema.key().displayName()).isEqualTo("tables created by app_owner to app_reader");
        assertThat(everySchema.key()).isLessThan(ObjectKey.schema("!"));

        Catalog reference = catalog(SchemaDef.of("public"), everySchema);
        Catalog target = catalog(SchemaDef.of("public"));
        assertThat(Differ.compare(reference, target).changes()).hasSize(1);
        assertThat(Differ.compare(reference, target, DiffOptions.DEFAULTS.withSchemas(java.util.Set.of("public")))
                .changes()).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObjectKey.databaseLevel(ObjectKind.TABLE, "orders"))
                .hasMessage("a table belongs to a schema: its key needs one (orders)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DefaultPrivilegeDef(everySchema.key(), "app_owner",
                Optional.of("public"), "TABLES", "app_reader", List.of("SELECT"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
