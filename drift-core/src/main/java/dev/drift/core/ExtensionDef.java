package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An installed extension. Its key lives in the schema it was installed into; the objects it owns are
 * not read (the extension brings them).
 *
 * @param version the installed version, e.g. {@code 1.3}
 */
public record ExtensionDef(ObjectKey key, String version) implements DbObject {
    public ExtensionDef {
        Keys.require(key, ObjectKind.EXTENSION);
        Objects.requireNonNull(version, "version");
    }

    public static ObjectKey key(String schema, String name) {
        return new ObjectKey(ObjectKind.EXTENSION, schema, Optional.empty(), name, List.of());
    }
}
