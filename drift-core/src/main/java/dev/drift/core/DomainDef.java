package dev.drift.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain.
 *
 * @param baseType          the underlying type as {@code format_type} renders it
 * @param collation         the collation, when it is not the base type's default
 * @param defaultExpression the default as {@code pg_get_expr} renders it
 * @param notNull           whether the domain is {@code NOT NULL}
 * @param constraints       the named check constraints, sorted by name
 */
public record DomainDef(ObjectKey key, String baseType, Optional<String> collation, Optional<String> defaultExpression,
                        boolean notNull, List<Check> constraints) implements TypeDef {

    /** A named {@code CHECK} of a domain, as {@code pg_get_constraintdef} renders it (with {@code NOT VALID}). */
    public record Check(String name, String definition) {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public String toString() {
            return name + " " + definition;
        }
    }

    public DomainDef {
        Keys.require(key, ObjectKind.TYPE);
        Objects.requireNonNull(baseType, "baseType");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        constraints = constraints.stream().sorted(Comparator.comparing(Check::name)).toList();
    }
}
