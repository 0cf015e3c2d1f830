package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.testkit.LockWait;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.time.Duration;
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
    void aReadSessionWhoseClientIsGoneEndsWhileItWaitsForALock() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("settings_read_gone")) {
            // Reading a table's check constraint waits for a session that holds ACCESS EXCLUSIVE on it: the server
            // opens the table to name its columns (defaults and plain indexes are read without opening it).
            db.execute("CREATE TABLE public.t (a int CHECK (a > 0))");
            PostgresCatalogReader patient = PostgresCatalogReader.builder().lockTimeout(Duration.ofSeconds(60))
                    .statementTimeout(Duration.ofSeconds(60)).build();
            try (LockWait<Catalog> reading = LockWait.on(db, client -> patient.read(client, "gone"))) {

                assertThat(reading.vanish(db)).as("ms until the server ended the read session of the vanished client"
                        + " (the lock timeout is 60 s)").isLessThan(15_000);
                assertThat(reading.work()).failsWithin(Duration.ofSeconds(30));
            }
        }
    }
}
