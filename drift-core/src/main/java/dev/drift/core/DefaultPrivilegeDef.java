package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A default privilege ({@code ALTER DEFAULT PRIVILEGES}): what a grantee gets on the objects of one type
 * that a role creates from now on, in one schema or everywhere. Listed as {@code pg_default_acl} stores
 * it, per grantee; the creating role's own entry is listed only where defaults for every schema changed it
 * ({@code FOR ROLE r REVOKE ... FROM r}), with the privileges it kept. Defaults for every schema replace
 * PostgreSQL's built-in ones: a PUBLIC entry that only restates them ({@code EXECUTE} on functions,
 * {@code USAGE} on types) is not listed, and one that revokes them is listed with no privileges.
 *
 * @param role       the creating role ({@code FOR ROLE})
 * @param schema     the schema ({@code IN SCHEMA}), empty for every schema (then the key is the database's:
 *                   {@link ObjectKey#databaseLevel})
 * @param objectType {@code TABLES}, {@code SEQUENCES}, {@code FUNCTIONS}, {@code TYPES} or {@code SCHEMAS}
 * @param grantee    the role, or {@code PUBLIC}
 * @param privileges the privileges, sorted
 * @param grantOption the privileges among them held {@code WITH GRANT OPTION}, sorted
 */
public record DefaultPrivilegeDef(ObjectKey key, String role, Optional<String> schema, String objectType,
                                  String grantee, List<String> privileges, List<String> grantOption)
        implements DbObject {

    public DefaultPrivilegeDef {
        Keys.require(key, ObjectKind.DEFAULT_PRIVILEGE);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(schema, "schema");
        if (key.isDatabaseLevel() != schema.isEmpty()) {
            throw new IllegalArgumentException("default privileges for every schema have a key of the database, and"
                    + " only they: " + key + (schema.isPresent() ? " in schema " + schema.get() : ""));
        }
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().distinct().toList();
        grantOption = grantOption.stream().sorted().distinct().toList();
    }

    public static DefaultPrivilegeDef of(String role, Optional<String> schema, String objectType, String grantee,
                                         List<String> privileges, List<String> grantOption) {
        String name = objectType.toLowerCase(java.util.Locale.ROOT) + " created by " + role + " to " + grantee;
        ObjectKey key = schema.map(s -> new ObjectKey(ObjectKind.DEFAULT_PRIVILEGE, s, Optional.empty(), name, List.of()))
                .orElseGet(() -> ObjectKey.databaseLevel(ObjectKind.DEFAULT_PRIVILEGE, name));
        return new DefaultPrivilegeDef(key, role, schema, objectType, grantee, privileges, grantOption);
    }
}
