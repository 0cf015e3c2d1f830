package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.core.Catalog;
import dev.drift.core.DriftException;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libpq's environment variables, password file and Unix sockets, on a real server. */
class LibpqEnvironmentTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", "/nonexistent");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static String query(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = url.connect(TIMEOUT); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aBareUriTakesHostPortDatabaseUserAndSettingsFromTheEnvironment() throws Exception {
        try (TestDatabase db = SERVER.createDatabase("libpq_env").execute("CREATE TABLE t (id int)")) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://", env("PGHOST", SERVER.host(), "PGPORT",
                    Integer.toString(SERVER.port()), "PGDATABASE", db.name(), "PGUSER", SERVER.user(),
                    "PGAPPNAME", "drift-env-test", "PGOPTIONS", "-c work_mem=1234kB"));
            Catalog catalog = PostgresCatalogReader.create().read(url);
            assertThat(catalog.database()).isEqualTo(db.name());
            assertThat(catalog.canonicalText()).contains("public.t");
            assertThat(query(url, "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"))
                    .isEqualTo("drift-env-test");
            assertThat(query(url, "SHOW work_mem")).isEqualTo("1234kB");
            // PGSSLMODE reaches the driver: the embedded server has no SSL, so 'require' must fail.
            DatabaseUrl ssl = DatabaseUrl.parse(db.jdbcUrl(), env("PGSSLMODE", "require"));
            assertThatThrownBy(() -> query(ssl, "SELECT 1")).isInstanceOf(DriftException.class)
                    .hasMessageContaining("SSL");
        }
    }

    @Test
    void thePasswordComesFromTheUrlPgpasswordOrThePasswordFileAndItsAbsenceIsExplained(@TempDir Path home)
            throws Exception {
        assumeTrue(SERVER.isEmbedded(), "needs pg_hba.conf to ask for a password");
        SERVER.createPasswordRole("drift_libpq_pw", "Right-Sekret1");
        try (TestDatabase db = SERVER.createDatabase("libpq_pw")) {
            String where = "postgresql://drift_libpq_pw@127.0.0.1:" + SERVER.port() + "/" + db.name();
            assertThat(query(DatabaseUrl.parse(where, env("PGPASSWORD", "Right-Sekret1")), "SELECT current_user"))
                    .isEqualTo("drift_libpq_pw");

            Path pgpass = home.resolve(".pgpass");
            Files.writeString(pgpass, "127.0.0.1:" + SERVER.port() + ":*:drift_libpq_pw:Right-Sekret1\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            assertThat(query(DatabaseUrl.parse(where, env("HOME", home.toString())), "SELECT current_user"))
                    .isEqualTo("drift_libpq_pw");

            assertThatThrownBy(() -> query(DatabaseUrl.parse(where, env()), "SELECT 1"))
                    .isInstanceOf(DriftException.class)
                    .hasMessageContaining("the server asks for a password and none was given")
                    .hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass")
                    .hasMessageContaining("postgresql://user:***@host/database, *** being the password");

            assertThatThrownBy(() -> query(DatabaseUrl.parse(where, env("PGPASSWORD", "Wrong-Sekret2")), "SELECT 1"))
                    .hasMessageContaining("authentication failed").hasMessageContaining("password from PGPASSWORD")
                    .hasMessageNotContaining("Wrong-Sekret2");
        }
    }

    @Test
    void aUnixSocketDirectoryConnectsThroughTheSocket() throws Exception {
        String dirs = SERVER.queryValue("postgres", "SHOW unix_socket_directories").orElse("");
        assumeTrue(SERVER.isEmbedded() && !dirs.isBlank(), "the server listens on no Unix socket");
        String dir = dirs.split(",")[0].trim();
        try (TestDatabase db = SERVER.createDatabase("libpq_socket").execute("CREATE TABLE s (id int)")) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql:///" + db.name() + "?host=" + dir + "&port=" + SERVER.port()
                    + "&user=" + SERVER.user(), env());
            assertThat(url.display()).isEqualTo(dir + ":" + SERVER.port() + "/" + db.name());
            // No client address: the session came through the socket, not TCP.
            assertThat(query(url, "SELECT coalesce(inet_client_addr()::text, 'socket')")).isEqualTo("socket");
            assertThat(PostgresCatalogReader.create().read(url).canonicalText()).contains("public.s");
            // PGHOST names a socket directory just as well.
            DatabaseUrl fromEnv = DatabaseUrl.parse("postgresql:///" + db.name(), env("PGHOST", dir, "PGPORT",
                    Integer.toString(SERVER.port()), "PGUSER", SERVER.user()));
            assertThat(query(fromEnv, "SELECT coalesce(inet_client_addr()::text, 'socket')")).isEqualTo("socket");
            // A socket that is not there says so, and names the file.
            DatabaseUrl missing = DatabaseUrl.parse("postgresql:///" + db.name() + "?host=/nonexistent&user=x", env());
            assertThatThrownBy(() -> query(missing, "SELECT 1")).isInstanceOf(DriftException.class)
                    .hasMessageContaining("cannot connect to /nonexistent:5432/" + db.name())
                    .hasMessageContaining("no PostgreSQL socket at /nonexistent/.s.PGSQL.5432");
        }
    }
}
