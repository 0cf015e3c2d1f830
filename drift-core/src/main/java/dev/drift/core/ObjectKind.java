package dev.drift.core;

/**
 * The kinds of database object Drift knows. The declaration order is the order objects are listed in
 * a catalog (a schema before its tables, a table before its columns), which keeps snapshots stable.
 */
public enum ObjectKind {
    SCHEMA("schema"),
    SEQUENCE("sequence"),
    TABLE("table"),
    COLUMN("column"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    ROUTINE("routine"),
    AGGREGATE("aggregate"),
    TRIGGER("trigger"),
    EXTENSION("extension"),
    COLLATION("collation"),
    TYPE("type"),
    INHERITANCE("inheritance"),
    ROW_SECURITY("row security"),
    POLICY("policy"),
    OWNER("owner"),
    COMMENT("comment"),
    PRIVILEGE("privilege"),
    DEFAULT_PRIVILEGE("default privilege");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** The word used for this kind in reports, e.g. {@code column}. */
    public String label() {
        return label;
    }

    /** Whether objects of this kind live inside a table (their key's parent is the table name). */
    public boolean isTableChild() {
        return this == COLUMN || this == CONSTRAINT || this == INDEX || this == TRIGGER;
    }

    /** Whether objects of this kind can own table children (indexes of a materialized view, triggers of a view). */
    public boolean isRelation() {
        return this == TABLE || this == VIEW || this == MATERIALIZED_VIEW;
    }

    /**
     * Whether objects of this kind describe another object (its owner, comment or grants) rather than
     * stand on their own; {@link DiffOptions} can leave each of these out of the comparison.
     */
    public boolean isAttribute() {
        return this == OWNER || this == COMMENT || this == PRIVILEGE || this == DEFAULT_PRIVILEGE;
    }

    /**
     * Whether an object of this kind may belong to the database rather than to a schema, so that its key names
     * no schema ({@link ObjectKey#databaseLevel}): default privileges for every schema, and the owner, comment or
     * grants of such an object. (Publications and event triggers would be database-level kinds; collations and
     * extensions live in a schema.)
     */
    public boolean mayBeDatabaseLevel() {
        return isAttribute();
    }
}
