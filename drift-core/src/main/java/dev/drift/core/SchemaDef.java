package dev.drift.core;

/** A schema (namespace). */
public record SchemaDef(ObjectKey key) implements DbObject {
    public SchemaDef {
        Keys.require(key, ObjectKind.SCHEMA);
    }

    public static SchemaDef of(String name) {
        return new SchemaDef(ObjectKey.schema(name));
    }
}
