package dev.drift.jdbc;

import static dev.drift.jdbc.CatalogClass.PG_ATTRDEF;
import static dev.drift.jdbc.CatalogClass.PG_CLASS;
import static dev.drift.jdbc.CatalogClass.PG_COLLATION;
import static dev.drift.jdbc.CatalogClass.PG_CONSTRAINT;
import static dev.drift.jdbc.CatalogClass.PG_POLICY;
import static dev.drift.jdbc.CatalogClass.PG_PROC;
import static dev.drift.jdbc.CatalogClass.PG_REWRITE;
import static dev.drift.jdbc.CatalogClass.PG_TRIGGER;
import static dev.drift.jdbc.CatalogClass.PG_TYPE;

import dev.drift.core.AggregateDef;
import dev.drift.core.CollationDef;
import dev.drift.core.ColumnDef;
import dev.drift.core.CommentDef;
import dev.drift.core.CompositeTypeDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.ExtensionDef;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RangeTypeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.TableDef;
import dev.drift.core.TriggerDef;
import dev.drift.core.TypeDef;
import dev.drift.core.ViewDef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one list of {@link KindReader}s, in the order the reader runs their queries, each with its row mapping.
 * A new kind of object adds its query resource and its entry here; {@code KindReadersTest} fails while a kind
 * of the model has no reader, or two.
 */
final class KindReaders {

    /** pg_namespace's OID, as pg_description names a schema (schemas are no {@link CatalogClass}: no edge ends at one). */
    static final long PG_NAMESPACE = 2615;

    static final List<KindReader> ALL = List.of(
            KindReader.of("schemas", ObjectKind.SCHEMA, (rs, out) -> {
                SchemaDef schema = SchemaDef.of(rs.getString("schema_name"));
                out.add(schema);
                out.subject(new KindReader.CatalogRow(PG_NAMESPACE, rs.getLong("object_oid"), 0), schema.key());
            }),
            KindReader.of("tables", ObjectKind.TABLE, (rs, out) -> {
                Object table = own(out, PG_CLASS, rs.getLong("object_oid"), new TableDef(
                        ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name")),
                        "u".equals(rs.getString("persistence")) ? TableDef.Persistence.UNLOGGED : TableDef.Persistence.PERMANENT,
                        Optional.ofNullable(rs.getString("partition_key")),
                        Optional.ofNullable(rs.getString("replica_identity")), strings(rs.getArray("storage"))));
                // Its row type, which routines and columns of other tables may use.
                out.at(PG_TYPE, rs.getLong("row_type_oid"), 0, table);
            }),
            new KindReader("columns", Set.of(ObjectKind.COLUMN), KindReaders::columns),
            KindReader.of("constraints", ObjectKind.CONSTRAINT, (rs, out) ->
                    own(out, PG_CONSTRAINT, rs.getLong("object_oid"), constraint(rs))),
            KindReader.of("indexes", ObjectKind.INDEX, (rs, out) -> {
                long oid = rs.getLong("object_oid");
                IndexDef index = new IndexDef(ObjectKey.index(rs.getString("schema_name"), rs.getString("table_name"),
                        rs.getString("index_name")), rs.getString("definition"),
                        Optional.ofNullable(rs.getString("constraint_name")),
                        // The partitioned index it is attached to, if any.
                        rs.getString("parent_index") == null ? Optional.empty() : Optional.of(ObjectKey.index(
                                rs.getString("parent_schema"), rs.getString("parent_table"),
                                rs.getString("parent_index"))));
                out.at(PG_CLASS, oid, 0, out.add(index));
                // A partition's index follows its parent's comment: it is not a subject of its own.
                if (index.partitionOf().isEmpty()) {
                    out.subject(new KindReader.CatalogRow(PG_CLASS.oid, oid, 0), index.key());
                }
            }),
            KindReader.of("sequences", ObjectKind.SEQUENCE, (rs, out) -> own(out, PG_CLASS, rs.getLong("object_oid"), sequence(rs))),
            new KindReader("views", Set.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW), () -> (rs, out) -> {
                long oid = rs.getLong("object_oid");
                Object view = own(out, PG_CLASS, oid, rs.getString("kind").equals("m") ? materializedView(rs) : view(rs));
                out.anyColumnOf(oid, view);
                out.at(PG_TYPE, rs.getLong("row_type_oid"), 0, view);
                for (long rule : oids(rs.getArray("rule_oids"))) {
                    out.at(PG_REWRITE, rule, 0, view);
                }
            }),
            KindReader.of("routines", ObjectKind.ROUTINE, (rs, out) -> own(out, PG_PROC, rs.getLong("object_oid"), routine(rs))),
            KindReader.of("aggregates", ObjectKind.AGGREGATE, (rs, out) ->
                    own(out, PG_PROC, rs.getLong("object_oid"), aggregate(rs))),
            KindReader.of("triggers", ObjectKind.TRIGGER, (rs, out) -> own(out, PG_TRIGGER, rs.getLong("object_oid"), trigger(rs))),
            KindReader.of("extensions", ObjectKind.EXTENSION, (rs, out) -> out.add(new ExtensionDef(
                    ExtensionDef.key(rs.getString("schema_name"), rs.getString("extension_name")), rs.getString("version")))),
            KindReader.of("collations", ObjectKind.COLLATION, (rs, out) ->
                    own(out, PG_COLLATION, rs.getLong("object_oid"), collation(rs))),
            KindReader.of("types", ObjectKind.TYPE, (rs, out) -> {
                // Edges from and to a type name it by itself, its array type (a column of mood[] uses the enum), a
                // range's multirange, a composite's relation (its attributes use their types) and a domain's checks
                // (which may call functions).
                Object type = own(out, PG_TYPE, rs.getLong("object_oid"), type(rs));
                out.at(PG_TYPE, rs.getLong("array_oid"), 0, type);
                out.at(PG_TYPE, rs.getLong("multirange_oid"), 0, type);
                out.at(PG_CLASS, rs.getLong("relation_oid"), 0, type);
                out.anyColumnOf(rs.getLong("relation_oid"), type);
                for (long check : oids(rs.getArray("check_oids"))) {
                    out.at(PG_CONSTRAINT, check, 0, type);
                }
            }),
            KindReader.of("inheritance", ObjectKind.INHERITANCE, (rs, out) -> {
                ObjectKey child = ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name"));
                ObjectKey parent = ObjectKey.table(rs.getString("parent_schema"), rs.getString("parent_table"));
                out.add(new InheritanceDef(InheritanceDef.key(child, parent), parent, Optional.ofNullable(rs.getString("bound"))));
            }),
            KindReader.of("row_security", ObjectKind.ROW_SECURITY, (rs, out) -> out.add(new RowSecurityDef(
                    RowSecurityDef.key(ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name"))),
                    rs.getBoolean("enabled"), rs.getBoolean("forced")))),
            KindReader.of("policies", ObjectKind.POLICY, (rs, out) -> own(out, PG_POLICY, rs.getLong("object_oid"), policy(rs))),
            KindReader.of("default_privileges", ObjectKind.DEFAULT_PRIVILEGE, (rs, out) -> out.add(DefaultPrivilegeDef.of(
                    rs.getString("role_name"), Optional.ofNullable(rs.getString("schema_name")), rs.getString("object_type"),
                    rs.getString("grantee"), strings(rs.getArray("privileges")), strings(rs.getArray("grant_option"))))),
            // Last: its rows name objects by catalog row, resolved against what every query above registered.
            new KindReader("subjects", Set.of(ObjectKind.OWNER, ObjectKind.COMMENT, ObjectKind.PRIVILEGE),
                    () -> (rs, out) -> out.attributes(new KindReader.SubjectRow(new KindReader.CatalogRow(
                            rs.getLong("class_oid"), rs.getLong("object_oid"), rs.getInt("object_sub_id")),
                            rs.getString("owner"), rs.getString("comment"), grants(rs.getArray("grants"))))));

    private KindReaders() {
    }

    // ---- collations

    private static CollationDef collation(ResultSet rs) throws SQLException {
        CollationDef.Provider provider = switch (rs.getString("provider")) {
            case "c" -> CollationDef.Provider.LIBC;
            case "i" -> CollationDef.Provider.ICU;
            case "b" -> CollationDef.Provider.BUILTIN;
            default -> throw new IllegalStateException("collation " + rs.getString("collation_name")
                    + " has the unknown provider " + rs.getString("provider"));
        };
        return new CollationDef(CollationDef.key(rs.getString("schema_name"), rs.getString("collation_name")), provider,
                Optional.ofNullable(rs.getString("locale")), Optional.ofNullable(rs.getString("lc_collate")),
                Optional.ofNullable(rs.getString("lc_ctype")), rs.getBoolean("deterministic"),
                Optional.ofNullable(rs.getString("rules")));
    }

    // ---- tables and what belongs to them

    /**
     * Numbers the live columns of each table from 1, as columns.sql returns them (ordered by table and attnum):
     * the position does not count dropped columns. One per read.
     */
    private static KindReader.RowReader columns() {
        return new KindReader.RowReader() {
            private long table = -1;
            private int position;

            @Override
            public void read(ResultSet rs, KindReader.Rows out) throws SQLException {
                long relation = rs.getLong("relation_oid");
                if (relation != table) {
                    table = relation;
                    position = 0;
                }
                ColumnDef def = column(rs, ++position);
                Object column = out.add(def);
                out.at(PG_CLASS, relation, rs.getInt("attnum"), column);
                out.subject(new KindReader.CatalogRow(PG_CLASS.oid, relation, rs.getInt("attnum")), def.key());
                // Its default, which may call a routine (0 when it has none).
                out.at(PG_ATTRDEF, rs.getLong("default_oid"), 0, column);
            }
        };
    }

    private static ColumnDef column(ResultSet rs, int position) throws SQLException {
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
        return new ColumnDef(key, position, rs.getString("data_type"), rs.getBoolean("not_null"),
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
            default -> throw new IllegalStateException("constraints.sql returned an unknown type "
                    + rs.getString("constraint_type"));
        };
        String referencedTable = rs.getString("referenced_table");
        Optional<ObjectKey> references = referencedTable == null ? Optional.empty()
                : Optional.of(ObjectKey.table(rs.getString("referenced_schema"), referencedTable));
        return new ConstraintDef(key, type, rs.getString("definition"), strings(rs.getArray("columns")), references);
    }

    private static SequenceDef sequence(ResultSet rs) throws SQLException {
        String ownerColumn = rs.getString("owner_column");
        Optional<ObjectKey> ownedBy = ownerColumn == null ? Optional.empty()
                : Optional.of(ObjectKey.column(rs.getString("owner_schema"), rs.getString("owner_table"), ownerColumn));
        return new SequenceDef(ObjectKey.sequence(rs.getString("schema_name"), rs.getString("sequence_name")),
                sequenceOptions(rs), ownedBy);
    }

    private static TriggerDef trigger(ResultSet rs) throws SQLException {
        TriggerDef.Enabled enabled = switch (rs.getString("enabled")) {
            case "D" -> TriggerDef.Enabled.DISABLED;
            case "R" -> TriggerDef.Enabled.REPLICA;
            case "A" -> TriggerDef.Enabled.ALWAYS;
            default -> TriggerDef.Enabled.ORIGIN;
        };
        return new TriggerDef(ObjectKey.trigger(rs.getString("schema_name"), rs.getString("table_name"),
                rs.getString("trigger_name")), rs.getString("definition"), enabled);
    }

    private static PolicyDef policy(ResultSet rs) throws SQLException {
        ObjectKey table = ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name"));
        PolicyDef.Command command = switch (rs.getString("command")) {
            case "r" -> PolicyDef.Command.SELECT;
            case "a" -> PolicyDef.Command.INSERT;
            case "w" -> PolicyDef.Command.UPDATE;
            case "d" -> PolicyDef.Command.DELETE;
            default -> PolicyDef.Command.ALL;
        };
        return new PolicyDef(PolicyDef.key(table, rs.getString("policy_name")), command, rs.getBoolean("permissive"),
                strings(rs.getArray("roles")), Optional.ofNullable(rs.getString("using_expression")),
                Optional.ofNullable(rs.getString("check_expression")));
    }

    // ---- views, routines, types

    private static ViewDef view(ResultSet rs) throws SQLException {
        return new ViewDef(ObjectKey.view(rs.getString("schema_name"), rs.getString("view_name")),
                strings(rs.getArray("columns")), query(rs.getString("definition")),
                Optional.ofNullable(rs.getString("check_option")).map(o -> o.toLowerCase(Locale.ROOT)),
                rs.getBoolean("security_barrier"), rs.getBoolean("security_invoker"));
    }

    private static MaterializedViewDef materializedView(ResultSet rs) throws SQLException {
        return new MaterializedViewDef(ObjectKey.materializedView(rs.getString("schema_name"), rs.getString("view_name")),
                strings(rs.getArray("columns")), query(rs.getString("definition")), strings(rs.getArray("storage")));
    }

    /** {@code pg_get_viewdef} ends the query with a semicolon; the model keeps the query alone. */
    private static String query(String viewdef) {
        String q = viewdef.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1) : q;
    }

    private static RoutineDef routine(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.routine(rs.getString("schema_name"), rs.getString("routine_name"),
                strings(rs.getArray("argument_types")));
        RoutineDef.Kind kind = switch (rs.getString("routine_kind")) {
            case "p" -> RoutineDef.Kind.PROCEDURE;
            case "w" -> RoutineDef.Kind.WINDOW;
            default -> RoutineDef.Kind.FUNCTION;
        };
        RoutineDef.Volatility volatility = switch (rs.getString("volatility")) {
            case "i" -> RoutineDef.Volatility.IMMUTABLE;
            case "s" -> RoutineDef.Volatility.STABLE;
            default -> RoutineDef.Volatility.VOLATILE;
        };
        return new RoutineDef(key, kind, rs.getString("arguments"), Optional.ofNullable(rs.getString("returns")),
                rs.getString("language"), volatility, rs.getBoolean("strict"), rs.getBoolean("security_definer"),
                rs.getBoolean("leakproof"), parallel(rs.getString("parallel")), rs.getDouble("cost"),
                rs.getDouble("result_rows"), Optional.ofNullable(rs.getString("support")),
                strings(rs.getArray("config")), rs.getString("body"), rs.getBoolean("standard_body"),
                Optional.ofNullable(rs.getString("binary")));
    }

    private static RoutineDef.Parallel parallel(String code) {
        return switch (code) {
            case "s" -> RoutineDef.Parallel.SAFE;
            case "r" -> RoutineDef.Parallel.RESTRICTED;
            default -> RoutineDef.Parallel.UNSAFE;
        };
    }

    private static AggregateDef aggregate(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.aggregate(rs.getString("schema_name"), rs.getString("aggregate_name"),
                strings(rs.getArray("argument_types")));
        AggregateDef.Kind kind = switch (rs.getString("aggregate_kind")) {
            case "o" -> AggregateDef.Kind.ORDERED_SET;
            case "h" -> AggregateDef.Kind.HYPOTHETICAL;
            default -> AggregateDef.Kind.NORMAL;
        };
        Optional<AggregateDef.Moving> moving = Optional.empty();
        if (rs.getString("moving_state_function") != null) {
            moving = Optional.of(new AggregateDef.Moving(rs.getString("moving_state_function"),
                    rs.getString("moving_inverse_function"), rs.getString("moving_state_type"),
                    rs.getInt("moving_state_space"), Optional.ofNullable(rs.getString("moving_final_function")),
                    rs.getBoolean("moving_final_extra"), rs.getString("moving_final_modify"),
                    Optional.ofNullable(rs.getString("moving_initial_condition"))));
        }
        return new AggregateDef(key, rs.getString("arguments"), rs.getString("returns"), kind,
                rs.getString("state_function"), rs.getString("state_type"), rs.getInt("state_space"),
                Optional.ofNullable(rs.getString("final_function")), rs.getBoolean("final_extra"),
                rs.getString("final_modify"), Optional.ofNullable(rs.getString("combine_function")),
                Optional.ofNullable(rs.getString("serial_function")),
                Optional.ofNullable(rs.getString("deserial_function")),
                Optional.ofNullable(rs.getString("initial_condition")), moving,
                Optional.ofNullable(rs.getString("sort_operator")), parallel(rs.getString("parallel")));
    }

    private static TypeDef type(ResultSet rs) throws SQLException {
        ObjectKey key = TypeDef.key(rs.getString("schema_name"), rs.getString("type_name"));
        return switch (rs.getString("type_kind")) {
            case "e" -> new EnumTypeDef(key, strings(rs.getArray("enum_labels")));
            case "d" -> {
                List<String> names = strings(rs.getArray("check_names"));
                List<String> definitions = strings(rs.getArray("check_definitions"));
                List<DomainDef.Check> checks = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    checks.add(new DomainDef.Check(names.get(i), definitions.get(i)));
                }
                yield new DomainDef(key, rs.getString("base_type"), Optional.ofNullable(rs.getString("domain_collation")),
                        Optional.ofNullable(rs.getString("default_expression")), rs.getBoolean("not_null"), checks);
            }
            case "c" -> {
                List<String> names = strings(rs.getArray("attribute_names"));
                List<String> types = strings(rs.getArray("attribute_types"));
                List<String> collations = nullableStrings(rs.getArray("attribute_collations"));
                List<CompositeTypeDef.Attribute> attributes = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    attributes.add(new CompositeTypeDef.Attribute(names.get(i), types.get(i),
                            Optional.ofNullable(collations.get(i))));
                }
                yield new CompositeTypeDef(key, attributes);
            }
            case "r" -> new RangeTypeDef(key, rs.getString("range_subtype"), rs.getString("range_opclass"),
                    Optional.ofNullable(rs.getString("range_collation")), Optional.ofNullable(rs.getString("range_canonical")),
                    Optional.ofNullable(rs.getString("range_subtype_diff")), rs.getString("range_multirange"));
            default -> throw new IllegalStateException("types.sql returned an unknown type kind " + rs.getString("type_kind")
                    + " for " + key.displayName());
        };
    }

    /**
     * Hands an object to the read as the row of {@code catalog} with this OID, which is also where subjects.sql
     * finds its owner, comment and grants; returns what {@link KindReader.Rows#add} returned.
     */
    private static Object own(KindReader.Rows out, CatalogClass catalog, long oid, DbObject object) {
        Object added = out.add(object);
        out.at(catalog, oid, 0, added);
        out.subject(new KindReader.CatalogRow(catalog.oid, oid, 0), object.key());
        return added;
    }

    /** What a subjects.sql row says of the object with this key: its owner, comment and grants. */
    static List<DbObject> attributesOf(KindReader.SubjectRow row, ObjectKey key) {
        List<DbObject> out = new ArrayList<>();
        if (row.owner() != null && key.kind() != ObjectKind.COLUMN) {
            out.add(OwnerDef.of(key, row.owner()));
        }
        if (row.comment() != null) {
            out.add(CommentDef.of(key, row.comment()));
        }
        for (String[] grant : row.grants()) {
            out.add(PrivilegeDef.of(key, grant[0], privilegeList(grant[1]), privilegeList(grant[2])));
        }
        return out;
    }

    /** A comma-joined list of privileges as subjects.sql writes it; empty for none. */
    private static List<String> privilegeList(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    /** The {grantee, privileges, grant option} triples of a subjects.sql row (a text[][], NULL for none). */
    private static List<String[]> grants(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[][]) array.getArray());
        } finally {
            array.free();
        }
    }

    // ---- arrays

    /** A text[] without NULL elements. */
    private static List<String> strings(Array array) throws SQLException {
        return List.copyOf(nullableStrings(array));
    }

    /** A text[] that may hold NULL elements (List.of refuses them). */
    private static List<String> nullableStrings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static long[] oids(Array array) throws SQLException {
        if (array == null) {
            return new long[0];
        }
        try {
            Long[] boxed = (Long[]) array.getArray();
            long[] out = new long[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                out[i] = boxed[i];
            }
            return out;
        } finally {
            array.free();
        }
    }
}
