package dev.drift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.apply.ApplyResult.Outcome;
import dev.drift.apply.ApplyResult.StepStatus;
import dev.drift.core.Catalog;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.LockWait;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runner's sessions under database defaults that change how SQL is read
 * ({@link TestDatabase#HOSTILE_DEFAULTS}), and sessions whose client goes away (the reader's: drift-jdbc's
 * SessionSettingsTest).
 */
class ApplySessionTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @Test
    void statementsRunUnderTheScriptSettingsWhateverTheDatabaseDefaults() {
        try (TestDatabase db = SERVER.createDatabase("settings_apply")) {
            db.execute("CREATE TABLE public.victim (id int); INSERT INTO public.victim VALUES (1), (2), (3);"
                    + " CREATE TABLE public.t (id int)").withHostileDefaults();
            // Written as the reader renders it under standard_conforming_strings = on: with it off, 'a\\' would
            // not end at its second quote, and the DELETE would be SQL.
            ApplyStep step = new ApplyStep("ALTER TABLE public.t ADD COLUMN c text DEFAULT ('a\\'::text || '); DELETE"
                    + " FROM public.victim; --'::text)", true, "column public.t.c");
            ApplyPlan plan = new ApplyPlan(List.of(step), Optional.of(read(db).fingerprint()), (c, p) -> List.of());

            ApplyResult result = ScriptRunner.builder().build().apply(DatabaseUrl.parse(db.jdbcUrl()), plan);

            assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(Outcome.APPLIED);
            assertThat(db.queryValue("SELECT count(*) FROM public.victim")).contains("3");
            assertThat(db.queryValue("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'public.t'::regclass"))
                    .hasValueSatisfying(v -> assertThat(v).contains("DELETE FROM public.victim"));
        }
    }

    @Test
    void anApplySessionWhoseClientIsGoneEndsWhileItWaitsForALock() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("settings_gone")) {
            db.execute("CREATE TABLE public.t (a int)");
            ApplyPlan plan = new ApplyPlan(List.of(new ApplyStep("ALTER TABLE public.t ADD COLUMN b int", true, "b")),
                    Optional.of(read(db).fingerprint()), (c, p) -> List.of());
            try (LockWait<ApplyResult> apply = LockWait.on(db, client -> ScriptRunner.builder()
                    .lockTimeout(Duration.ofSeconds(60)).build().apply(client, "settings_gone", plan))) {

                // Only the server's connection check notices: the session is not reading from the client.
                assertThat(apply.vanish(db)).as("ms until the server ended the session of the vanished client (the"
                        + " lock timeout is 60 s)").isLessThan(15_000);
                assertThat(apply.work().get(30, TimeUnit.SECONDS).outcome()).isNotEqualTo(Outcome.APPLIED);
            }
        }
    }

    @Test
    void aRollbackThatCannotBeVerifiedIsReportedAsUnknown() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("settings_unverified")) {
            db.execute("CREATE TABLE public.t (a int); CREATE TABLE public.u (a int)");
            ApplyPlan plan = new ApplyPlan(List.of(new ApplyStep("ALTER TABLE public.u ADD COLUMN b int", true, "u.b"),
                    new ApplyStep("ALTER TABLE public.t ADD COLUMN b int", true, "t.b")),
                    Optional.of(read(db).fingerprint()), (c, p) -> List.of());
            // Through the caller's connection: once the session is gone, the runner has no way to read again.
            try (LockWait<ApplyResult> apply = LockWait.on(db, client -> ScriptRunner.builder()
                    .lockTimeout(Duration.ofSeconds(60)).build().apply(client, "settings_unverified", plan))) {
                db.queryValue("SELECT pg_terminate_backend(" + apply.pid() + ")");

                ApplyResult result = apply.work().get(30, TimeUnit.SECONDS);

                assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
                assertThat(result.error().orElseThrow()).contains("not verified", "could not be read again",
                        "read settings_unverified again").doesNotContain("nothing was applied");
                assertThat(result.steps()).extracting(ApplyResult.StepResult::status)
                        .containsExactly(StepStatus.UNKNOWN, StepStatus.FAILED);
            }
        }
    }
}
