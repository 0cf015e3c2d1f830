package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A range type. Functions are named schema-qualified, as {@code regproc} renders them under
 * {@code search_path = pg_catalog}.
 *
 * @param subtype        the element type
 * @param subtypeOpclass the b-tree operator class of the subtype
 * @param collation      the collation, when the subtype is collatable
 * @param canonical      the canonical function, if any
 * @param subtypeDiff    the subtype difference function, if any
 * @param multirange     the name of the multirange type PostgreSQL made for it
 */
public record RangeTypeDef(ObjectKey key, String subtype, String subtypeOpclass, Optional<String> collation,
                           Optional<String> canonical, Optional<String> subtypeDiff, String multirange)
        implements TypeDef {
    public RangeTypeDef {
        Keys.require(key, ObjectKind.TYPE);
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(subtypeOpclass, "subtypeOpclass");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(subtypeDiff, "subtypeDiff");
        Objects.requireNonNull(multirange, "multirange");
    }
}
