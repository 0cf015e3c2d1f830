package dev.drift.core;

import java.util.List;
import java.util.Optional;

/**
 * A user-defined type: enum, domain, composite or range. All share one key kind, as they share one
 * name space in PostgreSQL; a type that is an enum on one side and a domain on the other is one
 * changed object.
 */
public sealed interface TypeDef extends DbObject permits EnumTypeDef, DomainDef, CompositeTypeDef, RangeTypeDef {

    static ObjectKey key(String schema, String name) {
        return new ObjectKey(ObjectKind.TYPE, schema, Optional.empty(), name, List.of());
    }
}
