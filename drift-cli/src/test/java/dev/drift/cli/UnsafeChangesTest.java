package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.drift.core.Differ;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.Psql;
import dev.drift.testkit.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Changes that PostgreSQL makes without complaint but that lose data later, fail on what a tenant holds, or
 * break its next insert (#10, point 6), on a real server: each is held back, flagged, or planned so that it
 * works, and apply says what happened.
 */
class UnsafeChangesTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    record Run(int exit, String out, String err) {
    }

    private static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static boolean converged(TestDatabase reference, TestDatabase target) {
        PostgresCatalogReader reader = PostgresCatalogReader.create();
        return Differ.compare(reader.read(DatabaseUrl.parse(reference.jdbcUrl())),
                reader.read(DatabaseUrl.parse(target.jdbcUrl()))).isEmpty();
    }

    @Test
    void setUnloggedIsHeldBackUnlessDestructiveChangesAreAllowedAndSetLoggedIsFlagged() {
        try (TestDatabase reference = SERVER.createDatabase("unsafe_unlogged_r")
                .execute("CREATE UNLOGGED TABLE public.cache (k int PRIMARY KEY);");
             TestDatabase target = SERVER.createDatabase("unsafe_unlogged_t")
                     .execute("CREATE TABLE public.cache (k int PRIMARY KEY); INSERT INTO public.cache VALUES (1), (2);")) {
            Run held = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--execute");
            assertThat(held.exit()).as(held.out() + held.err()).isZero();
            assertThat(held.out()).contains("Held back (destructive, not run; --allow-destructive includes them): 1",
                    "  - ALTER TABLE public.cache SET UNLOGGED;",
                    "data loss: an unlogged table is emptied after a crash, and replicas stop receiving its rows",
                    "NOTHING TO DO");
            assertThat(persistence(target)).isEqualTo("p");

            Run allowed = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--execute",
                    "--allow-destructive");
            assertThat(allowed.exit()).as(allowed.out() + allowed.err()).isZero();
            assertThat(allowed.out()).contains("applied      ALTER TABLE public.cache SET UNLOGGED;",
                    "data loss: an unlogged table is emptied after a crash", "Verification: PASSED");
            assertThat(persistence(target)).isEqualTo("u");

            // The other way round: not held back (nothing is at risk), but its cost is said.
            try (TestDatabase logged = SERVER.createDatabase("unsafe_logged_r")
                    .execute("CREATE TABLE public.cache (k int PRIMARY KEY);")) {
                Run back = drift("apply", "--reference", logged.jdbcUrl(), "--target", target.jdbcUrl(), "--execute");
                assertThat(back.exit()).as(back.out() + back.err()).isZero();
                assertThat(back.out()).contains("applied      ALTER TABLE public.cache SET LOGGED;",
                        "table rewrite: rewrites the table and writes all of it to the WAL under an ACCESS EXCLUSIVE lock",
                        "Verification: PASSED").doesNotContain("Held back");
                assertThat(persistence(target)).isEqualTo("p");
            }
        }
    }

    private static String persistence(TestDatabase db) {
        return db.queryValue("SELECT relpersistence FROM pg_class WHERE oid = 'public.cache'::regclass").orElseThrow();
    }

    @Test
    void aSequenceWhoseValueIsAboveItsNewMaximumIsFlaggedAndTheApplyRollsBackTruthfully() {
        try (TestDatabase reference = SERVER.createDatabase("unsafe_seq_r")
                .execute("CREATE SEQUENCE public.counter AS smallint;");
             TestDatabase target = SERVER.createDatabase("unsafe_seq_t")
                     .execute("CREATE SEQUENCE public.counter; SELECT setval('public.counter', 40000);"
                             + " CREATE TABLE public.other (id int);")) {
            reference.execute("CREATE TABLE public.other (id int, note text);"); // a second statement that would run
            String hazard = "may fail: fails if the sequence's current value is above 32767 (its new MAXVALUE, as smallint)";

            Run dry = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl());
            assertThat(dry.exit()).isEqualTo(1);
            assertThat(dry.out()).contains("ALTER SEQUENCE public.counter AS smallint MAXVALUE 32767;", hazard);

            Run executed = drift("apply", "--reference", reference.jdbcUrl(), "--target", target.jdbcUrl(), "--execute");
            assertThat(executed.exit()).as(executed.out() + executed.err()).isEqualTo(Main.ERROR);
            String out = executed.out();
            assertThat(out.indexOf(hazard)).as(out).isPositive().isLessThan(out.indexOf("NOT APPLIED"));
            assertThat(out).contains("FAILED       ALTER SEQUENCE public.counter AS smallint MAXVALUE 32767;",
                    "NOT APPLIED: the transaction was rolled back, and the catalog of", "read again, is as before.")
                    .doesNotContain("Verification: PASSED").doesNotContainPattern("(?m)^APPLIED: ");
            assertThat(target.queryValue("SELECT data_type || ' ' || last_value FROM pg_sequences"
                    + " WHERE sequencename = 'counter'")).contains("bigint 40000");
            assertThat(target.queryValue("SELECT count(*) FROM information_schema.columns WHERE table_name = 'other'"))
                    .contains("1");
        }
    }

    @Test
    void aSerialColumnMadeAnIdentityGoesOnFromItsSequence() {
        assumeThat(Psql.available()).as("psql on the PATH").isTrue();
        String serial = "CREATE TABLE public.t (id serial PRIMARY KEY, v text);"
                + " INSERT INTO public.t (v) VALUES ('a'), ('b'), ('c'); DELETE FROM public.t WHERE v = 'c';";
        try (TestDatabase reference = SERVER.createDatabase("unsafe_ident_r")
                .execute("CREATE TABLE public.t (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);");
             TestDatabase printed = SERVER.createDatabase("unsafe_ident_p").execute(serial).withHostileDefaults();
             TestDatabase applied = SERVER.createDatabase("unsafe_ident_a").execute(serial)) {
            for (boolean allowDestructive : new boolean[] {false, true}) {
                String[] args = allowDestructive
                        ? new String[] {"diff", "--reference", reference.jdbcUrl(), "--target", printed.jdbcUrl(),
                        "--format", "sql", "--allow-destructive"}
                        : new String[] {"diff", "--reference", reference.jdbcUrl(), "--target", printed.jdbcUrl(),
                        "--format", "sql"};
                Run diff = drift(args);
                assertThat(diff.out()).contains("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.t',"
                        + " 'id'), last_value, is_called) FROM public.t_id_seq;");
                if (allowDestructive) {
                    assertThat(diff.out().indexOf("FROM public.t_id_seq;"))
                            .isLessThan(diff.out().indexOf("DROP SEQUENCE public.t_id_seq;"));
                }
                Psql.Result psql = Psql.run(printed, diff.out());
                assertThat(psql.exit()).as(psql.output()).isZero();
                printed.execute("INSERT INTO public.t (v) VALUES ('after " + allowDestructive + "')");
                if (!allowDestructive) {
                    assertThat(printed.queryValue("SELECT max(id) FROM public.t")).contains("4");
                    // Back to serial for the second round, with the position the identity reached.
                    printed.execute("ALTER TABLE public.t ALTER COLUMN id DROP IDENTITY;"
                            + " ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq');"
                            + " ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id; SELECT setval('public.t_id_seq', 4);");
                } else {
                    assertThat(printed.queryValue("SELECT max(id) FROM public.t")).contains("5");
                    assertThat(converged(reference, printed)).isTrue();
                }
            }

            Run run = drift("apply", "--reference", reference.jdbcUrl(), "--target", applied.jdbcUrl(), "--execute",
                    "--allow-destructive");
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("Verification: PASSED");
            applied.execute("INSERT INTO public.t (v) VALUES ('d')");
            assertThat(applied.queryValue("SELECT string_agg(id || v, ',' ORDER BY id) FROM public.t")).contains("1a,2b,4d");
        }
    }
}
