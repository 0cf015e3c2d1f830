package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row-level security policy of a table.
 *
 * @param command    which commands it applies to
 * @param permissive permissive (or'ed with others) or restrictive (and'ed)
 * @param roles      the roles it applies to, sorted; {@code public} for all
 * @param using      the {@code USING} expression as {@code pg_get_expr} renders it
 * @param withCheck  the {@code WITH CHECK} expression
 */
public record PolicyDef(ObjectKey key, Command command, boolean permissive, List<String> roles, Optional<String> using,
                        Optional<String> withCheck) implements DbObject {

    /** The command a policy applies to ({@code FOR ...}). */
    public enum Command { ALL, SELECT, INSERT, UPDATE, DELETE }

    public PolicyDef {
        Keys.require(key, ObjectKind.POLICY);
        if (key.parent().isEmpty()) {
            throw new IllegalArgumentException("a policy key needs its table as parent: " + key);
        }
        Objects.requireNonNull(command, "command");
        roles = roles.stream().sorted().toList();
        Objects.requireNonNull(using, "using");
        Objects.requireNonNull(withCheck, "withCheck");
    }

    public static ObjectKey key(ObjectKey table, String name) {
        return new ObjectKey(ObjectKind.POLICY, table.schema(), Optional.of(table.name()), name, List.of());
    }
}
