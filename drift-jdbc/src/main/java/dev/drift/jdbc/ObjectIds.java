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

    // The catalogs' OIDs are fixed by PostgreSQL (pg_class.h and friends), the same in every major.
    private static final int PG_CLASS = 1259;
    private static final int PG_TYPE = 1247;
    private static final int PG_PROC = 1255;
    private static final int PG_TRIGGER = 2620;
    private static final int PG_CONSTRAINT = 2606;
    private static final int PG_ATTRDEF = 2604;
    private static final int PG_POLICY = 3256;
    private static final int PG_REWRITE = 2618;

    /** Our own codes, packed into the key's top bits: never 0, so a 0 key marks an empty slot. */
    private static final int RELATION = 1;
    /** A view or materialized view: an edge to any of its columns is an edge to the view. */
    private static final int WHOLE_RELATION = 2;
    private static final int TYPE = 3;
    private static final int ROUTINE = 4;
    private static final int TRIGGER = 5;
    private static final int CONSTRAINT = 6;
    private static final int DEFAULT = 7;
    private static final int POLICY = 8;
    private static final int RULE = 9;

    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;
    private long lowestOid = Long.MAX_VALUE;
    private long highestOid = Long.MIN_VALUE;

    /** A table: itself, and its row type (which routines and columns of other tables may use). */
    void table(long oid, long rowType, R table) {
        put(RELATION, oid, 0, table);
        put(TYPE, rowType, 0, table);
    }

    /** A column of a table, and its default expression if it has one (0 when not). */
    void column(long relation, int attnum, long defaultOid, R column) {
        put(RELATION, relation, attnum, column);
        if (defaultOid != 0) {
            put(DEFAULT, defaultOid, 0, column);
        }
    }

    /** A view or materialized view: itself, any of its columns, its row type and its rules. */
    void view(long oid, long rowType, long[] rules, R view) {
        put(RELATION, oid, 0, view);
        put(WHOLE_RELATION, oid, 0, view);
        put(TYPE, rowType, 0, view);
        for (long rule : rules) {
            put(RULE, rule, 0, view);
        }
    }

    /**
     * A user-defined type: itself and its array type (a column of {@code mood[]} uses the enum), a composite's
     * relation (its attributes use their types), a range's multirange, and a domain's checks (which may call
     * functions).
     */
    void type(long oid, long arrayOid, long relationOid, long multirangeOid, long[] checkOids, R type) {
        put(TYPE, oid, 0, type);
        put(TYPE, arrayOid, 0, type);
        put(TYPE, multirangeOid, 0, type);
        put(RELATION, relationOid, 0, type);
        put(WHOLE_RELATION, relationOid, 0, type);
        for (long check : checkOids) {
            put(CONSTRAINT, check, 0, type);
        }
    }

    /** A sequence or an index (pg_class). */
    void relation(long oid, R relation) {
        put(RELATION, oid, 0, relation);
    }

    void routine(long oid, R routine) {
        put(ROUTINE, oid, 0, routine);
    }

    void trigger(long oid, R trigger) {
        put(TRIGGER, oid, 0, trigger);
    }

    void constraint(long oid, R constraint) {
        put(CONSTRAINT, oid, 0, constraint);
    }

    void policy(long oid, R policy) {
        put(POLICY, oid, 0, policy);
    }

    /**
     * What one end of a pg_depend edge is, or null when it is not an object of this read (another kind,
     * another schema, an extension member, a column of a table that is not read).
     */
    R end(long classOid, long oid, int subId) {
        int code = code(classOid);
        if (code == 0) {
            return null;
        }
        if (code == RELATION && subId != 0) {
            R column = get(RELATION, oid, subId);
            return column != null ? column : get(WHOLE_RELATION, oid, 0);
        }
        return get(code, oid, 0);
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

    private static int code(long classOid) {
        if (classOid < 0 || classOid > Integer.MAX_VALUE) {
            return 0;
        }
        return switch ((int) classOid) {
            case PG_CLASS -> RELATION;
            case PG_TYPE -> TYPE;
            case PG_PROC -> ROUTINE;
            case PG_TRIGGER -> TRIGGER;
            case PG_CONSTRAINT -> CONSTRAINT;
            case PG_ATTRDEF -> DEFAULT;
            case PG_POLICY -> POLICY;
            case PG_REWRITE -> RULE;
            default -> 0;
        };
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
