package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A table. Its columns, constraints and indexes are separate objects whose key names this table as
 * parent.
 *
 * @param key          the table's key
 * @param persistence  permanent or unlogged (temporary tables are never read)
 * @param partitionKey for a partitioned table, the key as {@code pg_get_partkeydef} renders it,
 *                     e.g. {@code RANGE (created_at)}
 */
public record TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey) implements DbObject {

    /** Whether the table is WAL-logged; temporary tables are never read. */
    public enum Persistence { PERMANENT, UNLOGGED }

    public TableDef {
        Keys.require(key, ObjectKind.TABLE);
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(partitionKey, "partitionKey");
    }

    public static TableDef of(String schema, String name) {
        return new TableDef(ObjectKey.table(schema, name), Persistence.PERMANENT, Optional.empty());
    }

    public boolean partitioned() {
        return partitionKey.isPresent();
    }
}
