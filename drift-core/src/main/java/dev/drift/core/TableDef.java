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
 * @param replicaIdentity what logical replication writes of an updated or deleted row, when not the default
 *                     (the primary key): {@code FULL}, {@code NOTHING} or {@code USING INDEX <name>} (the name
 *                     quoted as an identifier), as {@code ALTER TABLE ... REPLICA IDENTITY} says it; each
 *                     partition has its own
 */
public record TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey,
                       Optional<String> replicaIdentity) implements DbObject {

    /** Whether the table is WAL-logged; temporary tables are never read. */
    public enum Persistence { PERMANENT, UNLOGGED }

    public TableDef {
        Keys.require(key, ObjectKind.TABLE);
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(replicaIdentity, "replicaIdentity");
    }

    /** A table with the default replica identity. */
    public TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey) {
        this(key, persistence, partitionKey, Optional.empty());
    }

    public static TableDef of(String schema, String name) {
        return new TableDef(ObjectKey.table(schema, name), Persistence.PERMANENT, Optional.empty());
    }

    public boolean partitioned() {
        return partitionKey.isPresent();
    }
}
