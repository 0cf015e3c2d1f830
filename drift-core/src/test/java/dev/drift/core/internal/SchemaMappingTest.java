package dev.drift.core.internal;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import dev.drift.core.internal.SchemaMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaMappingTest {

    /** One tenant's schema, written the way the reader renders it. */
    private static Catalog tenant(String schema) {
        String q = Sql.ident(schema);
        return Catalog.of(
                SchemaDef.of(schema),
                new SequenceDef(ObjectKey.sequence(schema, "orders_id_seq"), SequenceOptions.defaults("bigint"),
                        Optional.of(ObjectKey.column(schema, "orders", "id"))),
                TableDef.of(schema, "customers"),
                TableDef.of(schema, "orders"),
                ColumnDef.of(schema, "orders", "id", 1, "bigint")
                        .withDefault("nextval('" + q + ".orders_id_seq'::regclass)"),
                ColumnDef.of(schema, "orders", "mood", 2, q + ".mood"),
                new ConstraintDef(ObjectKey.constraint(schema, "orders", "orders_customer_fk"),
                        ConstraintDef.Type.FOREIGN_KEY, "FOREIGN KEY (customer_id) REFERENCES " + q + ".customers(id)",
                        List.of("customer_id"), Optional.of(ObjectKey.table(schema, "customers"))));
    }

    @Test
    void tenantsWithDifferentSchemaNamesAreEqualOnceMapped() {
        Catalog a = SchemaMapping.tenantSchema("tenant_a").apply(tenant("tenant_a"));
        Catalog b = SchemaMapping.tenantSchema("Tenant B").apply(tenant("Tenant B"));
        assertThat(Differ.compare(a, b).isEmpty()).isTrue();
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        ColumnDef id = (ColumnDef) a.find(ObjectKey.column("$tenant", "orders", "id")).orElseThrow();
        assertThat(id.defaultExpression()).contains("nextval('\"$tenant\".orders_id_seq'::regclass)");
        ConstraintDef fk = a.objects(ConstraintDef.class).get(0);
        assertThat(fk.definition()).isEqualTo("FOREIGN KEY (customer_id) REFERENCES \"$tenant\".customers(id)");
        assertThat(fk.references()).contains(ObjectKey.table("$tenant", "customers"));
        assertThat(a.objects(SequenceDef.class).get(0).ownedBy()).contains(ObjectKey.column("$tenant", "orders", "id"));
    }

    @Test
    void mappingBackRestoresTheRealNames() {
        Catalog real = tenant("Tenant B");
        SchemaMapping mapping = SchemaMapping.tenantSchema("Tenant B");
        assertThat(mapping.inverse().apply(mapping.apply(real))).isEqualTo(real);
    }

    @Test
    void onlyWholeQualifiedNamesAreMapped() {
        SchemaMapping m = SchemaMapping.of("tenant_a", "tenant_b");
        assertThat(m.apply("tenant_a.t")).isEqualTo("tenant_b.t");
        assertThat(m.apply("\"tenant_a\".t")).isEqualTo("tenant_b.t");
        assertThat(m.apply("x.tenant_a")).isEqualTo("x.tenant_a"); // not followed by a dot
        assertThat(m.apply("my_tenant_a.t")).isEqualTo("my_tenant_a.t"); // part of a longer name
        assertThat(m.apply("tenant_ab.t")).isEqualTo("tenant_ab.t");
        assertThat(m.apply("'tenant_a.s'::regclass, tenant_a.f(1)")).isEqualTo("'tenant_b.s'::regclass, tenant_b.f(1)");
        SchemaMapping quoted = SchemaMapping.of("Tenant A", "public");
        assertThat(quoted.apply("\"Tenant A\".t")).isEqualTo("public.t");
        assertThat(quoted.apply("Tenant A.t")).isEqualTo("Tenant A.t"); // PostgreSQL never renders it bare
    }

    @Test
    void changesAndDiffsAreMappedGenerically() {
        Catalog a = tenant("tenant_a");
        Catalog b = Catalog.of(SchemaDef.of("tenant_a"));
        SchemaDiff diff = Differ.compare(a, b);
        SchemaDiff mapped = SchemaMapping.of("tenant_a", "tenant_z").apply(diff);
        assertThat(mapped.changes()).allSatisfy(c -> assertThat(c.key().schema()).isEqualTo("tenant_z"));
        assertThat(mapped.reference().find(ObjectKey.schema("tenant_z"))).isPresent();
    }

    @Test
    void identityChangesNothingAndReturnsTheSameInstances() {
        Catalog a = tenant("tenant_a");
        assertThat(SchemaMapping.identity().apply(a)).isSameAs(a);
        assertThat(SchemaMapping.of("other", "x").apply(a)).isSameAs(a);
    }

    @Test
    void aMappingMustBeOneToOne() {
        assertThatThrownBy(() -> SchemaMapping.of(Map.of("a", "x", "b", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one to one");
    }
}
