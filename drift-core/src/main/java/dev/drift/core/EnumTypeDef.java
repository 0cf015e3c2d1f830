package dev.drift.core;

import java.util.List;

/**
 * An enum type.
 *
 * @param labels the values in their sort order ({@code enumsortorder}); unlike most lists in the model this
 *               one is not sorted by name, because the order is the type's meaning
 */
public record EnumTypeDef(ObjectKey key, List<String> labels) implements TypeDef {
    public EnumTypeDef {
        Keys.require(key, ObjectKind.TYPE);
        labels = List.copyOf(labels);
    }
}
