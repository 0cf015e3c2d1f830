package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * That a table is a partition of, or inherits from, another table. The key's parent is the child table and
 * its name the parent table's display name, so a child of several parents has one entry per parent. The
 * child's inherited columns, constraints and indexes belong to the parent and are not read for it.
 *
 * @param parentTable the table inherited from
 * @param bound       for a partition, its bound as {@code pg_get_expr(relpartbound)} renders it, e.g.
 *                    {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')} or {@code DEFAULT}; empty for
 *                    plain {@code INHERITS}
 */
public record InheritanceDef(ObjectKey key, ObjectKey parentTable, Optional<String> bound) implements DbObject {
    public InheritanceDef {
        Keys.require(key, ObjectKind.INHERITANCE);
        if (key.parent().isEmpty()) {
            throw new IllegalArgumentException("an inheritance key needs the child table as parent: " + key);
        }
        Objects.requireNonNull(parentTable, "parentTable");
        Objects.requireNonNull(bound, "bound");
    }

    public static ObjectKey key(ObjectKey child, ObjectKey parentTable) {
        return new ObjectKey(ObjectKind.INHERITANCE, child.schema(), Optional.of(child.name()),
                parentTable.displayName(), List.of());
    }

    /** The child table. */
    public ObjectKey child() {
        return key.table().orElseThrow();
    }

    public boolean partition() {
        return bound.isPresent();
    }
}
