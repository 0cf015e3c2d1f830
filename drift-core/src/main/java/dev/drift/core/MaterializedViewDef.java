package dev.drift.core;

import java.util.List;
import java.util.Objects;

/**
 * A materialized view. Whether it is populated ({@code WITH NO DATA}) is state, not schema, and is not
 * part of the model; its indexes are {@link IndexDef}s whose parent is the materialized view.
 *
 * @param key        the materialized view's key
 * @param columns    its columns in order, each {@code name type}
 * @param definition the query as {@code pg_get_viewdef} renders it, without the closing semicolon
 * @param storage    storage parameters as for {@link TableDef#storage()}; empty when it has none
 */
public record MaterializedViewDef(ObjectKey key, List<String> columns, String definition, List<String> storage)
        implements DbObject {

    public MaterializedViewDef {
        Keys.require(key, ObjectKind.MATERIALIZED_VIEW);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition, "definition");
        storage = List.copyOf(storage);
    }

    public MaterializedViewDef(ObjectKey key, List<String> columns, String definition) {
        this(key, columns, definition, List.of());
    }
}
