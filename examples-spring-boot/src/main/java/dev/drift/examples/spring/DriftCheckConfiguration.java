package dev.drift.examples.spring;

import dev.drift.apply.FixApplier;
import dev.drift.examples.TenantSchemaCheck;
import dev.drift.jdbc.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the tenant schema check into a Spring Boot application: the check itself (from the
 * {@code drift.*} properties), the start-up fix (with {@code drift.startup.apply-fixes=true}), the start-up
 * check, the periodic check and the {@code drift} health
 * component. Copy this package into the application; the check is {@code TenantSchemaCheck} from Drift's
 * examples module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DriftProperties.class)
public class DriftCheckConfiguration {

    @Bean
    TenantSchemaCheck tenantSchemaCheck(DriftProperties properties, ObjectProvider<DataSource> dataSource) {
        TenantSchemaCheck.Builder builder = TenantSchemaCheck.builder()
                .baselineResource(properties.baseline())
                .failOnDrift(properties.startup().failOnDrift());
        String dataSourceTenant = properties.tenants().dataSource();
        if (!dataSourceTenant.isEmpty()) {
            DataSource applicationDataSource = dataSource.getIfAvailable();
            if (applicationDataSource == null) {
                throw new IllegalStateException("drift.tenants.data-source=" + dataSourceTenant + " but the application"
                        + " has no DataSource: set drift.tenants.data-source= (empty) and list the tenants under"
                        + " drift.tenants.databases");
            }
            builder.tenant(dataSourceTenant, applicationDataSource);
        }
        for (Map.Entry<String, DriftProperties.Database> tenant : properties.tenants().databases().entrySet()) {
            builder.tenant(tenant.getKey(), databaseUrl(tenant.getKey(), tenant.getValue()));
        }
        return builder.build();
    }

    /** The tenant's URL with its credentials, which DatabaseUrl hands to the driver and never prints. */
    private static DatabaseUrl databaseUrl(String tenant, DriftProperties.Database database) {
        StringBuilder url = new StringBuilder(database.url().trim());
        char separator = url.indexOf("?") < 0 ? '?' : '&';
        if (!database.username().isEmpty()) {
            url.append(separator).append("user=").append(URLEncoder.encode(database.username(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (!database.password().isEmpty()) {
            url.append(separator).append("password=").append(URLEncoder.encode(database.password(), StandardCharsets.UTF_8));
        }
        try {
            return DatabaseUrl.parse(url.toString());
        } catch (RuntimeException e) {
            // DatabaseUrl's message already hides the password.
            throw new IllegalStateException("drift.tenants.databases." + tenant + ".url: " + e.getMessage(), e);
        }
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "drift.startup.apply-fixes")
    DriftStartupFix driftStartupFix(TenantSchemaCheck check, DriftProperties properties) {
        Map<String, DatabaseUrl> tenants = new TreeMap<>();
        properties.tenants().databases().forEach((name, database) -> tenants.put(name, databaseUrl(name, database)));
        return new DriftStartupFix(FixApplier.builder().build(), check.baseline(), check.diffOptions(), tenants);
    }

    @Bean
    LatestDriftReport latestDriftReport() {
        return new LatestDriftReport(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "drift.startup.enabled", matchIfMissing = true)
    DriftStartupCheck driftStartupCheck(TenantSchemaCheck check, LatestDriftReport latest, DriftProperties properties) {
        return new DriftStartupCheck(check, latest, properties.startup().failOnDrift());
    }

    @Bean
    PeriodicDriftCheck periodicDriftCheck(TenantSchemaCheck check, LatestDriftReport latest, DriftProperties properties) {
        return new PeriodicDriftCheck(check, latest, properties.checkInterval());
    }

    /** The bean name makes the health component {@code drift}. */
    @Bean
    TenantSchemaHealthIndicator driftHealthIndicator(LatestDriftReport latest, DriftProperties properties) {
        return new TenantSchemaHealthIndicator(latest, properties.health().includeFixSql());
    }
}
