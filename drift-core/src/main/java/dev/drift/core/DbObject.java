package dev.drift.core;

/**
 * A database object in a catalog. Every implementation is an immutable record whose components, after
 * the key, are the object's comparable properties: the {@link Differ} and the canonical form read them
 * generically, so a property added to a record is compared, fingerprinted and reported without further
 * code. What a fix script does with each kind is planned in drift-report, one planner per {@link ObjectKind}.
 */
public sealed interface DbObject permits SchemaDef, TableDef, ColumnDef, ConstraintDef, IndexDef, SequenceDef,
        ViewDef, MaterializedViewDef, RoutineDef, AggregateDef, TriggerDef,
        ExtensionDef, CollationDef, TypeDef, InheritanceDef, RowSecurityDef, PolicyDef, OwnerDef, CommentDef, PrivilegeDef,
        DefaultPrivilegeDef {

    ObjectKey key();
}
