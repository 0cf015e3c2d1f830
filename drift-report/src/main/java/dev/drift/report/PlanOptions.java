package dev.drift.report;

/**
 * How a fix script is planned.
 *
 * @param allowDestructive    include statements that can lose data (drops, narrowing type changes);
 *                            without it they are held back and only reported
 * @param upgradeExtensions   write {@code ALTER EXTENSION ... UPDATE TO} for an extension whose version differs
 *                            (otherwise the difference is only reported)
 * @param concurrentIndexes   build a new index on a table that already exists with
 *                            {@code CREATE INDEX CONCURRENTLY} (and drop one with {@code DROP INDEX CONCURRENTLY}),
 *                            which does not block writes but cannot run in a transaction block: such statements
 *                            are marked non-transactional. A missing unique or primary key constraint is then
 *                            built as a unique index concurrently and attached with {@code ADD CONSTRAINT ...
 *                            USING INDEX}. Plain statements remain where PostgreSQL refuses {@code CONCURRENTLY}
 *                            (partitioned tables and partitions) or where it gains nothing (a table the script
 *                            creates, an index rebuilt with a view or column change)
 * @param validateSeparately  add a missing {@code CHECK} or {@code FOREIGN KEY} constraint to a table that already
 *                            exists {@code NOT VALID} (a short lock, no scan), and validate it with
 *                            {@code VALIDATE CONSTRAINT} after a commit, at the end of the script (a scan that
 *                            lets reads and writes go on). A constraint the reference itself has {@code NOT VALID}
 *                            stays not validated
 * @param untrustedReference  the reference was not named by the caller: a fleet baseline Drift chose from the
 *                            tenants (the schema that lacks nothing, the majority, the migration history; set by
 *                            {@code FleetReport} from the comparison), or a source the caller does not vouch for.
 *                            Statements that grant power or run code ({@link Hazard.Kind#needsTrust()}) are then
 *                            held back like destructive ones, with what depends on them (see {@code docs/security.md})
 * @param allowPrivileged     run statements that grant power or run code even from an untrusted reference (the
 *                            caller has reviewed the baseline: {@code --allow-privileged}); from a named reference
 *                            they run anyway, and are listed
 */
public record PlanOptions(boolean allowDestructive, boolean upgradeExtensions, boolean concurrentIndexes,
                          boolean validateSeparately, boolean untrustedReference, boolean allowPrivileged) {
    /**
     * Safe defaults: nothing destructive, no extension upgrades, plain (transactional) index and constraint builds;
     * the reference is the caller's (statements that grant power or run code run, and are listed).
     */
    public static final PlanOptions DEFAULTS = new PlanOptions(false, false, false, false, false, false);

    public PlanOptions(boolean allowDestructive) {
        this(allowDestructive, false);
    }

    public PlanOptions(boolean allowDestructive, boolean upgradeExtensions) {
        this(allowDestructive, upgradeExtensions, false, false);
    }

    public PlanOptions(boolean allowDestructive, boolean upgradeExtensions, boolean concurrentIndexes,
                       boolean validateSeparately) {
        this(allowDestructive, upgradeExtensions, concurrentIndexes, validateSeparately, false, false);
    }

    public PlanOptions withAllowDestructive(boolean value) {
        return new PlanOptions(value, upgradeExtensions, concurrentIndexes, validateSeparately, untrustedReference,
                allowPrivileged);
    }

    public PlanOptions withUpgradeExtensions(boolean value) {
        return new PlanOptions(allowDestructive, value, concurrentIndexes, validateSeparately, untrustedReference,
                allowPrivileged);
    }

    /** See {@link #concurrentIndexes()}. */
    public PlanOptions withConcurrentIndexes(boolean value) {
        return new PlanOptions(allowDestructive, upgradeExtensions, value, validateSeparately, untrustedReference,
                allowPrivileged);
    }

    /** See {@link #validateSeparately()}. */
    public PlanOptions withValidateSeparately(boolean value) {
        return new PlanOptions(allowDestructive, upgradeExtensions, concurrentIndexes, value, untrustedReference,
                allowPrivileged);
    }

    /** See {@link #untrustedReference()}. */
    public PlanOptions withUntrustedReference(boolean value) {
        return new PlanOptions(allowDestructive, upgradeExtensions, concurrentIndexes, validateSeparately, value,
                allowPrivileged);
    }

    /** See {@link #allowPrivileged()}. */
    public PlanOptions withAllowPrivileged(boolean value) {
        return new PlanOptions(allowDestructive, upgradeExtensions, concurrentIndexes, validateSeparately,
                untrustedReference, value);
    }
}
