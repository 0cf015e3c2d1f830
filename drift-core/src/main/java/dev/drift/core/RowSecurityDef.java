package dev.drift.core;

import java.util.List;
import java.util.Optional;

/**
 * Row-level security switched on for a table. Only present when it is enabled or forced: a table without
 * one has row security off.
 *
 * @param enabled {@code ENABLE ROW LEVEL SECURITY}
 * @param forced  {@code FORCE ROW LEVEL SECURITY} (applies to the table's owner too)
 */
public record RowSecurityDef(ObjectKey key, boolean enabled, boolean forced) implements DbObject {
    public RowSecurityDef {
        Keys.require(key, ObjectKind.ROW_SECURITY);
        if (key.parent().isEmpty()) {
            throw new IllegalArgumentException("a row security key needs its table as parent: " + key);
        }
    }

    public static ObjectKey key(ObjectKey table) {
        return new ObjectKey(ObjectKind.ROW_SECURITY, table.schema(), Optional.of(table.name()), table.name(), List.of());
    }
}
