package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A composite type ({@code CREATE TYPE ... AS (...)}).
 *
 * @param attributes the attributes in position order (the order is part of the type: row constructors
 *                   and casts from records depend on it)
 */
public record CompositeTypeDef(ObjectKey key, List<Attribute> attributes) implements TypeDef {

    /** One attribute: its name, its type as {@code format_type} renders it and its non-default collation. */
    public record Attribute(String name, String type, Optional<String> collation) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(collation, "collation");
        }

        @Override
        public String toString() {
            return name + " " + type + collation.map(c -> " COLLATE " + c).orElse("");
        }
    }

    public CompositeTypeDef {
        Keys.require(key, ObjectKind.TYPE);
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
