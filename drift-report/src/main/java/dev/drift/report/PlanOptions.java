package dev.drift.report;

/**
 * How a fix script is planned.
 *
 * @param allowDestructive  include statements that can lose data (drops, narrowing type changes);
 *                          without it they are held back and only reported
 * @param upgradeExtensions write {@code ALTER EXTENSION ... UPDATE TO} for an extension whose version differs
 *                          (otherwise the difference is only reported)
 */
public record PlanOptions(boolean allowDestructive, boolean upgradeExtensions) {
    /** Safe defaults: nothing destructive, no extension upgrades. */
    public static final PlanOptions DEFAULTS = new PlanOptions(false, false);

    public PlanOptions(boolean allowDestructive) {
        this(allowDestructive, false);
    }

    public PlanOptions withAllowDestructive(boolean value) {
        return new PlanOptions(value, upgradeExtensions);
    }

    public PlanOptions withUpgradeExtensions(boolean value) {
        return new PlanOptions(allowDestructive, value);
    }
}
