package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table constraint: primary key, unique, check, foreign key or exclusion.
 *
 * @param key        the constraint's key (parent: its table)
 * @param type       what kind of constraint it is
 * @param definition the whole definition as {@code pg_get_constraintdef} renders it, e.g.
 *                   {@code FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE NOT VALID};
 *                   it carries match type, actions, deferrability, {@code NULLS NOT DISTINCT} and validity
 * @param columns    the constrained columns, in key order (empty for a check on an expression only)
 * @param references for a foreign key, the referenced table: the planner adds the foreign key after it
 */
public record ConstraintDef(ObjectKey key, Type type, String definition, List<String> columns,
                            Optional<ObjectKey> references) implements DbObject {

    /** The kind of constraint ({@code pg_constraint.contype}). */
    public enum Type {
        PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUSION;

        /** Whether the constraint is backed by an index of its own. */
        public boolean hasIndex() {
            return this == PRIMARY_KEY || this == UNIQUE || this == EXCLUSION;
        }
    }

    public ConstraintDef {
        Keys.require(key, ObjectKind.CONSTRAINT);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        Objects.requireNonNull(references, "references");
        if (type == Type.FOREIGN_KEY && references.isEmpty()) {
            throw new IllegalArgumentException("foreign key " + key.displayName() + " needs the referenced table");
        }
    }
}
