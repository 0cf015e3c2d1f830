package dev.drift.jdbc;

import java.util.Arrays;

/**
 * The objects of one read by where pg_depend finds them, (catalog, oid, sub-id), so that the raw edges of
 * dependencies.sql resolve in memory, as pg_dump resolves them, instead of the server describing both ends
 * of every edge. What an end resolves to is whatever the read's sink keeps for the object (its key, or
 * where a schema-per-tenant read placed it).
 *
 * <p>A read of a database of many tenant schemas registers over a million objects, so the table is two
 * flat arrays (open addressing on a packed {@code long}), not a map of boxed keys.
 *
 * @param <R> what an end resolves to
 */
final class ObjectIds<R> {

    /**
     * The code of an object that stands for a whole relation whatever column an edge names (a view, whose columns
     * are not read); the catalogs' codes are their ordinal plus one. Codes are packed into the key's top four
     * bits, never 0, so a 0 key marks an empty slot.
     */
    private static final int WHOLE_RELATION = CatalogClass.values().length + 1;

    static {
        if (WHOLE_RELATION > 15) {
            throw new IllegalStateException("more catalog classes than a key's four code bits hold");
        }
    }

    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;
    private long lowestOid = Long.MAX_VALUE;
    private long highestOid = Long.MIN_VALUE;

    /** Registers where pg_depend finds an object: a row of a catalog, and for a column its number. */
    void at(CatalogClass catalog, long oid, int subId, R value) {
        put(code(catalog), oid, subId, value);
    }

    /** Registers a relation whose every column stands for the relation itself (a view: its columns are not read). */
    void anyColumnOf(long relationOid, R value) {
        put(WHOLE_RELATION, relationOid, 0, value);
    }

    /**
     * What one end of a pg_depend edge is, or null when it is not an object of this read (another kind,
     * another schema, an extension member, a column of a table that is not read).
     */
    R end(long classOid, long oid, int subId) {
        CatalogClass catalog = CatalogClass.of(classOid);
        if (catalog == null) {
            return null;
        }
        if (catalog == CatalogClass.PG_CLASS && subId != 0) {
            R column = get(code(catalog), oid, subId);
            return column != null ? column : get(WHOLE_RELATION, oid, 0);
        }
        return get(code(catalog), oid, 0);
    }

    int size() {
        return size;
    }

    /**
     * The bounds of every OID registered, as {@code BETWEEN} bounds ({@code 1 AND 0}, an empty range, when
     * nothing was): an edge whose dependent lies outside cannot resolve to an object of this read. Tenant
     * schemas made one after the other hold runs of OIDs, so a pass over a share of a database's schemas
     * fetches about its share of the database's edges, not all of them.
     */
    String oidRange() {
        return size == 0 ? "1 AND 0" : lowestOid + " AND " + highestOid;
    }

    private static int code(CatalogClass catalog) {
        return catalog.ordinal() + 1;
    }

    /** Code in bits 60-63, sub-id (a column number, at most 1600) in 32-47, the unsigned 32-bit OID below. */
    private static long pack(int code, long oid, int subId) {
        return ((long) code << 60) | ((long) (subId & 0xFFFF) << 32) | (oid & 0xFFFF_FFFFL);
    }

    private int slot(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    private void put(int code, long oid, int subId, R value) {
        if (oid == 0 || value == null) {
            return;
        }
        lowestOid = Math.min(lowestOid, oid);
        highestOid = Math.max(highestOid, oid);
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long key = pack(code, oid, subId);
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    private R get(int code, long oid, int subId) {
        long key = pack(code, oid, subId);
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == key) {
                return (R) values[i];
            }
        }
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j]);
                while (keys[i] != 0) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldValues, null);
    }
}
