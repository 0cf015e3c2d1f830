package dev.drift.report;

/**
 * How a fix script is planned.
 *
 * @param allowDestructive include statements that can lose data (drops, narrowing type changes);
 *                         without it they are held back and only reported
 */
public record PlanOptions(boolean allowDestructive) {
    /** Safe defaults: nothing destructive. */
    public static final PlanOptions DEFAULTS = new PlanOptions(false);

    public PlanOptions withAllowDestructive(boolean value) {
        return new PlanOptions(value);
    }
}
