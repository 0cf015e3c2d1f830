package dev.drift.report;

import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;

/**
 * The names that many kinds' statements share: a table, and the table a column, constraint, index, trigger or
 * policy belongs to. Names go through {@link Sql#ident}; everything else a statement holds is written by the
 * planner of its kind.
 */
final class Ddl {
    private Ddl() {
    }

    static String table(ObjectKey key) {
        return Sql.qualified(key.schema(), key.name());
    }

    /** The table a column, constraint or index belongs to. */
    static String parentTable(ObjectKey key) {
        return Sql.qualified(key.schema(), key.parent().orElseThrow());
    }

    /** {@code ALTER TABLE} of a table, or of the table a column, constraint, index or other table child belongs to. */
    static String alterTable(ObjectKey key) {
        return "ALTER TABLE " + (key.parent().isPresent() ? parentTable(key) : table(key));
    }

    /**
     * {@code ALTER TABLE ONLY}: a partitioned table alone, not its partitions (a key whose partitions' copies are
     * attached one by one).
     */
    static String alterTableOnly(ObjectKey key) {
        return "ALTER TABLE ONLY " + (key.parent().isPresent() ? parentTable(key) : table(key));
    }

    /**
     * {@code name} followed by {@code suffix}, the name cut (at a character boundary) so that the whole stays within
     * PostgreSQL's 63 bytes, which it would otherwise cut itself.
     */
    static String truncated(String name, String suffix) {
        int room = 63 - suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String head = name;
        while (head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > room) {
            head = head.substring(0, head.offsetByCodePoints(head.length(), -1));
        }
        return head + suffix;
    }
}
