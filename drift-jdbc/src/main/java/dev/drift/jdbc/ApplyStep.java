package dev.drift.jdbc;

import java.util.Objects;

/**
 * One statement for the {@link ScriptRunner}: what drift-jdbc needs to know about a planned statement,
 * and no more (the planner's own types live in drift-report, which drift-jdbc does not depend on).
 *
 * @param sql           the statement, with or without its closing semicolon
 * @param transactional whether it may run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}
 *                      may not)
 * @param description   what it does, for the report, e.g. {@code column public.orders.external_id}
 */
public record ApplyStep(String sql, boolean transactional, String description) {

    public ApplyStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(description, "description");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a step's sql must not be blank (" + description + ")");
        }
    }

    /** The statement on one line, for reports. */
    public String oneLine() {
        return sql.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
