package dev.drift.jdbc;

import dev.drift.core.CommentDef;
import dev.drift.core.CompositeTypeDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.ExtensionDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RangeTypeDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.TypeDef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog queries for types, extensions, inheritance and partitions, row-level security, owners,
 * comments and privileges, and the mapping of their rows to model records.
 */
final class ObjectQueries {

    /** Subject kinds by name: rows naming a kind this build does not model are skipped. */
    private static final Map<String, ObjectKind> KINDS = Arrays.stream(ObjectKind.values())
            .collect(Collectors.toMap(Enum::name, Function.identity()));

    private final CatalogQueries queries;

    ObjectQueries(CatalogQueries queries) {
        this.queries = queries;
    }

    /** Takes each type with the OIDs pg_depend's edges name it by (see types.sql). */
    interface TypeIds {
        void type(TypeDef type, long oid, long arrayOid, long relationOid, long multirangeOid, long[] checkOids);
    }

    /**
     * @param objects  takes each object as its row arrives
     * @param policies takes each policy with its OID (pg_depend's edges from a policy resolve through it)
     * @param types    takes each type with its OIDs (edges from and to a type resolve through them)
     */
    void readInto(Consumer<DbObject> objects, BiConsumer<PolicyDef, Long> policies, TypeIds types) throws SQLException {
        queries.query("extensions", rs -> objects.accept(new ExtensionDef(
                ExtensionDef.key(rs.getString("schema_name"), rs.getString("extension_name")), rs.getString("version"))));
        queries.query("types", rs -> types.type(type(rs), rs.getLong("object_oid"), rs.getLong("array_oid"),
                rs.getLong("relation_oid"), rs.getLong("multirange_oid"), CatalogQueries.oids(rs.getArray("check_oids"))));
        queries.query("inheritance", rs -> {
            ObjectKey child = ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name"));
            ObjectKey parent = ObjectKey.table(rs.getString("parent_schema"), rs.getString("parent_table"));
            objects.accept(new InheritanceDef(InheritanceDef.key(child, parent), parent,
                    Optional.ofNullable(rs.getString("bound"))));
        });
        queries.query("row_security", rs -> objects.accept(new RowSecurityDef(
                RowSecurityDef.key(ObjectKey.table(rs.getString("schema_name"), rs.getString("table_name"))),
                rs.getBoolean("enabled"), rs.getBoolean("forced"))));
        queries.query("policies", rs -> policies.accept(policy(rs), rs.getLong("object_oid")));
        queries.query("subjects", rs -> {
            Optional<ObjectKey> subject = subject(rs);
            if (subject.isEmpty()) {
                return;
            }
            String owner = rs.getString("owner");
            if (owner != null) {
                objects.accept(OwnerDef.of(subject.get(), owner));
            }
            String comment = rs.getString("comment");
            if (comment != null) {
                objects.accept(CommentDef.of(subject.get(), comment));
            }
            for (String[] grant : grants(rs.getArray("grants"))) {
                objects.accept(PrivilegeDef.of(subject.get(), grant[0], privilegeList(grant[1]), privilegeList(grant[2])));
            }
        });
        queries.query("default_privileges", rs -> objects.accept(DefaultPrivilegeDef.of(rs.getString("role_name"),
                Optional.ofNullable(rs.getString("schema_name")), rs.getString("object_type"), rs.getString("grantee"),
                strings(rs.getArray("privileges")), strings(rs.getArray("grant_option")))));
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

    /** The key of the object a subjects.sql row names, if this build models its kind. */
    private static Optional<ObjectKey> subject(ResultSet rs) throws SQLException {
        ObjectKind kind = KINDS.get(rs.getString("kind"));
        if (kind == null) {
            return Optional.empty();
        }
        String schema = rs.getString("schema_name");
        if (kind == ObjectKind.SCHEMA) {
            return Optional.of(ObjectKey.schema(schema));
        }
        return Optional.of(new ObjectKey(kind, schema, Optional.ofNullable(rs.getString("parent_name")),
                rs.getString("object_name"), strings(rs.getArray("arguments"))));
    }

    /** The {grantee, privileges, grant option} triples of a subjects.sql row (a text[][], NULL for none). */
    private static String[][] grants(Array array) throws SQLException {
        if (array == null) {
            return new String[0][];
        }
        try {
            return (String[][]) array.getArray();
        } finally {
            array.free();
        }
    }

    /** A comma-joined list of privileges as subjects.sql writes it; empty for none. */
    private static List<String> privilegeList(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static List<String> strings(Array array) throws SQLException {
        return CatalogQueries.strings(array);
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
}
