package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bulk catalog queries and the mapping of their rows to model records. One query per object kind,
 * each over the whole database (or the chosen schemas), never one per table.
 */
final class CatalogQueries {

    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String where;
    private final Set<String> schemas;
    private int serverVersion = -1;

    CatalogQueries(Connection connection, String where, Set<String> schemas) {
        this.connection = connection;
        this.where = where;
        this.schemas = schemas;
    }

    int serverVersion() throws SQLException {
        if (serverVersion < 0) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT current_setting('server_version_num')::int");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                serverVersion = rs.getInt(1);
            }
        }
        return serverVersion;
    }

    Catalog read() throws SQLException {
        List<DbObject> objects = new ArrayList<>();
        String database;
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_database()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            database = rs.getString(1);
        }
        query("schemas", rs -> objects.add(SchemaDef.of(rs.getString("schema_name"))));
        query("tables", rs -> objects.add(new TableDef(
                ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name")),
                "u".equals(rs.getString("persistence")) ? TableDef.Persistence.UNLOGGED : TableDef.Persistence.PERMANENT,
                Optional.ofNullable(rs.getString("partition_key")))));
        query("columns", rs -> objects.add(column(rs)));
        query("constraints", rs -> objects.add(constraint(rs)));
        query("indexes", rs -> objects.add(new IndexDef(
                ObjectKey.index(rs.getString("schema_name"), rs.getString("table_name"), rs.getString("index_name")),
                rs.getString("definition"),
                Optional.ofNullable(rs.getString("constraint_name")))));
        query("sequences", rs -> objects.add(sequence(rs)));
        query("views", rs -> objects.add(ObjectRows.view(rs)));
        query("routines", rs -> objects.add(ObjectRows.routine(rs)));
        query("aggregates", rs -> objects.add(ObjectRows.aggregate(rs)));
        query("triggers", rs -> objects.add(ObjectRows.trigger(rs)));
        new ObjectQueries(this).readInto(objects);
        List<Dependency> recorded = new ArrayList<>();
        query("dependencies", rs -> ObjectRows.dependency(rs).ifPresent(recorded::add));
        return new Catalog(database, serverVersion(), objects, Dependencies.resolve(objects, recorded));
    }

    private static ColumnDef column(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.column(rs.getString("schema_name"), rs.getString("table_name"), rs.getString("column_name"));
        Optional<ColumnDef.Identity> identity = switch (rs.getString("identity_kind")) {
            case "a" -> Optional.of(new ColumnDef.Identity(ColumnDef.Identity.Generation.ALWAYS, sequenceOptions(rs)));
            case "d" -> Optional.of(new ColumnDef.Identity(ColumnDef.Identity.Generation.BY_DEFAULT, sequenceOptions(rs)));
            default -> Optional.empty();
        };
        Optional<ColumnDef.Generated> generated = switch (rs.getString("generated_kind")) {
            case "s" -> Optional.of(new ColumnDef.Generated(rs.getString("generated_expression"),
                    ColumnDef.Generated.Storage.STORED));
            case "v" -> Optional.of(new ColumnDef.Generated(rs.getString("generated_expression"),
                    ColumnDef.Generated.Storage.VIRTUAL));
            default -> Optional.empty();
        };
        return new ColumnDef(key, rs.getInt("position"), rs.getString("data_type"), rs.getBoolean("not_null"),
                Optional.ofNullable(rs.getString("default_expression")), identity, generated,
                Optional.ofNullable(rs.getString("collation")));
    }

    private static SequenceOptions sequenceOptions(ResultSet rs) throws SQLException {
        return new SequenceOptions(rs.getString("seq_type"), rs.getLong("seqstart"), rs.getLong("seqincrement"),
                rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"), rs.getBoolean("seqcycle"));
    }

    private static ConstraintDef constraint(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.constraint(rs.getString("schema_name"), rs.getString("table_name"),
                rs.getString("constraint_name"));
        ConstraintDef.Type type = switch (rs.getString("constraint_type")) {
            case "p" -> ConstraintDef.Type.PRIMARY_KEY;
            case "u" -> ConstraintDef.Type.UNIQUE;
            case "c" -> ConstraintDef.Type.CHECK;
            case "f" -> ConstraintDef.Type.FOREIGN_KEY;
            case "x" -> ConstraintDef.Type.EXCLUSION;
            default -> throw new IllegalStateException("constraints.sql returned an unknown type " + rs.getString(4));
        };
        Optional<ObjectKey> references = Optional.ofNullable(rs.getString("referenced_table"))
                .map(t -> {
                    try {
                        return ObjectKey.table(rs.getString("referenced_schema"), t);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return new ConstraintDef(key, type, rs.getString("definition"), strings(rs.getArray("columns")), references);
    }

    private static SequenceDef sequence(ResultSet rs) throws SQLException {
        Optional<ObjectKey> ownedBy = Optional.ofNullable(rs.getString("owner_column")).map(c -> {
            try {
                return ObjectKey.column(rs.getString("owner_schema"), rs.getString("owner_table"), c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new SequenceDef(ObjectKey.sequence(rs.getString("schema_name"), rs.getString("sequence_name")),
                sequenceOptions(rs), ownedBy);
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    void query(String name, RowHandler handler) throws SQLException {
        run(SQL.computeIfAbsent(name, CatalogQueries::load), handler);
    }

    /** Runs a query that follows a shared prefix, e.g. the {@code subject} CTE of subjects.sql. */
    void query(String prefix, String name, RowHandler handler) throws SQLException {
        run(SQL.computeIfAbsent(prefix, CatalogQueries::load) + SQL.computeIfAbsent(name, CatalogQueries::load),
                handler);
    }

    private void run(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            // Every query filters on the schema list twice: "? IS NULL OR nspname = ANY (?)".
            int params = ps.getParameterMetaData().getParameterCount();
            Array list = schemas.isEmpty() ? null : connection.createArrayOf("text", schemas.toArray());
            for (int i = 1; i <= params; i++) {
                if (list == null) {
                    ps.setNull(i, java.sql.Types.ARRAY);
                } else {
                    ps.setArray(i, list);
                }
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private static String load(String name) {
        String resource = name + ".sql";
        try (InputStream in = CatalogQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the catalog query " + resource + " is missing from drift-jdbc");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "catalog queries on " + where;
    }
}
