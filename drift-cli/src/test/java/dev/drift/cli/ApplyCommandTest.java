package dev.drift.cli;

import static dev.drift.cli.InProcessDrift.drift;
import static dev.drift.cli.InProcessDrift.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.cli.InProcessDrift.Run;
import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    @TempDir
    Path dir;

    private static Catalog read(TestDatabase db) {
        return PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @Test
    void theReferenceScenarioConvergesAndASecondApplyHasNothingToDo() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Catalog before = read(t.tenantB());

            Run dry = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()));
            assertThat(dry.exit()).as(dry.err()).isEqualTo(1);
            assertThat(dry.out()).startsWith("DRY RUN for ").contains(ReferenceScenario.FIX_FOR_TENANT_B,
                    "DRY RUN: 1 statement(s) would run; nothing was changed.");
            assertThat(read(t.tenantB())).isEqualTo(before);

            Run applied = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).startsWith("APPLYING to ")
                    .contains("applied      " + ReferenceScenario.FIX_FOR_TENANT_B,
                            "Verification: PASSED", "APPLIED: 1 statement(s) committed to ")
                    .doesNotContain("DRY RUN");
            assertThat(applied.err()).isEmpty();
            assertThat(Differ.compare(read(t.tenantA()), read(t.tenantB())).isEmpty()).isTrue();

            Run again = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--execute");
            assertThat(again.exit()).isEqualTo(0);
            assertThat(again.out()).contains("NOTHING TO DO").doesNotContain("APPLIED:");
        }
    }

    @Test
    void aBaselineSnapshotIsAReference() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path baseline = dir.resolve("baseline.json");
            dev.drift.report.Snapshots.write(read(t.tenantA()), baseline);
            Run applied = drift("apply", "--reference", baseline.toString(), "--target", url(t.tenantB()), "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("applied      " + ReferenceScenario.FIX_FOR_TENANT_B, "Verification: PASSED");
            assertThat(Differ.compare(read(t.tenantA()), read(t.tenantB())).isEmpty()).isTrue();

            Run missing = drift("apply", "--reference", dir.resolve("nope.json").toString(), "--target", url(t.tenantB()));
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).startsWith("drift: --reference: '").contains("nor an existing snapshot file");
        }
    }

    @Test
    void theOtherWayRoundTheDropIsOnlyHeldBack() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Run dry = drift("apply", "--reference", url(t.tenantB()), "--target", url(t.tenantA()));

            assertThat(dry.exit()).isEqualTo(0);
            assertThat(dry.out()).contains("Held back (destructive, not run; --allow-destructive includes them): 1",
                    "  - ALTER TABLE public.orders DROP COLUMN external_id;", "DRY RUN: nothing to do")
                    .doesNotContain("Statements (");

            Run executed = drift("apply", "--reference", url(t.tenantB()), "--target", url(t.tenantA()), "--execute");
            assertThat(executed.exit()).isEqualTo(0);
            assertThat(executed.out()).contains("NOTHING TO DO");
            assertThat(t.tenantA().queryValue("SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_name = 'orders' AND column_name = 'external_id'")).contains("1");
        }
    }

    @Test
    void aSavedScriptIsAppliedWhileTheTargetIsUnchanged() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = saveScript(t);
            assertThat(Files.readString(fix)).contains("-- drift:target-fingerprint " + read(t.tenantB()).fingerprint());

            Run dry = drift("apply", "--script", fix.toString(), "--target", url(t.tenantB()));
            assertThat(dry.exit()).isEqualTo(1);
            assertThat(dry.out()).contains("Script: ", ReferenceScenario.FIX_FOR_TENANT_B, "DRY RUN: 1 statement(s)");

            Run applied = drift("apply", "--script", fix.toString(), "--target", url(t.tenantB()), "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("APPLIED: 1 statement(s) committed", "not compared with a reference");
            assertThat(Differ.compare(read(t.tenantA()), read(t.tenantB())).isEmpty()).isTrue();
        }
    }

    @Test
    void executeProvesFirstAndRefusesAScriptThatDoesNotConverge() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Run proven = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--prove");
            assertThat(proven.out()).as(proven.err()).contains("PROVEN: the plan applied to a scratch copy");

            Path fix = saveScript(t);
            Files.writeString(fix, Files.readString(fix).replace(ReferenceScenario.FIX_FOR_TENANT_B,
                    "COMMENT ON TABLE public.orders IS 'tampered';"));
            String before = read(t.tenantB()).fingerprint();
            Run refused = drift("apply", "--script", fix.toString(), "--reference", url(t.tenantA()), "--target",
                    url(t.tenantB()), "--execute");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.out()).contains("NOT PROVEN: the plan does not converge",
                    ReferenceScenario.FIX_FOR_TENANT_B);
            assertThat(refused.err()).contains("not proven, nothing was run");
            assertThat(read(t.tenantB()).fingerprint()).as("untouched").isEqualTo(before);
        }
    }

    @Test
    void aSavedScriptIsRefusedOnceTheTargetHasChanged() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = saveScript(t);
            t.tenantB().execute("ALTER TABLE public.orders ADD COLUMN note text");
            Catalog changed = read(t.tenantB());

            for (String mode : new String[] {"--execute", "--verbose"}) {
                Run refused = drift("apply", "--script", fix.toString(), "--target", url(t.tenantB()), mode);
                assertThat(refused.exit()).isEqualTo(2);
                assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since",
                        "now " + changed.fingerprint(), "nothing was run");
                assertThat(refused.err().lines()).hasSize(1);
            }
            assertThat(read(t.tenantB())).isEqualTo(changed);
        }
    }

    @Test
    void aScriptThatDoesMoreThanThePlanFailsVerificationAndIsRolledBack() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = saveScript(t);
            Files.writeString(fix, Files.readString(fix) + "ALTER TABLE public.orders ADD COLUMN extra int;\n");
            Catalog before = read(t.tenantB());

            Run run = drift("apply", "--script", fix.toString(), "--reference", url(t.tenantA()), "--target",
                    url(t.tenantB()), "--execute");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).contains("rolled back  " + ReferenceScenario.FIX_FOR_TENANT_B,
                    "rolled back  ALTER TABLE public.orders ADD COLUMN extra int;",
                    "Verification: FAILED, the target is not what the plan promised:",
                    "  - now held back: ALTER TABLE public.orders DROP COLUMN extra;",
                    "  - new difference: unexpected column public.orders.extra", "NOT APPLIED: ");
            assertThat(run.err()).contains("is not what was expected (2 difference(s)); rolled back, nothing was applied"
                    + " (verified: the catalog of ");
            assertThat(read(t.tenantB())).isEqualTo(before);
        }
    }

    @Test
    void aFailingStatementRollsBackWithTheSqlState() {
        try (TestDatabase reference = SERVER.createDatabase("apply_ref");
             TestDatabase target = SERVER.createDatabase("apply_tgt")) {
            reference.execute("CREATE TABLE t (a int NOT NULL, b text NOT NULL)");
            target.execute("CREATE TABLE t (a int, b text NOT NULL); INSERT INTO t VALUES (NULL, 'x')");
            Catalog before = read(target);

            Run run = drift("apply", "--reference", url(reference), "--target", url(target), "--execute");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).contains("FAILED       ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;",
                    "Verification: not reached", "NOT APPLIED: ").doesNotContain("Verification: PASSED");
            assertThat(run.err().lines()).singleElement().asString().startsWith("drift: statement 1 of 1")
                    .contains("[SQLSTATE 23502]", "rolled back, nothing was applied");
            assertThat(read(target)).isEqualTo(before);
        }
    }

    @Test
    void aLockHeldElsewhereRunsIntoTheLockTimeout() throws Exception {
        // A table without defaults or indexes: reading its catalog needs no lock on it, altering it does.
        try (TestDatabase reference = SERVER.createDatabase("apply_lock_ref");
             TestDatabase target = SERVER.createDatabase("apply_lock_tgt")) {
            reference.execute("CREATE TABLE t (a int, b text)");
            target.execute("CREATE TABLE t (a int)");
            Catalog before = read(target);
            try (Connection holder = target.connect(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                s.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE");

                Run run = drift("apply", "--reference", url(reference), "--target", url(target), "--execute",
                        "--apply-lock-timeout", "1");
                holder.rollback();

                assertThat(run.exit()).isEqualTo(2);
                assertThat(run.out()).contains("FAILED       ALTER TABLE public.t ADD COLUMN b text;", "NOT APPLIED: ");
                assertThat(run.err()).contains("the lock timeout (1 s) ran out", "[SQLSTATE 55P03]",
                        "rolled back, nothing was applied");
            }
            assertThat(read(target)).isEqualTo(before);
        }
    }

    @Test
    void nonTransactionalStatementsRunAfterTheCommitAndAreVerified() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            t.tenantA().execute("CREATE INDEX orders_customer ON public.orders (customer_id)");
            // The saved script, edited by hand to build the index without blocking writes.
            Path fix = saveScript(t);
            String edited = Files.readString(fix).replace("CREATE INDEX ", "CREATE INDEX CONCURRENTLY ");
            assertThat(edited).contains("CREATE INDEX CONCURRENTLY orders_customer");
            Files.writeString(fix, edited);

            Run dry = drift("apply", "--script", fix.toString(), "--target", url(t.tenantB()), "--reference",
                    url(t.tenantA()));
            assertThat(dry.out()).contains("(cannot run in a transaction: runs on its own after the COMMIT)");

            Run run = drift("apply", "--script", fix.toString(), "--target", url(t.tenantB()), "--reference",
                    url(t.tenantA()), "--execute");

            assertAppliedWithTheIndexBuiltConcurrently(run, t);
        }
    }

    @Test
    void sayingNeitherWhatNorWhereIsAnError() throws IOException {
        try (TestDatabase db = SERVER.createDatabase("apply_args")) {
            Run none = drift("apply", "--target", url(db));
            assertThat(none.exit()).isEqualTo(2);
            assertThat(none.err()).contains("--reference <url> (plan now) or --script <file>");

            Path handWritten = dir.resolve("hand.sql");
            Files.writeString(handWritten, "CREATE TABLE t (a int);\n");
            Run noHeader = drift("apply", "--script", handWritten.toString(), "--target", url(db), "--execute");
            assertThat(noHeader.exit()).isEqualTo(2);
            assertThat(noHeader.err()).contains("has no '-- drift:target-fingerprint' header");
            assertThat(db.queryValue("SELECT count(*) FROM pg_tables WHERE tablename = 't'")).contains("0");
        }
    }

    @Test
    void aConcurrentIndexPlanIsAppliedOutsideTheTransactionAndVerified() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            t.tenantA().execute("CREATE INDEX orders_customer ON public.orders (customer_id)");
            t.tenantB().execute("INSERT INTO public.orders VALUES (1, 7, 10, now()), (2, 8, 20, now())");

            Run dry = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--concurrently");
            assertThat(dry.out()).containsSubsequence(ReferenceScenario.FIX_FOR_TENANT_B,
                    "CREATE INDEX CONCURRENTLY orders_customer ON public.orders USING btree (customer_id);",
                    "(cannot run in a transaction: runs on its own after the COMMIT)", "INVALID index");

            Run run = drift("apply", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--execute",
                    "--concurrently");

            assertAppliedWithTheIndexBuiltConcurrently(run, t);
            assertThat(t.tenantB().queryValue("SELECT indisvalid FROM pg_index"
                    + " WHERE indexrelid = 'public.orders_customer'::regclass")).contains("t");
        }
    }

    @Test
    void aNewEnumValueUsedByADefaultIsAppliedInTwoTransactionsAndVerified() throws IOException {
        try (TestDatabase reference = SERVER.createDatabase("apply_enum_ref");
             TestDatabase target = SERVER.createDatabase("apply_enum_tgt")) {
            reference.execute("CREATE TYPE public.tier AS ENUM ('free', 'pro', 'gold');"
                    + " CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'gold')");
            target.execute("CREATE TYPE public.tier AS ENUM ('free', 'pro');"
                    + " CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'free')");

            Run dry = drift("apply", "--reference", url(reference), "--target", url(target));
            assertThat(dry.out()).containsSubsequence("ADD VALUE 'gold'", "SET DEFAULT 'gold'::public.tier;",
                    "(after a COMMIT: starts a new transaction");

            // The saved script (two statements, no BEGIN: psql commits each) runs in the same two transactions.
            Run diff = drift("diff", "--reference", url(reference), "--target", url(target), "--format", "sql");
            Path fix = dir.resolve("enum.sql");
            Files.writeString(fix, diff.out());
            Run run = drift("apply", "--script", fix.toString(), "--reference", url(reference), "--target", url(target),
                    "--execute");

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
            assertThat(run.out()).contains("Verification: PASSED", "APPLIED: 2 statement(s)");
            assertThat(Differ.compare(read(reference), read(target)).isEmpty()).isTrue();
        }
    }

    @Test
    void aValidationThatFailsAfterTheCommitLeavesTheCommittedPartAndSaysSo() {
        try (TestDatabase reference = SERVER.createDatabase("apply_validate_ref");
             TestDatabase target = SERVER.createDatabase("apply_validate_tgt")) {
            reference.execute("CREATE TABLE public.items (id int PRIMARY KEY, qty int, note text,"
                    + " CONSTRAINT items_qty_check CHECK (qty > 0))");
            target.execute("CREATE TABLE public.items (id int PRIMARY KEY, qty int); INSERT INTO public.items VALUES (1, 0)");

            Run run = drift("apply", "--reference", url(reference), "--target", url(target), "--execute",
                    "--validate-separately");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).containsSubsequence(
                    "   1. applied      ALTER TABLE public.items ADD COLUMN note text;",
                    "   2. applied      ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK ((qty > 0)) NOT VALID;",
                    "   3. FAILED       ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;",
                    "Verification: not completed", "INCOMPLETE: the statements marked applied were committed");
            assertThat(run.err().lines()).singleElement().asString().startsWith("drift: statement 3 of 3")
                    .contains("[SQLSTATE 23514]", "rolled back, this transaction (2 of 2) was not applied",
                            "statements 1-2 (transaction 1, and what ran outside a transaction after it) were committed"
                                    + " before and stay");
            assertThat(target.queryValue("SELECT convalidated FROM pg_constraint WHERE conname = 'items_qty_check'"))
                    .contains("f");
        }
    }

    /** The reference scenario's column, then orders_customer built concurrently after the COMMIT, verified. */
    private static void assertAppliedWithTheIndexBuiltConcurrently(Run run, ReferenceScenario.Tenants t) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).containsSubsequence(
                "   1. applied      " + ReferenceScenario.FIX_FOR_TENANT_B,
                "   2. applied      CREATE INDEX CONCURRENTLY orders_customer ON public.orders",
                "Verification: PASSED", "APPLIED: 2 statement(s)");
        assertThat(Differ.compare(read(t.tenantA()), read(t.tenantB())).isEmpty()).isTrue();
    }

    private Path saveScript(ReferenceScenario.Tenants t) throws IOException {
        Run diff = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--format", "sql");
        assertThat(diff.exit()).as(diff.err()).isEqualTo(1);
        Path fix = dir.resolve("fix.sql");
        Files.writeString(fix, diff.out());
        return fix;
    }
}
