package dev.drift.core;

import java.util.Objects;

/** Argument checks shared by the model records. */
final class Keys {
    private Keys() {
    }

    static void require(ObjectKey key, ObjectKind kind) {
        Objects.requireNonNull(key, "key");
        if (key.kind() != kind) {
            throw new IllegalArgumentException("expected a " + kind.label() + " key but got " + key);
        }
    }
}
