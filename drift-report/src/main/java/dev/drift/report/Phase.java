package dev.drift.report;

/**
 * The fixed order in which a fix script runs: first what removes or frees dependents, then what
 * creates, from containers to contents. Inside a phase, statements follow the catalog's dependencies
 * and then key order.
 */
public enum Phase {
    DROP_POLICIES,
    DETACH_PARTITIONS,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_INDEXES,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    DROP_TYPES,
    DROP_EXTENSIONS,
    DROP_SCHEMAS,
    SCHEMAS,
    EXTENSIONS,
    /** Enums and ranges; domains and composites, which may use them, come after. */
    TYPES,
    DOMAINS,
    COMPOSITE_TYPES,
    SEQUENCES,
    TABLES,
    /** Partitions and inheritance children, after every parent exists. */
    PARTITIONS,
    COLUMNS,
    CONSTRAINTS,
    FOREIGN_KEYS,
    INDEXES,
    SEQUENCE_OWNERSHIP,
    ATTACH_PARTITIONS,
    ROW_SECURITY,
    POLICIES,
    OWNERS,
    COMMENTS,
    PRIVILEGES
}
