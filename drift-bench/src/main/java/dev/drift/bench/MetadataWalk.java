package dev.drift.bench;

import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How JDBC-based tools read a catalog: {@link DatabaseMetaData#getTables} for the schema, then
 * {@code getColumns}, {@code getIndexInfo} and {@code getImportedKeys} per table. Each tenant's
 * result is kept as sorted lines and compared with the reference tenant's.
 */
final class MetadataWalk {

    private MetadataWalk() {
    }

    /** The schema's tables, columns, indexes and foreign keys as sorted lines. */
    static List<String> walk(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "PARTITIONED TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
                lines.add("table " + rs.getString("TABLE_NAME") + " " + rs.getString("TABLE_TYPE"));
            }
        }
        for (String table : tables) {
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    lines.add(String.join(" ", "column", table, rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                            rs.getString("COLUMN_SIZE"), rs.getString("DECIMAL_DIGITS"), rs.getString("IS_NULLABLE"),
                            String.valueOf(rs.getString("COLUMN_DEF")), rs.getString("IS_AUTOINCREMENT")));
                }
            }
            try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    lines.add(String.join(" ", "index", table, rs.getString("INDEX_NAME"), rs.getString("NON_UNIQUE"),
                            rs.getString("ORDINAL_POSITION"), String.valueOf(rs.getString("COLUMN_NAME")),
                            String.valueOf(rs.getString("FILTER_CONDITION"))));
                }
            }
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    lines.add(String.join(" ", "fk", table, rs.getString("FK_NAME"), rs.getString("FKCOLUMN_NAME"),
                            rs.getString("PKTABLE_SCHEM"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"),
                            rs.getString("UPDATE_RULE"), rs.getString("DELETE_RULE")));
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    /**
     * Walks every tenant on its own connection, {@code parallelism} at a time, and compares each with
     * the first tenant.
     *
     * @return how many tenants differ from the reference
     */
    static int walkAndCompare(PostgresServer server, List<Tenant> tenants, int parallelism) {
        List<String> reference = walk(server, tenants.get(0));
        return Parallel.count(tenants.subList(1, tenants.size()), parallelism, "the metadata walk",
                t -> !walk(server, t).equals(reference));
    }

    static List<String> walk(PostgresServer server, Tenant tenant) {
        try (Connection c = server.connect(tenant.database())) {
            return walk(c, tenant.schema());
        } catch (SQLException e) {
            throw new IllegalStateException("the metadata walk of " + tenant.name() + " failed: " + e.getMessage(), e);
        }
    }
}
