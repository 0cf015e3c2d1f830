package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.jdbc.ApplyResult.Outcome;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Drift's sessions under database defaults that change how SQL is read and rendered
 * ({@link TestDatabase#HOSTILE_DEFAULTS}).
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
}
