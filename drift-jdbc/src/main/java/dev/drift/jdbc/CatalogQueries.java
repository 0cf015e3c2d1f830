package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the bulk catalog queries: one query per kind of object ({@link KindReaders}), each over the whole database
 * (or the chosen schemas), never one per table, then the dependencies between what they returned.
 */
final class CatalogQueries {

    /** The queries as sent, by name and server generation ({@link #VERSIONED}). */
    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String where;
    private final Set<String> schemas;
    private int serverVersion = -1;
    /** A second connection in a transaction that imported this read's snapshot, or null: see {@link SharedRead}. */
    private Connection partner;

    CatalogQueries(Connection connection, String where, Set<String> schemas) {
        this.connection = connection;
        this.where = where;
        this.schemas = schemas;
    }

    /** The read's own connection. */
    Connection connection() {
        return connection;
    }

    /** Runs the kinds' queries on {@code partner} too (null: on the read's connection alone). */
    void shareWith(Connection partner) {
        this.partner = partner;
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

    /**
     * Where the rows of a read go, mapped to model records as they arrive.
     *
     * @param <R> what the sink keeps for an object, to which the edges pg_depend records resolve
     */
    interface Sink<R> {
        /** Takes an object; returns what an edge ending at it resolves to, or null when it is not kept. */
        R object(DbObject object);

        /**
         * An edge pg_depend records, both ends resolved to objects of this read (still to be resolved
         * against each other, see {@link Dependencies}).
         */
        void dependency(R dependent, R referenced);
    }

    Catalog read() throws SQLException {
        List<DbObject> objects = new ArrayList<>();
        List<Dependency> recorded = new ArrayList<>();
        readInto(new Sink<ObjectKey>() {
            @Override
            public ObjectKey object(DbObject object) {
                objects.add(object);
                return object.key();
            }

            @Override
            public void dependency(ObjectKey dependent, ObjectKey referenced) {
                recorded.add(Dependency.on(dependent, referenced));
            }
        });
        return new Catalog(database(), serverVersion(), objects, Dependencies.resolve(objects, recorded));
    }

    String database() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_database()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Runs every catalog query ({@link KindReaders#ALL}, in order), handing each object to the sink as its row
     * arrives, then the edges pg_depend records between them: dependencies.sql returns raw (catalog, oid, sub-id)
     * pairs, resolved here against where each query said pg_depend finds its objects.
     */
    <R> void readInto(Sink<R> sink) throws SQLException {
        ObjectIds<R> ids = new ObjectIds<>();
        // Where subjects.sql's rows find their objects: (catalog, oid, sub-id) to key. A map of its own, since an
        // ObjectIds entry stands for whatever a pg_depend edge means (a table's row type means the table).
        Map<KindReader.CatalogRow, ObjectKey> subjects = new HashMap<>();
        KindReader.Rows rows = new KindReader.Rows() {
            @Override
            public Object add(DbObject object) {
                return sink.object(object);
            }

            @Override
            public void at(CatalogClass catalog, long oid, int subId, Object added) {
                ids.at(catalog, oid, subId, placed(added));
            }

            @Override
            public void anyColumnOf(long relationOid, Object added) {
                ids.anyColumnOf(relationOid, placed(added));
            }

            @Override
            public void subject(KindReader.CatalogRow row, ObjectKey key) {
                subjects.put(row, key);
            }

            @Override
            public void attributes(KindReader.SubjectRow row) {
                ObjectKey key = subjects.get(row.at());
                if (key != null) {
                    KindReaders.attributesOf(row, key).forEach(sink::object);
                }
            }

            /** What {@link #add} returned: the sink's own value for the object. */
            @SuppressWarnings("unchecked")
            private R placed(Object added) {
                return (R) added;
            }
        };
        // Known before any query is picked (by version, see VERSIONED) and before a partner thread runs one.
        serverVersion();
        if (partner == null) {
            for (KindReader reader : KindReaders.ALL) {
                KindReader.RowReader read = reader.rows().get();
                query(connection, reader.query(), rs -> read.read(rs, rows));
            }
        } else {
            new SharedRead(this, partner).readInto(rows);
        }
        String dependencies = sql("dependencies");
        if (!dependencies.contains(DEPENDENT_OIDS)) {
            throw new IllegalStateException("dependencies.sql lost its " + DEPENDENT_OIDS + " marker");
        }
        run(connection, dependencies.replace(DEPENDENT_OIDS, ids.oidRange()), rs -> {
            R dependent = ids.end(rs.getLong("class_oid"), rs.getLong("object_oid"), rs.getInt("object_sub_id"));
            R referenced = dependent == null ? null
                    : ids.end(rs.getLong("referenced_class_oid"), rs.getLong("referenced_oid"), rs.getInt("referenced_sub_id"));
            // A view's rule depends on the view's own columns: an edge to itself.
            if (referenced != null && !dependent.equals(referenced)) {
                sink.dependency(dependent, referenced);
            }
        });
    }

    /** Where dependencies.sql bounds the dependent's OID by those the read registered (see ObjectIds). */
    private static final String DEPENDENT_OIDS = "{{registered_oids}}";

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    void query(String name, RowHandler handler) throws SQLException {
        query(connection, name, handler);
    }

    /** Runs a catalog query on {@code on}: the read's connection, or its partner (see {@link SharedRead}). */
    void query(Connection on, String name, RowHandler handler) throws SQLException {
        run(on, sql(name), handler);
    }

    /** The query for this read's server (its version is read first, by {@link #readInto}). */
    private String sql(String name) {
        if (serverVersion < 0) {
            throw new IllegalStateException("the server's version is read before the catalog queries");
        }
        return SQL.computeIfAbsent(name + "@" + (serverVersion >= 150000 ? 15 : 14), k -> load(name, serverVersion));
    }

    private void run(Connection on, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = on.prepareStatement(sql)) {
            // Every parameter is the schema list ("? IS NULL OR nspname = ANY (?)"). Counted in the text:
            // getParameterMetaData() would cost a round trip per query.
            int params = parameterCount(sql);
            Array list = schemas.isEmpty() ? null : on.createArrayOf("text", schemas.toArray());
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

    /** The placeholders of a catalog query: each is the schema list, written {@code ?::text[]}. */
    static int parameterCount(String sql) {
        int count = 0;
        for (int at = sql.indexOf("?::text[]"); at >= 0; at = sql.indexOf("?::text[]", at + 1)) {
            count++;
        }
        return count;
    }

    /** The text of a catalog query as it is sent to PostgreSQL 15 or later (see {@link #load(String, int)}). */
    static String load(String name) {
        return load(name, 150000);
    }

    /** The text of a catalog query as it is sent to this server: the resource with its markers written out. */
    static String load(String name, int serverVersion) {
        String resource = name + ".sql";
        try (InputStream in = CatalogQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the catalog query " + resource + " is missing from drift-jdbc");
            }
            return expandFilters(expandVersions(withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    serverVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every query keeps to the same objects: those in user schemas (optionally only the schemas asked for)
     * that the user made (not built in, not an extension member). The resources say so with markers, written
     * out here so that the rule is written once:
     * <ul>
     *   <li>{@code {{user_schema n}}}: namespace alias {@code n} is neither a system schema nor a toast or
     *       temporary one, and is among the schemas asked for (the {@code ?::text[]} pair: NULL for all);</li>
     *   <li>{@code {{user_object x.oid pg_class}}}: the object's OID is at least 16384 (FirstNormalObjectId:
     *       every object made after initdb has one, wraparound included; the bound lets the planner
     *       range-scan the catalog's OID index past the built-in rows, some 3,000 in pg_proc alone, which a
     *       small tenant database otherwise scans on every read) and it is not an extension member;</li>
     *   <li>{@code {{not_extension_member n.oid pg_namespace}}}: only the extension test, for schemas
     *       ({@code public} was made by initdb, OID 2200, and is a user schema);</li>
     *   <li>{@code {{dependency_classes}}}: the catalogs the reader's objects come from ({@link CatalogClass}),
     *       as an {@code IN} list;</li>
     * </ul>
     * The extension test is one hashed lookup of the extension's members, much cheaper than a correlated
     * {@code NOT EXISTS} per row.
     */
    static String expandFilters(String sql) {
        String schemas = USER_SCHEMA.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + ".nspname NOT IN ('pg_catalog', 'information_schema')"
                        + " AND " + m.group(1) + ".nspname !~ '^pg_(toast|temp_|toast_temp_)'"
                        + " AND (?::text[] IS NULL OR " + m.group(1) + ".nspname = ANY (?::text[]))"));
        String objects = USER_OBJECT.matcher(schemas).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + " >= 16384 AND " + notExtensionMember(m.group(1), m.group(2))));
        String expanded = NOT_EXTENSION_MEMBER.matcher(objects).replaceAll(m -> Matcher.quoteReplacement(
                notExtensionMember(m.group(1), m.group(2)))).replace(DEPENDENCY_CLASSES, CatalogClass.regclassList());
        if (expanded.replace(DEPENDENT_OIDS, "").contains("{{")) {
            throw new IllegalStateException("a catalog query has an unknown marker: "
                    + expanded.substring(expanded.indexOf("{{"), Math.min(expanded.length(), expanded.indexOf("{{") + 60)));
        }
        return expanded;
    }

    private static String notExtensionMember(String oid, String catalog) {
        return oid + " NOT IN (SELECT d.objid FROM pg_depend d WHERE d.refclassid = 'pg_extension'::regclass"
                + " AND d.classid = '" + catalog + "'::regclass AND d.deptype = 'e')";
    }

    /**
     * The query without its {@code --} comments (and the blank lines they leave): they explain the resource
     * to its reader, while the driver scans and the server parses every character on every connection, and
     * a tenant database is always a new connection. Quoted text is kept as it is.
     */
    static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0 && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ')) {
                    out.setLength(out.length() - 1);
                }
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            out.append(c);
        }
        return out.toString().strip() + "\n";
    }

    /**
     * {@code {{since_pg15 x.column}}}: a boolean catalog column that PostgreSQL 15 added ({@code
     * pg_index.indnullsnotdistinct}), false on older servers, where no row can have it set. A query naming a
     * column the server lacks would not parse.
     */
    static String expandVersions(String sql, int serverVersion) {
        return VERSIONED.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(
                serverVersion >= 150000 ? m.group(1) : "false"));
    }

    private static final Pattern VERSIONED = Pattern.compile("\\{\\{since_pg15 ([\\w.]+)}}");
    private static final String DEPENDENCY_CLASSES = "{{dependency_classes}}";
    private static final Pattern USER_SCHEMA = Pattern.compile("\\{\\{user_schema (\\w+)}}");
    private static final Pattern USER_OBJECT = Pattern.compile("\\{\\{user_object ([\\w.]+) (\\w+)}}");
    private static final Pattern NOT_EXTENSION_MEMBER = Pattern.compile("\\{\\{not_extension_member ([\\w.]+) (\\w+)}}");

    @Override
    public String toString() {
        return "catalog queries on " + where;
    }
}
