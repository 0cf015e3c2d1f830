package dev.drift.report;

/**
 * The fixed order in which a fix script runs: first what removes or frees dependents, then what
 * creates, from containers to contents. Inside a phase, statements follow the catalog's dependencies
 * and then key order.
 */
public enum Phase {
    /** Sequences whose owning column or table is dropped but that the reference keeps. */
    DETACH_SEQUENCES,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_INDEXES,
    /** Generated columns lose their expression or are dropped before the columns they are computed from. */
    DROP_GENERATION,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    DROP_SCHEMAS,
    SCHEMAS,
    SEQUENCES,
    TABLES,
    COLUMNS,
    CONSTRAINTS,
    FOREIGN_KEYS,
    INDEXES,
    SEQUENCE_OWNERSHIP
}
