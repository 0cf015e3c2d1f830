package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKind;
import dev.drift.core.SchemaDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedFleetTest {

    private final TenantShape shape = SchemaGenerator.generate(30, 42);

    @Test
    void theSameSeedGivesTheSameSchema() {
        assertThat(SchemaDdl.render(SchemaGenerator.generate(30, 42), "t"))
                .isEqualTo(SchemaDdl.render(shape, "t"))
                .isNotEqualTo(SchemaDdl.render(SchemaGenerator.generate(30, 43), "t"));
        assertThat(shape.tableCount()).isEqualTo(30);
    }

    @Test
    void theSchemaHasEveryKindOfObjectTheBenchmarkPromises() {
        String ddl = SchemaDdl.render(shape, "tenant_1");
        assertThat(ddl).contains("GENERATED ALWAYS AS IDENTITY", "FOREIGN KEY", "CHECK (", "UNIQUE (code)",
                "CREATE UNIQUE INDEX", "WHERE is_active", "(lower(name))", "AS ENUM", "CREATE VIEW",
                "CREATE FUNCTION", "CREATE TRIGGER", "COMMENT ON TABLE", "COMMENT ON COLUMN");
    }

    @Test
    void thePlanDriftsTheChosenShareOfTenantsButNeverTheReference() {
        List<List<InjectedDrift>> plan = InjectedDrift.plan(shape, 101, 0.1, 7);
        assertThat(plan).hasSize(101);
        assertThat(plan.get(0)).isEmpty();
        assertThat(InjectedDrift.driftedTenants(plan)).isEqualTo(10);
        assertThat(plan).allSatisfy(d -> assertThat(d).hasSizeLessThanOrEqualTo(3));
        assertThat(InjectedDrift.plan(shape, 101, 0.1, 7)).isEqualTo(plan);
    }

    @Test
    void everyKindOfInjectedDriftIsFoundByTheDiffer() {
        Catalog reference = SyntheticCatalogs.catalog("a", shape, List.of());
        String table = shape.tables().stream().filter(t -> t.references().isPresent()).findFirst().orElseThrow().name();
        for (InjectedDrift.Kind kind : InjectedDrift.Kind.values()) {
            SchemaDiff diff = Differ.compare(reference,
                    SyntheticCatalogs.catalog("b", shape, List.of(new InjectedDrift(kind, table))));
            assertThat(diff.changes()).as(kind.name()).hasSize(1);
            Change change = diff.changes().get(0);
            assertThat(change.key().parent()).as(kind.name()).contains(table);
            switch (kind) {
                case MISSING_COLUMN -> assertThat(change).isInstanceOf(Change.Missing.class)
                        .extracting(c -> c.key().kind()).isEqualTo(ObjectKind.COLUMN);
                case MISSING_INDEX -> assertThat(change.key().kind()).isEqualTo(ObjectKind.INDEX);
                case MISSING_FK -> assertThat(change.key().kind()).isEqualTo(ObjectKind.CONSTRAINT);
                case EXTRA_COLUMN -> assertThat(change).isInstanceOf(Change.Unexpected.class);
                case CHANGED_DEFAULT, CHANGED_TYPE -> assertThat(change).isInstanceOf(Change.Changed.class);
            }
        }
    }

    @Test
    void tenantsOfOneShapeFormOneGroupAndOnlyTheDriftedOnesAreReported() {
        ShapeGroups groups = new ShapeGroups();
        List<InjectedDrift> drift = InjectedDrift.drifts(shape, 2, new java.util.Random(1));
        for (int i = 0; i < 20; i++) {
            groups.add("t" + i, SyntheticCatalogs.catalog("t" + i, shape, i % 5 == 4 ? drift : List.of()));
        }
        assertThat(groups.distinctShapes()).isEqualTo(2);
        assertThat(groups.compareWithMajority().driftedTenants()).isEqualTo(4);
        assertThat(groups.compareWith("t4").driftedTenants()).isEqualTo(16);
    }

    @Test
    void optionsHaveDefaultsAndRejectNonsenseWithTheValueInTheMessage() {
        BenchOptions o = BenchOptions.parse();
        assertThat(o.scale()).isEqualTo(BenchOptions.Scale.SMALL);
        assertThat(o.runs()).isEqualTo(3);
        assertThat(BenchOptions.parse("--scale", "large", "--only", "memory").runs("single")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse("--drift-rate", "2"))
                .hasMessageContaining("'2'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse("--scale", "huge"))
                .hasMessageContaining("'huge'");
    }
}
