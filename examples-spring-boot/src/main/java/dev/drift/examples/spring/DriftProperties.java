package dev.drift.examples.spring;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code drift.*} properties of the tenant schema check.
 *
 * <pre>
 * drift.baseline=/drift/baseline.json
 * drift.tenants.data-source=default
 * drift.tenants.databases.acme.url=jdbc:postgresql://db1:5432/acme
 * drift.tenants.databases.acme.username=drift_reader
 * drift.tenants.databases.acme.password=${ACME_DB_PASSWORD}
 * drift.startup.enabled=true
 * drift.startup.fail-on-drift=true
 * drift.startup.apply-fixes=false
 * drift.check-interval=15m
 * drift.health.include-fix-sql=false
 * </pre>
 *
 * @param baseline      the baseline snapshot on the class path, written by {@code drift snapshot}
 * @param tenants       which databases are tenants
 * @param startup       the check when the application starts
 * @param health        what the {@code drift} health component shows
 * @param checkInterval how often the tenants are checked again while the application runs; {@code 0}
 *                      turns the periodic check off (the health then shows the start-up check's result)
 */
@ConfigurationProperties("drift")
public record DriftProperties(@DefaultValue("/drift/baseline.json") String baseline,
                              @DefaultValue Tenants tenants,
                              @DefaultValue Startup startup,
                              @DefaultValue Health health,
                              @DefaultValue("15m") Duration checkInterval) {

    public DriftProperties {
        Objects.requireNonNull(baseline, "drift.baseline");
        Objects.requireNonNull(checkInterval, "drift.check-interval");
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("drift.check-interval must not be negative but was " + checkInterval);
        }
    }

    /**
     * @param dataSource the tenant name under which the application's own {@code DataSource} is checked;
     *                   empty to leave it out (e.g. when it is not a tenant database)
     * @param databases  further tenants by name, each with its own URL and credentials
     */
    public record Tenants(@DefaultValue("default") String dataSource, Map<String, Database> databases) {
        public Tenants {
            Objects.requireNonNull(dataSource, "drift.tenants.data-source");
            databases = databases == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(databases));
        }
    }

    /**
     * One tenant database. The password is only handed to the driver: Drift's messages show
     * {@code host:port/database}.
     *
     * @param url      {@code jdbc:postgresql://host:port/database}
     * @param username the login role (read access to the catalog is enough)
     * @param password its password; empty for none (trust, or {@code PGPASSWORD})
     */
    public record Database(String url, @DefaultValue("") String username, @DefaultValue("") String password) {
        public Database {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("drift.tenants.databases.<name>.url is required");
            }
        }

        @Override
        public String toString() {
            // Spring may print bound values in a failure analysis: never the password.
            return "Database[url=" + url + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***") + "]";
        }
    }

    /**
     * @param enabled     whether the tenants are checked before the application takes work
     * @param failOnDrift whether a tenant that drifted (or cannot be read) stops the start
     * @param applyFixes  whether each tenant under {@code drift.tenants.databases} that drifted gets its planned
     *                    fix applied (and verified) before the check; off by default: the role then needs DDL
     *                    rights, and a fix that changes a production schema should be a decision
     */
    public record Startup(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean failOnDrift,
                          @DefaultValue("false") boolean applyFixes) {
    }

    /**
     * @param includeFixSql whether each drifted tenant's fix SQL is part of the health details; off by
     *                      default because health endpoints are often reachable without authentication
     *                      and the SQL spells out the schema (the log has it either way)
     */
    public record Health(@DefaultValue("false") boolean includeFixSql) {
    }
}
