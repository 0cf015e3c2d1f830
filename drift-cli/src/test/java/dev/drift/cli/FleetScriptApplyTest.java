package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script {@code drift fleet --out} writes is one {@code drift apply --script} runs: it carries the
 * tenant's fingerprint, so a tenant that changed since is refused.
 */
class FleetScriptApplyTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final String WITH_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY, external_id text)";
    private static final String WITHOUT_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY)";

    private record Run(int exit, String out, String err) {
    }

    private static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aMajorityFleetsScriptsApplyAndAChangedTenantIsRefused(@TempDir Path tmp) throws IOException {
        try (TestDatabase a = SERVER.createDatabase("fsa_a"); TestDatabase b = SERVER.createDatabase("fsa_b");
             TestDatabase c = SERVER.createDatabase("fsa_c"); TestDatabase d = SERVER.createDatabase("fsa_d");
             TestDatabase e = SERVER.createDatabase("fsa_e")) {
            a.execute(WITH_COLUMN);
            b.execute(WITHOUT_COLUMN);
            c.execute(WITH_COLUMN);
            d.execute(WITHOUT_COLUMN);
            e.execute(WITH_COLUMN);
            Path out = tmp.resolve("fixes");
            Run fleet = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--tenant", "d=" + d.jdbcUrl(), "--tenant", "e=" + e.jdbcUrl(), "--baseline",
                    "majority", "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);
            assertThat(Files.readString(out.resolve("b.sql"))).contains("-- drift:target-fingerprint ",
                    "ALTER TABLE public.orders ADD COLUMN external_id text;");

            Run applied = drift("apply", "--script", out.resolve("b.sql").toString(), "--target", b.jdbcUrl(),
                    "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("APPLIED: 1 statement(s) committed");
            assertThat(b.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("1");

            // Tenant d changes after the fleet run: its script is refused, and nothing runs.
            d.execute("CREATE TABLE public.audit (id int)");
            Run refused = drift("apply", "--script", out.resolve("d.sql").toString(), "--target", d.jdbcUrl(),
                    "--execute");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(d.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("0");

            Run again = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--baseline", "majority");
            assertThat(again.exit()).as(again.out()).isEqualTo(0);
        }
    }

    @Test
    void aSchemaPerTenantScriptAppliesToItsSchema(@TempDir Path tmp) throws IOException {
        try (TestDatabase db = SERVER.createDatabase("fsa_schemas")) {
            db.execute("CREATE SCHEMA tenant_1; CREATE TABLE tenant_1.t (id int, note text);"
                    + "CREATE SCHEMA tenant_2; CREATE TABLE tenant_2.t (id int);"
                    + "CREATE SCHEMA tenant_3; CREATE TABLE tenant_3.t (id int, note text);");
            Path out = tmp.resolve("fixes");
            Run fleet = drift("fleet", "--url", db.jdbcUrl(), "--schema-pattern", "tenant%", "--baseline", "majority",
                    "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);

            Run applied = drift("apply", "--script", out.resolve("tenant_2.sql").toString(), "--target", db.jdbcUrl(),
                    "--schema", "tenant_2", "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'tenant_2.t'::regclass"
                    + " AND attname = 'note'")).contains("1");
        }
    }
}
