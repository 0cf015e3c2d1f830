package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An index.
 *
 * @param key         the index's key (parent: its table; index names are unique per schema)
 * @param definition  the statement as {@code pg_get_indexdef} renders it: unique, method, key columns or
 *                    expressions, opclasses, collations, ordering, {@code INCLUDE} columns and predicate
 * @param constraint  the constraint this index backs (primary key, unique, exclusion), if any: such an
 *                    index is compared and fixed through its constraint, never on its own, unless it is
 *                    attached to a parent's index (the partition's copy of the parent's key, whose
 *                    constraint is the parent's and is not read for the partition)
 * @param partitionOf for the index of a partition, the index of the partitioned table it is attached to
 *                    ({@code ALTER INDEX ... ATTACH PARTITION}, or made so by PostgreSQL when the parent's
 *                    index or the partition was created); empty for an index of the table's own
 */
public record IndexDef(ObjectKey key, String definition, Optional<String> constraint, Optional<ObjectKey> partitionOf)
        implements DbObject {
    public IndexDef {
        Keys.require(key, ObjectKind.INDEX);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(partitionOf, "partitionOf");
        partitionOf.ifPresent(p -> Keys.require(p, ObjectKind.INDEX));
    }

    /** An index of the table's own (attached to no parent's index). */
    public IndexDef(ObjectKey key, String definition, Optional<String> constraint) {
        this(key, definition, constraint, Optional.empty());
    }

    public boolean backsConstraint() {
        return constraint.isPresent();
    }

    /** Whether it is a partition's index attached to its parent's. */
    public boolean attached() {
        return partitionOf.isPresent();
    }

    /** Whether it is a unique index ({@code CREATE UNIQUE INDEX}), which a foreign key may lean on. */
    public boolean unique() {
        return definition.startsWith("CREATE UNIQUE ");
    }
}
