package dev.drift.core;

/**
 * A database object in a catalog. Every implementation is an immutable record whose components, after
 * the key, are the object's comparable properties: the {@link Differ} and the canonical form read them
 * generically, so a property added to a record is compared, fingerprinted and reported without further
 * code.
 */
public sealed interface DbObject permits SchemaDef, TableDef, ColumnDef, ConstraintDef, IndexDef, SequenceDef,
        ViewDef, MaterializedViewDef, RoutineDef, AggregateDef, TriggerDef,
        ExtensionDef, TypeDef, InheritanceDef, RowSecurityDef, PolicyDef, OwnerDef, CommentDef, PrivilegeDef,
        DefaultPrivilegeDef {

    ObjectKey key();

    /** Dispatches to the visitor method for this object's kind; the compiler checks completeness. */
    <R> R accept(Visitor<R> visitor);

    /** One method per object kind. */
    interface Visitor<R> {
        R schema(SchemaDef schema);

        R table(TableDef table);

        R column(ColumnDef column);

        R constraint(ConstraintDef constraint);

        R index(IndexDef index);

        R sequence(SequenceDef sequence);

        R view(ViewDef view);

        R materializedView(MaterializedViewDef view);

        R routine(RoutineDef routine);

        R aggregate(AggregateDef aggregate);

        R trigger(TriggerDef trigger);

        R extension(ExtensionDef extension);

        /** Enum, domain, composite and range types; switch on the sealed {@link TypeDef} for the variant. */
        R type(TypeDef type);

        R inheritance(InheritanceDef inheritance);

        R rowSecurity(RowSecurityDef rowSecurity);

        R policy(PolicyDef policy);

        R owner(OwnerDef owner);

        R comment(CommentDef comment);

        R privilege(PrivilegeDef privilege);

        R defaultPrivilege(DefaultPrivilegeDef defaultPrivilege);
    }
}
