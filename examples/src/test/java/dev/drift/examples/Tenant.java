package dev.drift.examples;

import dev.drift.core.Catalog;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * A tenant database of the example application, on whatever server a test runs.
 *
 * @param name     the database name
 * @param baseUrl  {@code jdbc:postgresql://host:port/name}, without credentials
 */
record Tenant(String name, String baseUrl, String user, String password) {

    /** The URL with the credentials, as Drift's reader takes it. */
    DatabaseUrl url() {
        return DatabaseUrl.parse(baseUrl + "?user=" + encode(user) + (password.isEmpty() ? "" : "&password=" + encode(password)));
    }

    /** Applies the application's migrations (src/main/resources/db/migration), up to a version if given. */
    Tenant migrate(Optional<String> toVersion) {
        var config = Flyway.configure().dataSource(baseUrl, user, password).locations("classpath:db/migration");
        toVersion.ifPresent(config::target);
        config.load().migrate();
        return this;
    }

    Tenant migrate() {
        return migrate(Optional.empty());
    }

    Catalog read() {
        return PostgresCatalogReader.create().read(url());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
