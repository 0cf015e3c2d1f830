package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.DriftException;
import dev.drift.jdbc.ApplyResult.Outcome;
import dev.drift.jdbc.ApplyResult.StepResult;
import dev.drift.jdbc.ApplyResult.StepStatus;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();
    private static final ApplyCheck ANYTHING = (target, pending) -> List.of();

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    private static ApplyStep step(String sql) {
        return new ApplyStep(sql, true, "test step");
    }

    private static ApplyPlan plan(TestDatabase db, ApplyCheck check, ApplyStep... steps) {
        return new ApplyPlan(List.of(steps), Optional.of(read(db).fingerprint()), check);
    }

    /** Tables t and u, and a plan that alters u, then t. */
    private static ApplyPlan twoTablesSecondLocked(TestDatabase db) {
        db.execute("CREATE TABLE t (a int); CREATE TABLE u (a int)");
        return plan(db, ANYTHING, step("ALTER TABLE public.u ADD COLUMN b text"),
                step("ALTER TABLE public.t ADD COLUMN b text"));
    }

    /** A session that holds an ACCESS EXCLUSIVE lock on t until it rolls back. */
    private static Connection lockSecondTable(TestDatabase db) throws java.sql.SQLException {
        Connection holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE");
        }
        return holder;
    }

    private static List<StepStatus> statuses(ApplyResult result) {
        return result.steps().stream().map(StepResult::status).toList();
    }

    @Test
    void appliesTheReferenceFixAndVerifiesItBeforeCommitting() {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            Catalog reference = read(tenants.tenantA());
            ApplyPlan plan = plan(tenants.tenantB(), ApplyCheck.matches(reference, DiffOptions.DEFAULTS, List.of()),
                    step(ReferenceScenario.FIX_FOR_TENANT_B));

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(tenants.tenantB().jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(result.error()).isEmpty();
            assertThat(statuses(result)).containsExactly(StepStatus.APPLIED);
            assertThat(Differ.compare(reference, read(tenants.tenantB())).isEmpty()).isTrue();
        }
    }

    @Test
    void aFailingStatementRollsBackEverythingAndNamesTheSqlState() {
        try (TestDatabase db = SERVER.createDatabase("apply_fail")) {
            db.execute("CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, NULL)");
            Catalog before = read(db);
            ApplyPlan plan = plan(db, ANYTHING, step("ALTER TABLE public.t ADD COLUMN c text"),
                    step("ALTER TABLE public.t ALTER COLUMN b SET NOT NULL"));

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(statuses(result)).containsExactly(StepStatus.ROLLED_BACK, StepStatus.FAILED);
            assertThat(result.error().orElseThrow())
                    .startsWith("statement 2 of 2 (ALTER TABLE public.t ALTER COLUMN b SET NOT NULL) failed on ")
                    .contains("contains null values", "[SQLSTATE 23502]", "rolled back, nothing was applied")
                    .doesNotContain("\n");
            assertThat(read(db)).isEqualTo(before);
        }
    }

    @Test
    void aLockHeldElsewhereEndsInTheLockTimeoutAndARollback() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("apply_lock")) {
            ApplyPlan plan = twoTablesSecondLocked(db);
            Catalog before = read(db);
            try (Connection holder = lockSecondTable(db)) {

                ApplyResult result = ScriptRunner.builder().lockTimeout(Duration.ofMillis(300)).build()
                        .apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

                assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
                assertThat(result.error().orElseThrow())
                        .contains("statement 2 of 2", "the lock timeout (300 ms) ran out", "[SQLSTATE 55P03]");
                assertThat(statuses(result)).containsExactly(StepStatus.ROLLED_BACK, StepStatus.FAILED);
                holder.rollback();
            }
            assertThat(read(db)).isEqualTo(before);
        }
    }

    @Test
    void aPlanMadeAgainstAnotherCatalogIsRefusedAndNothingRuns() {
        try (TestDatabase db = SERVER.createDatabase("apply_stale")) {
            db.execute("CREATE TABLE t (a int)");
            ApplyPlan plan = plan(db, ANYTHING, step("ALTER TABLE public.t ADD COLUMN b text"));
            db.execute("ALTER TABLE t ADD COLUMN someone_else text");
            Catalog changed = read(db);

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.STALE);
            assertThat(result.error().orElseThrow()).contains("has changed since the plan was made",
                    plan.expectedFingerprint().get(), changed.fingerprint(), "nothing was run");
            assertThat(statuses(result)).containsExactly(StepStatus.NOT_RUN);
            assertThat(read(db)).isEqualTo(changed);
        }
    }

    @Test
    void aMismatchFoundByTheCheckRollsBack() {
        try (TestDatabase db = SERVER.createDatabase("apply_mismatch")) {
            db.execute("CREATE TABLE t (a int)");
            Catalog before = read(db);
            // The check expects the target to equal its old self, which the statement changes.
            ApplyPlan plan = plan(db, ApplyCheck.matches(before, DiffOptions.DEFAULTS, List.of()),
                    step("ALTER TABLE public.t ADD COLUMN b text"));

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(result.mismatches()).containsExactly("still differs: unexpected column public.t.b");
            assertThat(result.error().orElseThrow()).contains("is not what was expected (1 difference(s))");
            assertThat(statuses(result)).containsExactly(StepStatus.ROLLED_BACK);
            assertThat(read(db)).isEqualTo(before);
        }
    }

    @Test
    void aSessionKilledMidApplyLeavesTheTargetAsItWas() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("apply_kill")) {
            ApplyPlan plan = twoTablesSecondLocked(db);
            Catalog before = read(db);
            try (Connection holder = lockSecondTable(db)) {
                CompletableFuture<ApplyResult> running = CompletableFuture.supplyAsync(() -> ScriptRunner.builder()
                        .lockTimeout(Duration.ofSeconds(30)).build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan));

                int killed = 0;
                // From a third session in autocommit: pg_stat_activity is cached for a transaction's length.
                try (Connection killer = db.connect(); Statement k = killer.createStatement()) {
                    for (int attempt = 0; attempt < 200 && killed == 0; attempt++) {
                        try (ResultSet rs = k.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND application_name = 'drift'"
                                + " AND wait_event_type = 'Lock'")) {
                            rs.next();
                            killed = rs.getInt(1);
                        }
                        if (killed == 0) {
                            Thread.sleep(50);
                        }
                    }
                }
                assertThat(killed).as("drift's session waiting on the lock, terminated").isEqualTo(1);
                ApplyResult result = running.get(30, TimeUnit.SECONDS);
                holder.rollback();

                assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
                assertThat(result.error().orElseThrow()).contains("statement 2 of 2", "SQLSTATE",
                        "PostgreSQL rolls back an unfinished transaction", "nothing was applied", "(verified: ");
                assertThat(statuses(result)).containsExactly(StepStatus.ROLLED_BACK, StepStatus.FAILED);
            }
            assertThat(read(db)).isEqualTo(before);
        }
    }

    @Test
    void nonTransactionalStatementsRunAfterTheCommitOneByOne() {
        try (TestDatabase db = SERVER.createDatabase("apply_concurrently")) {
            db.execute("CREATE TABLE t (a int, b int)");
            ApplyStep first = new ApplyStep("CREATE INDEX CONCURRENTLY t_a ON public.t (a)", false, "index t_a");
            ApplyStep second = new ApplyStep("CREATE INDEX CONCURRENTLY t_b ON public.t (b)", false, "index t_b");
            ApplyPlan plan = plan(db, ANYTHING, first, step("ALTER TABLE public.t ADD COLUMN c text"), second);

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(result.steps()).extracting(r -> r.step().description())
                    .containsExactly("test step", "index t_a", "index t_b");
            assertThat(statuses(result)).containsOnly(StepStatus.APPLIED);
            assertThat(read(db).find(dev.drift.core.ObjectKey.index("public", "t", "t_b"))).isPresent();
        }
    }

    @Test
    void aFailingNonTransactionalStatementStopsTheRestAndKeepsTheCommittedPart() {
        try (TestDatabase db = SERVER.createDatabase("apply_concurrently_fail")) {
            db.execute("CREATE TABLE t (a int)");
            ApplyStep good = new ApplyStep("CREATE INDEX CONCURRENTLY t_a ON public.t (a)", false, "index t_a");
            ApplyStep bad = new ApplyStep("CREATE INDEX CONCURRENTLY t_x ON public.t (no_such_column)", false, "index t_x");
            ApplyStep after = new ApplyStep("CREATE INDEX CONCURRENTLY t_c ON public.t (c)", false, "index t_c");
            List<List<String>> pendingSeen = new java.util.ArrayList<>();
            ApplyCheck check = (target, pending) -> {
                pendingSeen.add(pending.stream().map(ApplyStep::description).toList());
                return List.of();
            };
            ApplyPlan plan = plan(db, check, step("ALTER TABLE public.t ADD COLUMN c text"), good, bad, after);

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(statuses(result)).containsExactly(StepStatus.APPLIED, StepStatus.APPLIED, StepStatus.FAILED,
                    StepStatus.NOT_RUN);
            assertThat(result.steps().get(2).error().orElseThrow()).contains("statement 3 of 4", "no_such_column",
                    "[SQLSTATE 42703]", "INVALID index");
            assertThat(result.error().orElseThrow()).contains("the transactional part was committed before");
            assertThat(pendingSeen).containsExactly(List.of("index t_a", "index t_x", "index t_c"),
                    List.of("index t_x", "index t_c"));
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass"
                    + " AND attname = 'c'")).contains("1");
        }
    }

    @Test
    void anEmptyPlanDoesNothing() {
        ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse("jdbc:postgresql://nowhere.invalid/x"),
                new ApplyPlan(List.of(), Optional.empty(), ANYTHING));
        assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_DO);
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void readWithinSeesTheTransactionsOwnChangesAndLeavesItsSettingsAlone() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("read_within"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            db.execute("CREATE TABLE t (a int)");
            assertThatThrownBy(() -> READER.readWithin(c, db.name())).isInstanceOf(DriftException.class)
                    .hasMessageContaining("autocommit mode");
            c.setAutoCommit(false);
            s.execute("SET LOCAL search_path = public");
            s.execute("SET LOCAL statement_timeout = 12345");
            s.execute("ALTER TABLE t ADD COLUMN b text");

            Catalog within = READER.readWithin(c, db.name());

            assertThat(within.find(dev.drift.core.ObjectKey.column("public", "t", "b"))).isPresent();
            try (ResultSet rs = s.executeQuery("SELECT current_setting('search_path'), current_setting('statement_timeout')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("public");
                assertThat(rs.getString(2)).isEqualTo("12345ms");
            }
            c.rollback();
            assertThat(read(db).find(dev.drift.core.ObjectKey.column("public", "t", "b"))).isEmpty();
        }
    }

    /** The tier enum without 'gold' and an accounts table using it; the reference adds 'gold' as the default. */
    private static final String TIERS = "CREATE TYPE public.tier AS ENUM ('free', 'pro');"
            + " CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'free')";

    @Test
    void aCommitPointLetsALaterStatementUseANewEnumValue() {
        try (TestDatabase reference = SERVER.createDatabase("apply_enum_ref");
             TestDatabase db = SERVER.createDatabase("apply_enum")) {
            reference.execute("CREATE TYPE public.tier AS ENUM ('free', 'pro', 'gold');"
                    + " CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'gold')");
            db.execute(TIERS);
            Catalog before = read(db);
            ApplyCheck matches = ApplyCheck.matches(read(reference), DiffOptions.DEFAULTS, List.of());
            ApplyStep addValue = step("ALTER TYPE public.tier ADD VALUE 'gold' AFTER 'pro'");
            ApplyStep useValue = step("ALTER TABLE public.accounts ALTER COLUMN tier SET DEFAULT 'gold'::public.tier");

            // In one transaction PostgreSQL refuses the new value: nothing is applied.
            ApplyResult oneTransaction = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()),
                    plan(db, matches, addValue, useValue));
            assertThat(oneTransaction.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(oneTransaction.error().orElseThrow()).contains("[SQLSTATE 55P04]", "nothing was applied");
            assertThat(read(db)).isEqualTo(before);

            ApplyPlan plan = plan(db, matches, addValue, useValue.withCommitBefore());
            assertThat(plan.segments()).hasSize(2);
            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(Outcome.APPLIED);
            assertThat(result.mismatches()).isEmpty();
            assertThat(statuses(result)).containsExactly(StepStatus.APPLIED, StepStatus.APPLIED);
            assertThat(Differ.compare(read(reference), read(db)).isEmpty()).isTrue();
        }
    }

    @Test
    void aFailureAfterACommitPointKeepsTheCommittedSegmentAndSaysSo() {
        try (TestDatabase db = SERVER.createDatabase("apply_segments_fail")) {
            db.execute(TIERS + "; INSERT INTO public.accounts VALUES (1, 'free')");
            ApplyPlan plan = plan(db, ANYTHING, step("ALTER TYPE public.tier ADD VALUE 'gold'"),
                    step("ALTER TABLE public.accounts ADD COLUMN note text"),
                    step("ALTER TABLE public.accounts ALTER COLUMN tier SET DEFAULT 'gold'").withCommitBefore(),
                    step("ALTER TABLE public.accounts ALTER COLUMN note SET NOT NULL"));

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(result.succeeded()).isFalse();
            assertThat(statuses(result)).containsExactly(StepStatus.APPLIED, StepStatus.APPLIED, StepStatus.ROLLED_BACK,
                    StepStatus.FAILED);
            assertThat(result.error().orElseThrow())
                    .startsWith("statement 4 of 4 (ALTER TABLE public.accounts ALTER COLUMN note SET NOT NULL) failed on ")
                    .contains("[SQLSTATE 23502]", "rolled back, this transaction (2 of 2) was not applied",
                            "statements 1-2 (transaction 1, and what ran outside a transaction after it) were committed before"
                                    + " and stay: plan again to finish", "(verified: the catalog of ")
                    .doesNotContain("\n");
            // The first transaction stays; the second left nothing behind.
            assertThat(db.queryValue("SELECT count(*) FROM pg_enum WHERE enumlabel = 'gold'")).contains("1");
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.accounts'::regclass"
                    + " AND attname = 'note'")).contains("1");
            assertThat(db.queryValue("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef"
                    + " WHERE adrelid = 'public.accounts'::regclass")).contains("'free'::tier");
        }
    }

    @Test
    void aPlanIsCutIntoSegmentsAtItsCommitPoints() {
        ApplyStep t1 = step("CREATE TABLE public.t1 ()");
        ApplyStep n1 = new ApplyStep("CREATE INDEX CONCURRENTLY i ON t (a)", false, "index");
        ApplyStep t2 = step("CREATE TABLE public.t2 ()").withCommitBefore();
        ApplyStep n2 = new ApplyStep("DROP INDEX CONCURRENTLY j", false, "drop").withCommitBefore();
        ApplyStep t3 = step("CREATE TABLE public.t3 ()");
        ApplyPlan plan = new ApplyPlan(List.of(t1.withCommitBefore(), n1, t2, n2, t3), Optional.empty(), ANYTHING);

        assertThat(plan.segments()).containsExactly(new ApplyPlan.Segment(List.of(t1.withCommitBefore()), List.of(n1)),
                new ApplyPlan.Segment(List.of(t2, t3), List.of(n2)));
        assertThat(plan.runOrder()).containsExactly(t1.withCommitBefore(), n1, t2, t3, n2);
    }
}
