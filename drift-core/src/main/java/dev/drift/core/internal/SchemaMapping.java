package dev.drift.core.internal;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.SchemaDiff;
import dev.drift.core.Sql;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames schemas throughout a catalog, so that tenants whose schemas have different names compare as
 * equals when their contents are equal. In a schema-per-tenant database, {@code tenant_a.orders} and
 * {@code tenant_b.orders} both become {@code $tenant.orders}.
 *
 * <p>The mapping rewrites every {@link ObjectKey} (its schema, and the schema-qualified types among a
 * routine's arguments) and every qualified reference inside string properties: defaults such as
 * {@code nextval('tenant_a.seq'::regclass)}, foreign-key definitions, view and routine bodies, types. A
 * reference is the schema name as PostgreSQL renders it, bare ({@code tenant_a}) or quoted
 * ({@code "Tenant A"}), directly followed by a dot and not preceded by a character that would make it
 * part of a longer name. It works generically on record components (strings, keys, optionals, lists,
 * sets, maps and nested records), so a new kind of {@link DbObject} is mapped without code here.
 *
 * <p>The canonical name {@link #TENANT_SCHEMA} needs quoting, so it cannot collide with a schema or an
 * alias a person wrote, and mapping back ({@link #inverse()}) only touches what the mapping put there.
 *
 * <p>Known limit: a view body that uses a tenant's schema name as a table alias ({@code t1.id} in a
 * schema named {@code t1}) is rewritten too.
 */
public final class SchemaMapping {

    /** The name a tenant's schema takes in canonical (comparable) catalogs. */
    public static final String TENANT_SCHEMA = "$tenant";

    private static final SchemaMapping IDENTITY = new SchemaMapping(Map.of());
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(parameters);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("the record " + type.getName() + " has no canonical constructor", e);
            }
        }
    };

    /**
     * Each record type's accessors, looked up once: {@code getRecordComponents()} builds its array anew on
     * every call, and a schema-per-tenant read maps every object of every tenant schema.
     */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .toArray(Method[]::new);
        }
    };

    private final Map<String, String> schemas;
    /** Matches every rendered form of every mapped schema followed by a dot. */
    private final Optional<Pattern> references;
    /** Rendered form (as matched) to the replacement text. */
    private final Map<String, String> replacements;

    private SchemaMapping(Map<String, String> schemas) {
        TreeMap<String, String> sorted = new TreeMap<>();
        schemas.forEach((from, to) -> {
            requireName(from, "schema");
            requireName(to, "mapped schema");
            if (!from.equals(to)) {
                sorted.put(from, to);
            }
        });
        this.schemas = Collections.unmodifiableMap(sorted);
        Map<String, String> forms = new LinkedHashMap<>();
        // Longer forms first, so that a name that is a prefix of another never wins the alternation.
        sorted.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .forEach(from -> {
                    String to = Sql.ident(sorted.get(from));
                    forms.put('"' + from.replace("\"", "\"\"") + '"', to);
                    forms.put(Sql.ident(from), to);
                });
        this.replacements = Collections.unmodifiableMap(forms);
        if (forms.isEmpty()) {
            this.references = Optional.empty();
        } else {
            StringBuilder alternation = new StringBuilder();
            forms.keySet().forEach(f -> alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(f)));
            this.references = Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}_$\"])(?:" + alternation + ")(?=\\.)"));
        }
    }

    private static void requireName(String name, String field) {
        Objects.requireNonNull(name, field);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(field + " name must not be empty");
        }
    }

    /** The mapping that changes nothing. */
    public static SchemaMapping identity() {
        return IDENTITY;
    }

    /** Renames one schema. */
    public static SchemaMapping of(String from, String to) {
        return new SchemaMapping(Map.of(from, to));
    }

    /**
     * Renames several schemas at once.
     *
     * @throws IllegalArgumentException if two schemas map to one name (the mapping could not be undone)
     */
    public static SchemaMapping of(Map<String, String> schemas) {
        Set<String> targets = new TreeSet<>();
        schemas.forEach((from, to) -> {
            if (!from.equals(to) && !targets.add(to)) {
                throw new IllegalArgumentException("two schemas map to " + to + ": the mapping must be one to one");
            }
        });
        return schemas.isEmpty() ? IDENTITY : new SchemaMapping(schemas);
    }

    /** Maps a tenant's own schema to the canonical {@link #TENANT_SCHEMA}. */
    public static SchemaMapping tenantSchema(String schema) {
        return of(schema, TENANT_SCHEMA);
    }

    /** From-name to to-name, sorted; schemas mapped to themselves are left out. */
    public Map<String, String> schemas() {
        return schemas;
    }

    public boolean isIdentity() {
        return schemas.isEmpty();
    }

    /** The mapping back. */
    public SchemaMapping inverse() {
        Map<String, String> back = new TreeMap<>();
        schemas.forEach((from, to) -> back.put(to, from));
        return of(back);
    }

    /** A bare schema name, mapped. */
    public String schema(String name) {
        return schemas.getOrDefault(name, name);
    }

    /** A key, with its schema (and qualified argument types) mapped. */
    public ObjectKey apply(ObjectKey key) {
        if (isIdentity()) {
            return key;
        }
        String schema = schema(key.schema());
        String name = key.kind() == ObjectKind.SCHEMA ? schema(key.name()) : key.name();
        List<String> arguments = mapList(key.arguments());
        if (schema.equals(key.schema()) && name.equals(key.name()) && arguments == key.arguments()) {
            return key;
        }
        return new ObjectKey(key.kind(), schema, key.parent(), name, arguments);
    }

    /** The qualified references in a text ({@code tenant_a.seq}, {@code "Tenant A".seq}), mapped. */
    public String apply(String text) {
        if (references.isEmpty() || !mentionsAny(text)) {
            return text;
        }
        Matcher m = references.get().matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean mentionsAny(String text) {
        for (String from : schemas.keySet()) {
            if (text.contains(from.replace("\"", "\"\""))) {
                return true;
            }
        }
        return false;
    }

    /** An object with every key and qualified reference mapped; the same instance when nothing changes. */
    @SuppressWarnings("unchecked")
    public <T extends DbObject> T apply(T object) {
        return isIdentity() ? object : (T) map(object);
    }

    /** A change, with its objects and property values mapped. */
    @SuppressWarnings("unchecked")
    public <T extends Change> T apply(T change) {
        return isIdentity() ? change : (T) map(change);
    }

    /** A catalog with every object mapped (same source and server version). */
    public Catalog apply(Catalog catalog) {
        if (isIdentity()) {
            return catalog;
        }
        List<DbObject> mapped = new ArrayList<>(catalog.size());
        boolean changed = false;
        for (DbObject o : catalog.objects()) {
            DbObject m = apply(o);
            changed |= m != o;
            mapped.add(m);
        }
        if (!changed) {
            return catalog;
        }
        List<Dependency> dependencies = new ArrayList<>(catalog.dependencies().size());
        for (Dependency d : catalog.dependencies()) {
            dependencies.add(new Dependency(apply(d.dependent()), apply(d.referenced()), d.enforced()));
        }
        return new Catalog(catalog.database(), catalog.serverVersion(), mapped, dependencies);
    }

    /** A diff with both catalogs and every change mapped. */
    public SchemaDiff apply(SchemaDiff diff) {
        if (isIdentity()) {
            return diff;
        }
        return new SchemaDiff(apply(diff.reference()), apply(diff.target()), mapList(diff.changes()));
    }

    private Object map(Object value) {
        if (value instanceof String s) {
            return apply(s);
        } else if (value instanceof ObjectKey key) {
            return apply(key);
        } else if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                return optional;
            }
            Object inner = optional.get();
            Object mapped = map(inner);
            return mapped == inner ? optional : Optional.of(mapped);
        } else if (value instanceof List<?> list) {
            return mapList(list);
        } else if (value instanceof Set<?> set) {
            Set<Object> out = set instanceof SortedSet<?> ? new TreeSet<>() : new LinkedHashSet<>();
            boolean changed = false;
            for (Object o : set) {
                Object m = map(o);
                changed |= m != o;
                out.add(m);
            }
            return changed ? Collections.unmodifiableSet(out) : set;
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = map(e.getKey());
                Object v = map(e.getValue());
                changed |= k != e.getKey() || v != e.getValue();
                out.put(k, v);
            }
            return changed ? Collections.unmodifiableMap(out) : map;
        } else if (value instanceof Catalog catalog) {
            return apply(catalog);
        } else if (value instanceof Record record) {
            return mapRecord(record);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> mapList(List<T> list) {
        List<Object> out = null;
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            Object m = map(o);
            if (m != o && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(m);
            }
        }
        return out == null ? list : (List<T>) Collections.unmodifiableList(out);
    }

    private Object mapRecord(Record record) {
        Method[] accessors = ACCESSORS.get(record.getClass());
        Object[] values = new Object[accessors.length];
        boolean changed = false;
        for (int i = 0; i < accessors.length; i++) {
            Object value = read(accessors[i], record);
            values[i] = map(value);
            changed |= values[i] != value;
        }
        if (!changed) {
            return record;
        }
        try {
            return CONSTRUCTORS.get(record.getClass()).newInstance(values);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("mapping schemas made an invalid " + record.getClass().getSimpleName()
                    + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaMapping other && schemas.equals(other.schemas);
    }

    @Override
    public int hashCode() {
        return schemas.hashCode();
    }

    @Override
    public String toString() {
        return isIdentity() ? "SchemaMapping[identity]" : "SchemaMapping" + schemas;
    }
}
