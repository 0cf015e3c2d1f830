package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.jdbc.ApplyResult.Outcome;
import dev.drift.jdbc.ApplyResult.StepStatus;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Drift's sessions under database defaults that change how SQL is read and rendered
 * ({@link TestDatabase#HOSTILE_DEFAULTS}), and sessions whose client goes away.
 */
class SessionSettingsTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    /** Definitions whose rendering depends on session settings: literals, dates, intervals, floats, bytea, money... */
    private static final String RENDERED = """
            CREATE TABLE public.t (
                a text DEFAULT E'back\\\\slash ''quote''',
                d date DEFAULT '2020-01-02',
                ts timestamptz DEFAULT '2020-01-02 03:04:05+00',
                tl timestamp DEFAULT '2020-01-02 03:04:05',
                i interval DEFAULT '-1 days +02:03:04',
                f float8 DEFAULT 0.1,
                r real DEFAULT 1.1,
                b bytea DEFAULT '\\\\x0102',
                m money DEFAULT 12.34,
                x xml DEFAULT '<a/>',
                arr text[] DEFAULT '{NULL,"NULL"}',
                "Mixed" int CHECK ("Mixed" > 0 AND a <> E'x\\\\y')
            );
            CREATE VIEW public.v AS SELECT a, d + 1 AS d1, i * 2 AS i2, ts AT TIME ZONE 'UTC' AS u FROM public.t
                WHERE ts > '2020-01-01' AND a LIKE E'%\\\\_%';
            CREATE FUNCTION public.f(x text DEFAULT E'a\\\\b') RETURNS text LANGUAGE sql SET search_path = public
                AS $$ SELECT x || E'\\\\n' $$;
            CREATE INDEX t_a ON public.t (a) WHERE a <> E'\\\\';
            """;

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @Test
    void aDatabaseWithOtherDefaultsReadsExactlyTheSame() {
        try (TestDatabase plain = SERVER.createDatabase("settings_plain");
             TestDatabase hostile = SERVER.createDatabase("settings_hostile")) {
            plain.execute(RENDERED);
            hostile.execute(RENDERED).withHostileDefaults();
            assertThat(hostile.queryValue("SHOW standard_conforming_strings")).contains("off");

            Catalog a = read(plain);
            Catalog b = read(hostile);

            assertThat(Differ.compare(a, b).changes()).isEmpty();
            assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
            assertThat(b.objects()).isEqualTo(a.objects());
        }
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

    /** A session of Drift's, started on its own connection, waiting for a lock another session holds. */
    private record Waiting<T>(Connection holder, Connection client, int pid, CompletableFuture<T> work)
            implements AutoCloseable {

        /**
         * Locks {@code public.t} from a holder session, then starts {@code work} on a new connection and waits
         * until its session waits for that lock.
         */
        static <T> Waiting<T> on(TestDatabase db, Function<Connection, T> work) throws Exception {
            Connection holder = db.connect();
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE");
            }
            Connection client = db.connect();
            int pid = backendPid(client);
            CompletableFuture<T> running = CompletableFuture.supplyAsync(() -> work.apply(client));
            for (int i = 0; i < 400; i++) {
                if (db.queryValue("SELECT wait_event_type FROM pg_stat_activity WHERE pid = " + pid)
                        .filter("Lock"::equals).isPresent()) {
                    return new Waiting<>(holder, client, pid, running);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the session never waited for the lock");
        }

        /** The client goes away without a word (a killed process); how long until the server ended its session. */
        long vanish(TestDatabase db) throws Exception {
            client.abort(Runnable::run);
            long started = System.nanoTime();
            while (System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
                if (db.queryValue("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid).filter("0"::equals)
                        .isPresent()) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
                Thread.sleep(100);
            }
            return Duration.ofSeconds(20).toMillis();
        }

        @Override
        public void close() throws SQLException {
            holder.rollback();
            holder.close();
            client.close();
        }
    }

    @Test
    void anApplySessionWhoseClientIsGoneEndsWhileItWaitsForALock() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("settings_gone")) {
            db.execute("CREATE TABLE public.t (a int)");
            ApplyPlan plan = new ApplyPlan(List.of(new ApplyStep("ALTER TABLE public.t ADD COLUMN b int", true, "b")),
                    Optional.of(read(db).fingerprint()), (c, p) -> List.of());
            try (Waiting<ApplyResult> apply = Waiting.on(db, client -> ScriptRunner.builder()
                    .lockTimeout(Duration.ofSeconds(60)).build().apply(client, "settings_gone", plan))) {

                // Only the server's connection check notices: the session is not reading from the client.
                assertThat(apply.vanish(db)).as("ms until the server ended the session of the vanished client (the"
                        + " lock timeout is 60 s)").isLessThan(15_000);
                assertThat(apply.work().get(30, TimeUnit.SECONDS).outcome()).isNotEqualTo(Outcome.APPLIED);
            }
        }
    }

    @Test
    void aReadSessionWhoseClientIsGoneEndsWhileItWaitsForALock() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("settings_read_gone")) {
            // Reading a table's defaults and indexes waits for a session that holds ACCESS EXCLUSIVE on it.
            db.execute("CREATE TABLE public.t (a int DEFAULT 1); CREATE INDEX t_a ON public.t (a)");
            PostgresCatalogReader patient = PostgresCatalogReader.builder().lockTimeout(Duration.ofSeconds(60))
                    .statementTimeout(Duration.ofSeconds(60)).build();
            try (Waiting<Catalog> reading = Waiting.on(db, client -> patient.read(client, "gone"))) {

                assertThat(reading.vanish(db)).as("ms until the server ended the read session of the vanished client"
                        + " (the lock timeout is 60 s)").isLessThan(15_000);
                assertThat(reading.work()).failsWithin(Duration.ofSeconds(30));
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
            try (Waiting<ApplyResult> apply = Waiting.on(db, client -> ScriptRunner.builder()
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

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
