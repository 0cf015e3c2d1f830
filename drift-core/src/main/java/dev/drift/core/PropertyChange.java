package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One property that differs, with its value on each side (empty where the side has none).
 *
 * @param name      the property, e.g. {@code type} or {@code identity.options.start}
 * @param reference the reference's value
 * @param target    the target's value
 */
public record PropertyChange(String name, Optional<String> reference, Optional<String> target) {
    public PropertyChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
    }

    public String describe() {
        return name + " " + target.orElse("(none)") + " -> " + reference.orElse("(none)");
    }
}
