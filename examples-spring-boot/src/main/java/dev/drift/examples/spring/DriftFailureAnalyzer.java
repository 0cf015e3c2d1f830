package dev.drift.examples.spring;

import dev.drift.examples.TenantSchemaCheck;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start refused by the drift check into Spring Boot's "APPLICATION FAILED TO START" report that
 * says which tenants drifted and what to do, instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
final class DriftFailureAnalyzer extends AbstractFailureAnalyzer<TenantSchemaCheck.DriftDetected> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TenantSchemaCheck.DriftDetected cause) {
        TenantSchemaCheck.Report report = cause.report();
        String tenants = report.drifted().stream()
                .map(t -> "    " + t.tenant() + ": " + t.status()
                        + t.diff().map(d -> " (" + d.changes().size() + (d.changes().size() == 1 ? " difference)" : " differences)")).orElse("")
                        + t.error().map(e -> " (" + e + ")").orElse(""))
                .collect(Collectors.joining("\n"));
        String description = "The tenant schema check refused to start the application: " + report.summary() + ".\n"
                + tenants;
        String action = "Bring the tenants in line with " + report.baseline() + ": the WARN log above has the fix SQL"
                + " for each tenant that drifted (or run drift diff against it). To start anyway and only log"
                + " drift, set drift.startup.fail-on-drift=false.";
        return new FailureAnalysis(description, action, cause);
    }
}
