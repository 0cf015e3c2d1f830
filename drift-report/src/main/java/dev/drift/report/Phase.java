package dev.drift.report;

/**
 * The fixed order in which a fix script runs: first what removes or frees dependents, then what
 * creates, from containers to contents. Inside a phase, statements follow the catalog's dependencies
 * and then key order.
 */
public enum Phase {
    /** Sequences whose owning column or table is dropped but that the reference keeps. */
    DETACH_SEQUENCES,
    DROP_TRIGGERS,
    DROP_POLICIES,
    DROP_VIEWS,
    DETACH_PARTITIONS,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_INDEXES,
    /** Defaults that call a routine the plan drops. */
    DROP_DEFAULTS,
    /** Generated columns lose their expression or are dropped before the columns they are computed from. */
    DROP_GENERATION,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_ROUTINES,
    DROP_SEQUENCES,
    DROP_TYPES,
    /** After the columns, indexes and types that use them. */
    DROP_COLLATIONS,
    DROP_EXTENSIONS,
    DROP_SCHEMAS,
    SCHEMAS,
    EXTENSIONS,
    /** Before the types, columns and indexes that name them. */
    COLLATIONS,
    /** Enums and ranges; domains and composites, which may use them, come after. */
    TYPES,
    DOMAINS,
    COMPOSITE_TYPES,
    SEQUENCES,
    /** Functions, procedures and aggregates; one whose SQL body reads a table waits for it (dependencies). */
    ROUTINES,
    TABLES,
    /** Partitions and inheritance children, after every parent exists. */
    PARTITIONS,
    COLUMNS,
    CONSTRAINTS,
    FOREIGN_KEYS,
    INDEXES,
    VIEWS,
    TRIGGERS,
    SEQUENCE_OWNERSHIP,
    ATTACH_PARTITIONS,
    /** {@code REPLICA IDENTITY}: after the index it may name exists, partitions attached. */
    REPLICA_IDENTITY,
    ROW_SECURITY,
    POLICIES,
    OWNERS,
    COMMENTS,
    PRIVILEGES,
    /**
     * {@code VALIDATE CONSTRAINT} of constraints the script adds {@code NOT VALID}
     * ({@link PlanOptions#validateSeparately()}): last, after a commit, so that the lock taken by adding
     * them is released before the scans, and a row that violates one leaves the rest of the fix in place.
     */
    VALIDATE_CONSTRAINTS;

    /**
     * Whether statements of this phase remove or release something (everything before {@link #SCHEMAS}):
     * they run before what they free, and dependents go first.
     */
    public boolean drops() {
        return compareTo(SCHEMAS) < 0;
    }
}
