package dev.drift.core;

import java.util.Objects;

/**
 * Who owns an object. Compared only when {@link DiffOptions#compareOwners()} asks: owners often differ
 * between tenants on purpose.
 *
 * @param subject the owned object
 * @param role    the owning role
 */
public record OwnerDef(ObjectKey key, ObjectKey subject, String role) implements DbObject {
    public OwnerDef {
        Keys.require(key, ObjectKind.OWNER);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }

    public static OwnerDef of(ObjectKey subject, String role) {
        return new OwnerDef(Subjects.key(ObjectKind.OWNER, subject, ""), subject, role);
    }
}
