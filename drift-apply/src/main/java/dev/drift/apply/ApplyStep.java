package dev.drift.apply;

import java.util.Objects;

/**
 * One statement for the {@link ScriptRunner}: what running a statement needs to know, whether the planner
 * wrote it ({@link FixScriptSteps}) or it was read from a saved script ({@link ScriptFile}).
 *
 * @param sql           the statement, with or without its closing semicolon
 * @param transactional whether it may run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}
 *                      may not)
 * @param description   what it does, for the report, e.g. {@code column public.orders.external_id}
 * @param commitBefore  whether what came before must be committed first: the runner starts a new
 *                      transaction with this step (e.g. it uses an enum value added before it, or validates
 *                      a constraint added {@code NOT VALID} before it); ignored on a non-transactional step,
 *                      which always runs after a commit
 */
public record ApplyStep(String sql, boolean transactional, String description, boolean commitBefore) {

    public ApplyStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(description, "description");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a step's sql must not be blank (" + description + ")");
        }
    }

    /** A step that runs in the current transaction (no commit point before it). */
    public ApplyStep(String sql, boolean transactional, String description) {
        this(sql, transactional, description, false);
    }

    /** The same step, to run in a new transaction after what came before is committed. */
    public ApplyStep withCommitBefore() {
        return new ApplyStep(sql, transactional, description, true);
    }

    /** The statement on one line, for reports. */
    public String oneLine() {
        return sql.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
