package dev.drift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    private static Catalog read(TestDatabase db) {
        return PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @Test
    void acceptsExactlyTheTargetThePlanPromises() {
        try (TestDatabase reference = SERVER.createDatabase("check_ref");
             TestDatabase target = SERVER.createDatabase("check_tgt")) {
            reference.execute("CREATE TABLE t (a int, b text)");
            target.execute("CREATE TABLE t (a int, x int)");
            SchemaDiff before = Differ.compare(read(reference), read(target));
            FixScript planned = FixPlanner.plan(before, PlanOptions.DEFAULTS);
            assertThat(planned.sqlStatements()).containsExactly("ALTER TABLE public.t ADD COLUMN b text;");
            assertThat(planned.heldBack()).hasSize(1);
            PlanCheck check = new PlanCheck(before, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS, planned);

            assertThat(check.mismatches(read(target), List.of()))
                    .containsExactly("still to run: ALTER TABLE public.t ADD COLUMN b text; (column public.t.b)");

            target.execute("ALTER TABLE t ADD COLUMN b text");
            assertThat(check.mismatches(read(target), List.of())).isEmpty();

            target.execute("ALTER TABLE t ADD COLUMN y int");
            assertThat(check.mismatches(read(target), List.of())).containsExactly(
                    "now held back: ALTER TABLE public.t DROP COLUMN y;", "new difference: unexpected column public.t.y");

            target.execute("ALTER TABLE t DROP COLUMN y; ALTER TABLE t DROP COLUMN x");
            assertThat(check.mismatches(read(target), List.of()))
                    .containsExactly("no longer held back: ALTER TABLE public.t DROP COLUMN x;");
        }
    }

    @Test
    void aPendingNonTransactionalStepIsNotYetMissed() {
        try (TestDatabase reference = SERVER.createDatabase("check_ref");
             TestDatabase target = SERVER.createDatabase("check_tgt")) {
            reference.execute("CREATE TABLE t (a int); CREATE INDEX t_a ON t (a)");
            target.execute("CREATE TABLE t (a int)");
            SchemaDiff before = Differ.compare(read(reference), read(target));
            FixScript planned = FixPlanner.plan(before, PlanOptions.DEFAULTS);
            PlanCheck check = new PlanCheck(before, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS, planned);
            ApplyStep concurrently = new ApplyStep("CREATE INDEX CONCURRENTLY t_a ON public.t USING btree (a);", false,
                    "index");

            assertThat(check.mismatches(read(target), List.of(concurrently))).isEmpty();
            assertThat(check.mismatches(read(target), List.of())).singleElement().asString()
                    .startsWith("still to run: CREATE INDEX t_a ON public.t USING btree (a);");
        }
    }
}
