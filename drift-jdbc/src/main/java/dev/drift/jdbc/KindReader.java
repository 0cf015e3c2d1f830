package dev.drift.jdbc;

import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the reader reads one kind of object, or the kinds one query returns together (views and materialized
 * views; owners, comments and grants): the catalog query, a {@code .sql} resource beside this class; the kinds its
 * rows become; and how a row becomes model records and where pg_depend finds them. {@link KindReaders} lists
 * them all, once.
 *
 * @param query the resource's name, without {@code .sql}
 * @param kinds the kinds its rows become
 * @param rows  a row reader for one read (the columns' reader numbers the columns as they come)
 */
record KindReader(String query, Set<ObjectKind> kinds, Supplier<RowReader> rows) {

    KindReader {
        Objects.requireNonNull(query, "query");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(rows, "rows");
    }

    /** A kind whose rows each stand alone. */
    static KindReader of(String query, ObjectKind kind, RowReader rows) {
        return new KindReader(query, Set.of(kind), () -> rows);
    }

    /** Turns one row into model records, handing each to the read with where pg_depend finds it. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs, Rows out) throws SQLException;
    }

    /** Where the rows of one read go. */
    interface Rows {
        /**
         * Hands an object to the read; returns what a pg_depend edge that ends at it resolves to (null when the
         * read does not keep the object), to register with {@link #at}.
         */
        Object add(DbObject object);

        /** The added object is this row of a catalog (for a column: the relation's row, and its number). */
        void at(CatalogClass catalog, long oid, int subId, Object added);

        /** Every column of this relation stands for the added object (a view, whose columns are not read). */
        void anyColumnOf(long relationOid, Object added);

        /**
         * The object whose owner, comment and grants subjects.sql returns under this catalog row. Only objects that
         * carry these are named so (not a partition's index, which follows its parent's).
         */
        void subject(CatalogRow row, ObjectKey key);

        /**
         * A subjects.sql row, resolved against {@link #subject} once every other query's rows are in (subjects
         * is the last query); a row that names no object of the read is dropped.
         */
        void attributes(SubjectRow row);
    }

    /**
     * Where pg_description (and the owner and ACL columns) find an object: its catalog's OID ({@link
     * CatalogClass#oid}, or pg_namespace's for a schema), its own OID, and a column's number (0 otherwise).
     */
    record CatalogRow(long classOid, long oid, int subId) {
    }

    /**
     * The owner, comment or grants one subjects.sql row gives the object at {@code at}.
     *
     * @param owner   the owner's name, or null (a column has no owner of its own)
     * @param comment the comment, or null
     * @param grants  {grantee, privileges, privileges with grant option} triples, the lists comma-joined
     */
    record SubjectRow(CatalogRow at, String owner, String comment, List<String[]> grants) {

        SubjectRow {
            grants = List.copyOf(grants);
        }
    }
}
