package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.Differ;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.IndexDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.OwnerDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.TableDef;
import dev.drift.core.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustHazardsTest {

    private static final ObjectKey EXEC = ObjectKey.routine("public", "util_exec", List.of("text"));
    private static final RoutineDef DEFINER = new RoutineDef(EXEC, RoutineDef.Kind.FUNCTION, "q text", Optional.of("void"),
            "plpgsql", RoutineDef.Volatility.VOLATILE, false, true, false, RoutineDef.Parallel.UNSAFE, 100, 0,
            Optional.empty(), List.of(), "BEGIN EXECUTE q; END", false, Optional.empty());
    private static final List<DbObject> BASE = List.of(SchemaDef.of("public"), TableDef.of("public", "t"),
            ColumnDef.of("public", "t", "a", 1, "integer"));

    private static Catalog catalog(DbObject... extra) {
        List<DbObject> all = new ArrayList<>(BASE);
        all.addAll(List.of(extra));
        return new Catalog("db", 170000, all);
    }

    private static FixScript plan(Catalog reference, Catalog target, PlanOptions options) {
        return FixPlanner.plan(Differ.compare(reference, target), options);
    }

    private static List<String> sql(List<FixStatement> statements) {
        return statements.stream().map(FixStatement::sql).toList();
    }

    @Test
    void aSecurityDefinerRoutineGetsTheReferenceOwnerNeverTheRoleThatRunsTheScript() {
        Catalog reference = catalog(DEFINER, OwnerDef.of(EXEC, "c_owner"));

        FixScript trusted = plan(reference, catalog(), PlanOptions.DEFAULTS);

        assertThat(sql(trusted.statements())).hasSize(2).last()
                .isEqualTo("ALTER ROUTINE public.util_exec(text) OWNER TO c_owner");
        assertThat(trusted.statements().get(0).hazards()).extracting(Hazard::kind).contains(Hazard.Kind.GRANTS_POWER);
        assertThat(trusted.heldBack()).isEmpty();

        FixScript untrusted = plan(reference, catalog(), PlanOptions.DEFAULTS.withUntrustedReference(true));
        assertThat(untrusted.statements()).isEmpty();
        assertThat(sql(untrusted.heldBack())).containsExactlyElementsOf(sql(trusted.statements()));
        assertThat(untrusted.toSql()).contains("-- Held back: 2 statement(s), not run: 2 that grant power or run code");

        FixScript confirmed = plan(reference, catalog(), PlanOptions.DEFAULTS.withUntrustedReference(true)
                .withAllowPrivileged(true));
        assertThat(sql(confirmed.statements())).isEqualTo(sql(trusted.statements()));
    }

    @Test
    void aSecurityDefinerRoutineWhoseOwnerTheReferenceDoesNotGiveIsHeldBack() {
        FixScript script = plan(catalog(DEFINER), catalog(), PlanOptions.DEFAULTS);

        assertThat(script.statements()).isEmpty();
        assertThat(sql(script.heldBack())).singleElement().asString().startsWith("CREATE FUNCTION public.util_exec(q text)");
    }

    @Test
    void grantsFromABaselineDriftChoseAreHeldWithWhatDependsOnThem() {
        ObjectKey view = ObjectKey.materializedView("public", "stats");
        Catalog reference = catalog(new MaterializedViewDef(view, List.of("n"), "SELECT public.pwn() AS n"),
                new IndexDef(ObjectKey.index("public", "stats", "stats_n"),
                        "CREATE INDEX stats_n ON public.stats USING btree (n)", Optional.empty()),
                PrivilegeDef.of(ObjectKey.table("public", "t"), "app", List.of("SELECT"), List.of()));

        FixScript trusted = plan(reference, catalog(), PlanOptions.DEFAULTS);
        assertThat(trusted.heldBack()).isEmpty();
        assertThat(trusted.statements()).extracting(s -> s.hazards().stream().map(Hazard::kind).toList())
                .anySatisfy(k -> assertThat(k).contains(Hazard.Kind.RUNS_CODE))
                .anySatisfy(k -> assertThat(k).contains(Hazard.Kind.GRANTS_POWER));

        FixScript untrusted = plan(reference, catalog(), PlanOptions.DEFAULTS.withUntrustedReference(true));
        assertThat(untrusted.statements()).isEmpty();
        assertThat(sql(untrusted.heldBack())).containsExactlyInAnyOrder(
                "CREATE MATERIALIZED VIEW public.stats AS\nSELECT public.pwn() AS n",
                "CREATE INDEX stats_n ON public.stats USING btree (n)",
                "GRANT SELECT ON TABLE public.t TO app");
        assertThat(untrusted.heldBack()).filteredOn(s -> s.sql().startsWith("CREATE INDEX")).singleElement()
                .extracting(s -> s.hazards().get(s.hazards().size() - 1).describe()).asString()
                .contains("held back with materialized view public.stats");
    }

    @Test
    void anIndexThatCallsUserCodeOverExistingRowsRunsCode() {
        IndexDef builtIn = new IndexDef(ObjectKey.index("public", "t", "t_lower"),
                "CREATE INDEX t_lower ON public.t USING btree (abs(a))", Optional.empty());
        IndexDef user = new IndexDef(ObjectKey.index("public", "t", "t_f"),
                "CREATE INDEX t_f ON public.t USING btree (public.f(a))", Optional.empty());

        FixScript script = plan(catalog(builtIn, user), catalog(), PlanOptions.DEFAULTS);

        assertThat(script.statements()).filteredOn(s -> s.sql().contains("t_lower")).singleElement()
                .extracting(s -> s.hazards().stream().map(Hazard::kind).toList()).asList()
                .doesNotContain(Hazard.Kind.RUNS_CODE);
        assertThat(script.statements()).filteredOn(s -> s.sql().contains("t_f")).singleElement()
                .extracting(s -> s.hazards().stream().map(Hazard::kind).toList()).asList()
                .contains(Hazard.Kind.RUNS_CODE);
    }

    @Test
    void anEnumDefaultFromABaselineDriftChoseRunsNoCodeAUserCastDoes() {
        EnumTypeDef status = new EnumTypeDef(TypeDef.key("public", "status"), List.of("active", "gone"));
        ColumnDef enumDefault = ColumnDef.of("public", "t", "s", 2, "public.status").withDefault("'active'::public.status");
        ColumnDef domainDefault = ColumnDef.of("public", "t", "d", 3, "integer").withDefault("('1'::public.positive)::integer");
        Catalog reference = catalog(status, enumDefault, domainDefault);

        FixScript untrusted = plan(reference, catalog(status), PlanOptions.DEFAULTS.withUntrustedReference(true));

        assertThat(sql(untrusted.statements())).contains("ALTER TABLE public.t ADD COLUMN s public.status DEFAULT 'active'::public.status");
        assertThat(untrusted.statements()).filteredOn(s -> s.sql().contains(" s public.status")).singleElement()
                .extracting(s -> s.hazards().stream().map(Hazard::kind).toList()).asList()
                .doesNotContain(Hazard.Kind.RUNS_CODE);
        assertThat(sql(untrusted.heldBack())).singleElement().asString().contains("ADD COLUMN d integer");

        // In a target where that name is a domain (whose check may call the tenant's own code), it counts again.
        DomainDef imposter = new DomainDef(TypeDef.key("public", "status"), "text", Optional.empty(),
                Optional.empty(), false, List.of(new DomainDef.Check("c", "CHECK (public.pwn(VALUE))")));
        FixScript overDomain = plan(catalog(status, enumDefault), catalog(imposter), PlanOptions.DEFAULTS.withUntrustedReference(true));
        assertThat(sql(overDomain.statements())).noneMatch(s -> s.contains("ADD COLUMN s"));
        assertThat(overDomain.heldBack()).filteredOn(s -> s.sql().contains("ADD COLUMN s")).singleElement()
                .extracting(s -> s.hazards().stream().map(Hazard::kind).toList()).asList()
                .contains(Hazard.Kind.RUNS_CODE);
    }
}
