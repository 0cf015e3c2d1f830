package dev.drift.jdbc;

import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.Sql;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a migration tool recorded: Flyway's {@code flyway_schema_history} (version, description,
 * success; only successful versioned migrations count, repeatable ones have no version) or Liquibase's
 * {@code databasechangelog} (id, author, filename, orderexecuted).
 */
public final class MigrationHistoryReader {

    private static final String FLYWAY_TABLE = "flyway_schema_history";
    private static final String LIQUIBASE_TABLE = "databasechangelog";

    private MigrationHistoryReader() {
    }

    /**
     * The history of whichever tool left one (Flyway first), in a schema or, without one, in the
     * database ({@code public} preferred when several schemas hold one). The caller's connection is used
     * as it is: run it inside a read-only transaction for production.
     */
    public static Optional<MigrationHistory> read(Connection connection, Optional<String> schema) throws SQLException {
        Optional<MigrationHistory> flyway = flyway(connection, schema);
        return flyway.isPresent() ? flyway : liquibase(connection, schema);
    }

    /** Flyway's history, if the table exists. */
    public static Optional<MigrationHistory> flyway(Connection connection, Optional<String> schema) throws SQLException {
        Optional<String> where = locate(connection, FLYWAY_TABLE, schema);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        List<MigrationHistory.Migration> applied = rows(connection, "SELECT version, coalesce(description, '') FROM "
                + Sql.qualified(where.get(), FLYWAY_TABLE) + " WHERE version IS NOT NULL AND success ORDER BY version",
                rs -> new MigrationHistory.Migration(rs.getString(1), rs.getString(2)));
        applied.sort(Comparator.comparing(MigrationHistory.Migration::id, MigrationHistoryReader::compareVersions));
        return Optional.of(new MigrationHistory(MigrationHistory.Tool.FLYWAY, applied));
    }

    /** Liquibase's change log, if the table exists; a change set's id is {@code filename::id::author}. */
    public static Optional<MigrationHistory> liquibase(Connection connection, Optional<String> schema) throws SQLException {
        Optional<String> where = locate(connection, LIQUIBASE_TABLE, schema);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        List<MigrationHistory.Migration> applied = rows(connection, "SELECT filename, id, author FROM "
                + Sql.qualified(where.get(), LIQUIBASE_TABLE) + " ORDER BY orderexecuted, filename, id, author",
                rs -> new MigrationHistory.Migration(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3), ""));
        return Optional.of(new MigrationHistory(MigrationHistory.Tool.LIQUIBASE, applied));
    }

    private interface Row {
        MigrationHistory.Migration read(ResultSet rs) throws SQLException;
    }

    private static List<MigrationHistory.Migration> rows(Connection connection, String sql, Row row) throws SQLException {
        List<MigrationHistory.Migration> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    /** The schema that holds the table: the given one, else public, else the first by name. */
    private static Optional<String> locate(Connection connection, String table, Optional<String> schema) throws SQLException {
        String sql = "SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = ? AND c.relkind IN ('r', 'p') AND (?::text IS NULL OR n.nspname = ?::text)"
                + " ORDER BY n.nspname <> 'public', n.nspname LIMIT 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, schema.orElse(null));
            ps.setString(3, schema.orElse(null));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Flyway's order: numeric parts separated by dots or underscores, compared as numbers. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }
}
