package dev.drift.core;

import java.util.List;
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
 * @param storage      storage parameters, each {@code name=value} as PostgreSQL stores them in
 *                     {@code reloptions}, the TOAST table's prefixed {@code toast.}, sorted (the order
 *                     they were given in is not schema); empty when the table has none
 */
public record TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey,
                       Optional<String> replicaIdentity, List<String> storage) implements DbObject {

    /** Whether the table is WAL-logged; temporary tables are never read. */
    public enum Persistence { PERMANENT, UNLOGGED }

    public TableDef {
        Keys.require(key, ObjectKind.TABLE);
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(replicaIdentity, "replicaIdentity");
        storage = List.copyOf(storage);
    }

    /** A table with the default replica identity and no storage parameters. */
    public TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey) {
        this(key, persistence, partitionKey, Optional.empty(), List.of());
    }

    /** A table with no storage parameters. */
    public TableDef(ObjectKey key, Persistence persistence, Optional<String> partitionKey, Optional<String> replicaIdentity) {
        this(key, persistence, partitionKey, replicaIdentity, List.of());
    }

    public static TableDef of(String schema, String name) {
        return new TableDef(ObjectKey.table(schema, name), Persistence.PERMANENT, Optional.empty());
    }

    public boolean partitioned() {
        return partitionKey.isPresent();
    }
}
