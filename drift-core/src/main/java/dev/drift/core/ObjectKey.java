package dev.drift.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of a database object. Objects are matched across catalogs by key, never by bare name and
 * never by OID; a renamed object is a different object.
 *
 * @param kind      what the object is
 * @param schema    the schema it lives in (for a schema, its own name); empty for an object that belongs to the
 *                  database as a whole ({@link #databaseLevel}), which no schema filter or schema mapping touches
 * @param parent    the table it belongs to, for columns, constraints and indexes
 * @param name      its name
 * @param arguments for routines, the argument types that tell overloads apart; empty otherwise
 */
public record ObjectKey(ObjectKind kind, String schema, Optional<String> parent, String name, List<String> arguments)
        implements Comparable<ObjectKey> {

    /**
     * Schema, parent table, kind, name, then argument types one by one. Written out rather than chained
     * from key extractors: catalogs of thousands of objects sort and look up keys constantly, and the
     * comparison must not allocate.
     */
    private static final Comparator<ObjectKey> ORDER = (a, b) -> {
        int c = compare(a.schema, b.schema);
        if (c == 0) {
            c = compare(a.parent.orElse(""), b.parent.orElse(""));
        }
        if (c == 0) {
            c = a.kind.compareTo(b.kind);
        }
        if (c == 0) {
            c = compare(a.name, b.name);
        }
        for (int i = 0; c == 0 && i < Math.min(a.arguments.size(), b.arguments.size()); i++) {
            c = a.arguments.get(i).compareTo(b.arguments.get(i));
        }
        return c != 0 ? c : Integer.compare(a.arguments.size(), b.arguments.size());
    };

    /**
     * {@link String#compareTo}, first asking whether both are one string: keys that went through an interner (a
     * fleet scan's) share their schema's and table's names, and String's own comparison walks both to the end
     * even then.
     */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(parent, "parent");
        requireName(name, "name");
        arguments = List.copyOf(arguments);
        if (schema.isEmpty()) {
            if (!kind.mayBeDatabaseLevel()) {
                throw new IllegalArgumentException("a " + kind.label() + " belongs to a schema: its key needs one ("
                        + name + ")");
            }
            if (parent.isPresent()) {
                throw new IllegalArgumentException("an object of the database belongs to no table: " + name);
            }
        }
        if (kind.isTableChild() && parent.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.label() + " key needs its table as parent: " + name);
        }
    }

    private static void requireName(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }

    /**
     * The key of an object that belongs to the database as a whole, not to a schema (default privileges for
     * every schema). It sorts before every schema's objects.
     */
    public static ObjectKey databaseLevel(ObjectKind kind, String name) {
        return new ObjectKey(kind, "", Optional.empty(), name, List.of());
    }

    /** Whether the object belongs to the database as a whole rather than to a schema. */
    public boolean isDatabaseLevel() {
        return schema.isEmpty();
    }

    public static ObjectKey schema(String name) {
        return new ObjectKey(ObjectKind.SCHEMA, name, Optional.empty(), name, List.of());
    }

    public static ObjectKey table(String schema, String name) {
        return new ObjectKey(ObjectKind.TABLE, schema, Optional.empty(), name, List.of());
    }

    public static ObjectKey sequence(String schema, String name) {
        return new ObjectKey(ObjectKind.SEQUENCE, schema, Optional.empty(), name, List.of());
    }

    public static ObjectKey column(String schema, String table, String name) {
        return new ObjectKey(ObjectKind.COLUMN, schema, Optional.of(table), name, List.of());
    }

    public static ObjectKey constraint(String schema, String table, String name) {
        return new ObjectKey(ObjectKind.CONSTRAINT, schema, Optional.of(table), name, List.of());
    }

    public static ObjectKey index(String schema, String table, String name) {
        return new ObjectKey(ObjectKind.INDEX, schema, Optional.of(table), name, List.of());
    }

    public static ObjectKey view(String schema, String name) {
        return new ObjectKey(ObjectKind.VIEW, schema, Optional.empty(), name, List.of());
    }

    public static ObjectKey materializedView(String schema, String name) {
        return new ObjectKey(ObjectKind.MATERIALIZED_VIEW, schema, Optional.empty(), name, List.of());
    }

    /** A function or procedure, told from its overloads by its input argument types. */
    public static ObjectKey routine(String schema, String name, List<String> argumentTypes) {
        return new ObjectKey(ObjectKind.ROUTINE, schema, Optional.empty(), name, argumentTypes);
    }

    public static ObjectKey aggregate(String schema, String name, List<String> argumentTypes) {
        return new ObjectKey(ObjectKind.AGGREGATE, schema, Optional.empty(), name, argumentTypes);
    }

    /** A trigger of a table (or view): its parent is the relation's name. */
    public static ObjectKey trigger(String schema, String table, String name) {
        return new ObjectKey(ObjectKind.TRIGGER, schema, Optional.of(table), name, List.of());
    }

    /** The key of the table this object belongs to, if it belongs to one. */
    public Optional<ObjectKey> table() {
        return parent.map(p -> table(schema, p));
    }

    /** The name as a person reads it, e.g. {@code public.orders.external_id}; not quoted SQL. */
    public String displayName() {
        if (kind == ObjectKind.SCHEMA || isDatabaseLevel()) {
            return name;
        }
        StringBuilder b = new StringBuilder(schema).append('.');
        parent.ifPresent(p -> b.append(p).append('.'));
        b.append(name);
        if (!arguments.isEmpty() || kind == ObjectKind.ROUTINE || kind == ObjectKind.AGGREGATE) {
            b.append('(').append(String.join(", ", arguments)).append(')');
        }
        return b.toString();
    }

    /*
     * equals and hashCode written out: a record's own go through method handles, which cost a cold command-line
     * JVM (interpreted, then C1) several times as much, and reading a catalog hashes every key a few times.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectKey k && kind == k.kind && name.equals(k.name) && schema.equals(k.schema)
                && parent.equals(k.parent) && arguments.equals(k.arguments);
    }

    @Override
    public int hashCode() {
        int h = kind.ordinal();
        h = 31 * h + schema.hashCode();
        h = 31 * h + parent.hashCode();
        h = 31 * h + name.hashCode();
        return 31 * h + arguments.hashCode();
    }

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.label() + " " + displayName();
    }
}
