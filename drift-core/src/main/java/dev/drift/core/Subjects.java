package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keys of the objects that describe another object (its owner, comment, grants). Such a key lives in
 * the subject's schema and is named after the subject, e.g. {@code comment public.table orders} or
 * {@code privilege public.column orders.total to app_reader}, so it sorts and reads next to its subject ({@code privilege tenant_a.schema to app} for a schema).
 */
final class Subjects {
    private Subjects() {
    }

    static ObjectKey key(ObjectKind kind, ObjectKey subject, String suffix) {
        Objects.requireNonNull(subject, "subject");
        String display = subject.displayName();
        // A schema's own attributes name no object inside it: the key's schema says which schema it is,
        // so schema-per-tenant mapping (which renames key schemas) treats it like every other key.
        String local = subject.kind() == ObjectKind.SCHEMA ? ""
                : " " + (subject.isDatabaseLevel() ? display : display.substring(subject.schema().length() + 1));
        return new ObjectKey(kind, subject.schema(), Optional.empty(), subject.kind().label() + local + suffix,
                List.of());
    }
}
