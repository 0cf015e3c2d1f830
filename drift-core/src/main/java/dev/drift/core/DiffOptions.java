package dev.drift.core;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@link Differ} compares.
 *
 * @param compareColumnOrder whether a column in another position counts as drift (off by default:
 *                           PostgreSQL can only append columns, so order differs innocently)
 * @param schemas            the schemas to compare; empty means all
 */
public record DiffOptions(boolean compareColumnOrder, Set<String> schemas) {

    public static final DiffOptions DEFAULTS = new DiffOptions(false, Set.of());

    public DiffOptions {
        schemas = Set.copyOf(new TreeSet<>(Objects.requireNonNull(schemas, "schemas")));
    }

    public DiffOptions withColumnOrder(boolean value) {
        return new DiffOptions(value, schemas);
    }

    public DiffOptions withSchemas(Set<String> value) {
        return new DiffOptions(compareColumnOrder, value);
    }

    boolean includes(ObjectKey key) {
        return schemas.isEmpty() || schemas.contains(key.schema());
    }
}
