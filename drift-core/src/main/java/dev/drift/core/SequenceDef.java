package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A free-standing sequence (identity sequences belong to their column and are not listed).
 *
 * @param ownedBy the column the sequence is {@code OWNED BY}, if any
 */
public record SequenceDef(ObjectKey key, SequenceOptions options, Optional<ObjectKey> ownedBy) implements DbObject {
    public SequenceDef {
        Keys.require(key, ObjectKind.SEQUENCE);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ownedBy, "ownedBy");
    }
}
