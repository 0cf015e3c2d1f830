package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.Differ;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The online-safe options on in-memory catalogs: statements, flags and how every report shows them. */
class OnlinePlanTest {

    private static final IndexDef INDEX = new IndexDef(ObjectKey.index("public", "orders", "orders_total_idx"),
            "CREATE INDEX orders_total_idx ON public.orders USING btree (total)", Optional.empty());
    private static final ConstraintDef CHECK = new ConstraintDef(ObjectKey.constraint("public", "orders", "orders_total_check"),
            ConstraintDef.Type.CHECK, "CHECK ((total >= 0))", List.of("total"), Optional.empty());

    private static Catalog orders(DbObject... extra) {
        List<DbObject> objects = new ArrayList<>(List.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint"), ColumnDef.of("public", "orders", "total", 2, "numeric")));
        objects.addAll(List.of(extra));
        return Catalog.of(objects.toArray(DbObject[]::new));
    }

    private static FixScript plan(Catalog reference, Catalog target, PlanOptions options) {
        return FixPlanner.plan(Differ.compare(reference, target), options);
    }

    @Test
    void withoutTheOptionsTheStatementsArePlainAndTransactional() {
        FixScript script = plan(orders(INDEX, CHECK), orders(), PlanOptions.DEFAULTS);
        assertThat(script.sqlStatements()).containsExactly(
                "ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total >= 0));",
                "CREATE INDEX orders_total_idx ON public.orders USING btree (total);");
        assertThat(script.statements()).allMatch(s -> s.transactional() && !s.commitBefore());
    }

    @Test
    void aConcurrentBuildRunsOutsideATransactionAndEveryReportSaysSo() throws Exception {
        Catalog reference = orders(INDEX);
        SchemaDiff diff = Differ.compare(reference, orders());
        FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS.withConcurrentIndexes(true));

        assertThat(script.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("CREATE INDEX CONCURRENTLY orders_total_idx ON public.orders USING btree (total)");
            assertThat(s.transactional()).isFalse();
            assertThat(s.hazards()).extracting(Hazard::explanation).anyMatch(e -> e.contains("INVALID index"));
        });
        DiffReport report = new DiffReport("a", "b", diff, script);
        assertThat(script.toSql()).contains("-- outside a transaction block").doesNotContain("BEGIN");
        assertThat(report.text()).contains("  -- outside a transaction block", "INVALID index");
        assertThat(report.markdown()).contains("-- outside a transaction block", "INVALID index");
        JsonNode statement = Snapshots.parse(report.json(), "diff.json").get("statements").get(0);
        assertThat(statement.get("transactional").booleanValue()).isFalse();
        assertThat(statement.get("commitBefore").booleanValue()).isFalse();
    }

    @Test
    void aConstraintIsAddedNotValidAndValidatedAfterACommit() throws Exception {
        SchemaDiff diff = Differ.compare(orders(CHECK), orders());
        FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS.withValidateSeparately(true));

        assertThat(script.sqlStatements()).containsExactly(
                "ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total >= 0)) NOT VALID;",
                "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;");
        assertThat(script.statements()).extracting(FixStatement::commitBefore).containsExactly(false, true);
        assertThat(script.statements().get(1).phase()).isEqualTo(Phase.VALIDATE_CONSTRAINTS);
        DiffReport report = new DiffReport("a", "b", diff, script);
        assertThat(report.text()).contains("  -- after a COMMIT");
        assertThat(report.markdown()).contains("-- after a COMMIT");
        assertThat(Snapshots.parse(report.json(), "diff.json").get("statements").get(1).get("commitBefore").booleanValue())
                .isTrue();
    }

    @Test
    void aConstraintTheReferenceHasNotValidIsNeverValidated() {
        ConstraintDef notValid = new ConstraintDef(CHECK.key(), CHECK.type(), CHECK.definition() + " NOT VALID",
                CHECK.columns(), Optional.empty());
        FixScript script = plan(orders(notValid), orders(), PlanOptions.DEFAULTS.withValidateSeparately(true));
        assertThat(script.sqlStatements()).containsExactly(
                "ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total >= 0)) NOT VALID;");
    }

    @Test
    void aTableTheScriptCreatesGetsPlainStatements() {
        Catalog reference = orders(INDEX, CHECK);
        Catalog empty = Catalog.of(SchemaDef.of("public"));
        FixScript script = plan(reference, empty, PlanOptions.DEFAULTS.withConcurrentIndexes(true).withValidateSeparately(true));
        assertThat(script.statements()).allMatch(s -> s.transactional() && !s.commitBefore());
        assertThat(String.join("\n", script.sqlStatements())).doesNotContain("CONCURRENTLY", "NOT VALID", "VALIDATE");
    }
}
