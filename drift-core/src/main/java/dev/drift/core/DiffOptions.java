package dev.drift.core;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@link Differ} compares.
 *
 * @param compareColumnOrder whether a column in another position counts as drift (off by default:
 *                           PostgreSQL can only append columns, so order differs innocently)
 * @param schemas            the schemas to compare; empty means all (and only then are the objects that belong to
 *                           the database as a whole compared: {@link ObjectKey#isDatabaseLevel()})
 * @param ignoreComments     leave comments out (compared by default)
 * @param ignorePrivileges   leave grants and default privileges out (compared by default: a table the
 *                           application role cannot read in one tenant is drift)
 * @param compareOwners      compare who owns each object (off by default: owners often differ on purpose)
 */
public record DiffOptions(boolean compareColumnOrder, Set<String> schemas, boolean ignoreComments,
                          boolean ignorePrivileges, boolean compareOwners) {

    public static final DiffOptions DEFAULTS = new DiffOptions(false, Set.of(), false, false, false);

    public DiffOptions {
        schemas = Set.copyOf(new TreeSet<>(Objects.requireNonNull(schemas, "schemas")));
    }

    public DiffOptions(boolean compareColumnOrder, Set<String> schemas) {
        this(compareColumnOrder, schemas, false, false, false);
    }

    public DiffOptions withColumnOrder(boolean value) {
        return new DiffOptions(value, schemas, ignoreComments, ignorePrivileges, compareOwners);
    }

    public DiffOptions withSchemas(Set<String> value) {
        return new DiffOptions(compareColumnOrder, value, ignoreComments, ignorePrivileges, compareOwners);
    }

    public DiffOptions withIgnoreComments(boolean value) {
        return new DiffOptions(compareColumnOrder, schemas, value, ignorePrivileges, compareOwners);
    }

    public DiffOptions withIgnorePrivileges(boolean value) {
        return new DiffOptions(compareColumnOrder, schemas, ignoreComments, value, compareOwners);
    }

    public DiffOptions withCompareOwners(boolean value) {
        return new DiffOptions(compareColumnOrder, schemas, ignoreComments, ignorePrivileges, value);
    }

    boolean includes(ObjectKey key) {
        return (schemas.isEmpty() || schemas.contains(key.schema())) && compares(key.kind());
    }

    /** Whether objects of this kind take part in the comparison at all. */
    public boolean compares(ObjectKind kind) {
        return switch (kind) {
            case COMMENT -> !ignoreComments;
            case PRIVILEGE, DEFAULT_PRIVILEGE -> !ignorePrivileges;
            case OWNER -> compareOwners;
            default -> true;
        };
    }
}
