package dev.drift.jdbc;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The system catalogs whose rows are the objects the reader reads and pg_depend names (its {@code classid} and
 * {@code refclassid}). Their OIDs are fixed by PostgreSQL (pg_class.h and friends), the same in every major.
 * The one list: each {@link KindReader} registers its objects under one of these, {@link ObjectIds} resolves
 * pg_depend's ends by them, and dependencies.sql asks only for edges between them
 * ({@code {{dependency_classes}}}).
 */
enum CatalogClass {
    PG_CLASS(1259),
    PG_TYPE(1247),
    PG_PROC(1255),
    PG_TRIGGER(2620),
    PG_CONSTRAINT(2606),
    /** A column default: an edge from or to it stands for its column. */
    PG_ATTRDEF(2604),
    PG_POLICY(3256),
    /** What uses a collation (a column, an index, a domain) records an edge to it. */
    PG_COLLATION(3456),
    /** A view's rule: an edge from it stands for the view. */
    PG_REWRITE(2618);

    private static final CatalogClass[] VALUES = values();

    final long oid;

    CatalogClass(long oid) {
        this.oid = oid;
    }

    /** The catalog with this OID, or null for one Drift reads no objects from. */
    static CatalogClass of(long oid) {
        for (CatalogClass c : VALUES) {
            if (c.oid == oid) {
                return c;
            }
        }
        return null;
    }

    /** {@code 'pg_class'::regclass}, as a query names it. */
    String regclass() {
        return "'" + name().toLowerCase(Locale.ROOT) + "'::regclass";
    }

    /** Every catalog, as a query's {@code IN (...)} list names them. */
    static String regclassList() {
        return Arrays.stream(VALUES).map(CatalogClass::regclass).collect(Collectors.joining(", "));
    }
}
