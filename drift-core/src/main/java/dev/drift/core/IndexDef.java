package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An index.
 *
 * @param key        the index's key (parent: its table; index names are unique per schema)
 * @param definition the statement as {@code pg_get_indexdef} renders it: unique, method, key columns or
 *                   expressions, opclasses, collations, ordering, {@code INCLUDE} columns and predicate
 * @param constraint the constraint this index backs (primary key, unique, exclusion), if any: such an
 *                   index is compared and fixed through its constraint, never on its own
 */
public record IndexDef(ObjectKey key, String definition, Optional<String> constraint) implements DbObject {
    public IndexDef {
        Keys.require(key, ObjectKind.INDEX);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(constraint, "constraint");
    }

    public boolean backsConstraint() {
        return constraint.isPresent();
    }

    /** Whether it is a unique index ({@code CREATE UNIQUE INDEX}), which a foreign key may lean on. */
    public boolean unique() {
        return definition.startsWith("CREATE UNIQUE ");
    }
}
