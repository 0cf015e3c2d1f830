package dev.drift.report;

import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds sample instances of every model record generically from its components, so that a new
 * {@link DbObject} record is covered by the JSON round-trip tests without anyone writing a sample. Each
 * component gets a list of candidate values (the first is the richest: optionals present, collections
 * filled); when a constructor rejects the first choice, the alternatives of one component at a time are
 * tried.
 */
final class ModelSamples {

    /** A string that exercises JSON escaping. */
    static final String AWKWARD = "a \"quoted\" \\ back\\slash, tab\t, line\nfeed and ünïcødé";

    /**
     * Hand-made samples, for a record whose constructor rejects every generated one (say, a string that
     * must be one of a few words). Empty while generation covers every record.
     */
    private static final Map<Class<?>, List<DbObject>> EXPLICIT = Map.of();

    private ModelSamples() {
    }

    /**
     * Samples of a {@link DbObject} record: for each kind its constructor accepts, one rich sample
     * (optionals present, collections filled) and one minimal sample (optionals and collections empty).
     */
    static List<DbObject> samplesOf(Class<?> type) {
        List<DbObject> out = new ArrayList<>(EXPLICIT.getOrDefault(type, List.of()));
        for (ObjectKind kind : ObjectKind.values()) {
            for (ObjectKey key : keys(kind, type)) {
                Optional<Object> rich = build(type, key, true);
                if (rich.isPresent()) {
                    out.add((DbObject) rich.get());
                    build(type, key, false).filter(o -> !out.contains(o)).ifPresent(o -> out.add((DbObject) o));
                    break;
                }
            }
            if (kind.mayBeDatabaseLevel()) {
                // An object of the database, whose key names no schema.
                ObjectKey key = ObjectKey.databaseLevel(kind, "sample_" + type.getSimpleName().toLowerCase(Locale.ROOT));
                for (boolean richest : new boolean[] {true, false}) {
                    build(type, key, richest).filter(o -> !out.contains(o)).ifPresent(o -> out.add((DbObject) o));
                }
            }
        }
        return out;
    }

    /** Keys of a kind, the likeliest shape first: with or without a parent table, with argument types. */
    private static List<ObjectKey> keys(ObjectKind kind, Class<?> type) {
        String name = "sample_" + type.getSimpleName().toLowerCase(Locale.ROOT);
        if (kind == ObjectKind.SCHEMA) {
            return List.of(ObjectKey.schema(name));
        }
        List<ObjectKey> out = new ArrayList<>();
        List<Optional<String>> parents = kind.isTableChild() ? List.of(Optional.of("orders"))
                : List.of(Optional.empty(), Optional.of("orders"));
        for (List<String> arguments : List.of(List.<String>of(), List.of("integer", "text"))) {
            for (Optional<String> parent : parents) {
                out.add(new ObjectKey(kind, "sales", parent, name, arguments));
            }
        }
        return out;
    }

    private static Optional<Object> build(Class<?> type, ObjectKey key, boolean rich) {
        RecordComponent[] components = type.getRecordComponents();
        List<List<Object>> candidates = new ArrayList<>();
        for (RecordComponent c : components) {
            List<Object> values = c.getName().equals("key") && c.getType() == ObjectKey.class
                    ? List.of(key) : candidates(c.getGenericType(), rich);
            candidates.add(values);
        }
        int[] choice = new int[components.length];
        Optional<Object> first = construct(type, candidates, choice);
        if (first.isPresent()) {
            return first;
        }
        for (int i = 0; i < components.length; i++) {
            for (int alt = 1; alt < candidates.get(i).size(); alt++) {
                int[] varied = choice.clone();
                varied[i] = alt;
                Optional<Object> o = construct(type, candidates, varied);
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Object> construct(Class<?> type, List<List<Object>> candidates, int[] choice) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (candidates.get(i).isEmpty()) {
                return Optional.empty();
            }
            args[i] = candidates.get(i).get(choice[i]);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return Optional.of(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Candidate values of a type, the preferred first. */
    private static List<Object> candidates(Type type, boolean rich) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            List<Object> out = new ArrayList<>();
            List<Object> inner = candidates(argument(type, 0), rich);
            if (rich && !inner.isEmpty()) {
                out.add(Optional.of(inner.get(0)));
            }
            out.add(Optional.empty());
            if (!rich) {
                inner.stream().limit(3).forEach(v -> out.add(Optional.of(v)));
            }
            return out;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            List<Object> inner = candidates(argument(type, 0), true);
            List<Object> filled = distinct(inner, 2);
            Object full = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>(filled)
                    : Set.class.isAssignableFrom(raw) ? Set.copyOf(filled) : List.copyOf(filled);
            Object empty = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
                    : Set.class.isAssignableFrom(raw) ? Set.of() : List.of();
            return rich ? List.of(full, empty) : List.of(empty, full);
        }
        if (Map.class.isAssignableFrom(raw)) {
            List<Object> inner = candidates(argument(type, 1), true);
            Map<String, Object> full = new TreeMap<>();
            for (int i = 0; i < Math.min(2, inner.size()); i++) {
                full.put("option_" + i, inner.get(i));
            }
            Object fullMap = SortedMap.class.isAssignableFrom(raw) ? full : Map.copyOf(full);
            Object empty = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : Map.of();
            return rich ? List.of(fullMap, empty) : List.of(empty, fullMap);
        }
        if (raw == ObjectKey.class) {
            return List.of(ObjectKey.table("sales", "customers"), ObjectKey.column("sales", "customers", "id"),
                    ObjectKey.schema("sales"));
        }
        if (raw == String.class) {
            return List.of(AWKWARD, "integer", "b");
        }
        if (raw == int.class || raw == Integer.class) {
            return List.of(3, 1, 2);
        }
        if (raw == long.class || raw == Long.class) {
            return List.of(Long.MAX_VALUE, 1L, -5L);
        }
        if (raw == short.class || raw == Short.class) {
            return List.of((short) 3, (short) 1);
        }
        if (raw == double.class || raw == Double.class) {
            return List.of(0.5, 1.0);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return List.of(true, false);
        }
        if (raw.isEnum()) {
            return Arrays.asList(raw.getEnumConstants());
        }
        if (raw.isRecord()) {
            List<Object> out = new ArrayList<>();
            build(raw, ObjectKey.table("sales", "orders"), rich).ifPresent(out::add);
            build(raw, ObjectKey.table("sales", "orders"), !rich).filter(o -> !out.contains(o)).ifPresent(out::add);
            return out;
        }
        if (raw.isSealed()) {
            List<Object> out = new ArrayList<>();
            for (Class<?> sub : ModelJson.recordsPermittedBy(raw)) {
                out.addAll(candidates(sub, rich));
            }
            return out;
        }
        throw new IllegalStateException("no sample values for " + type + ": teach ModelSamples this type");
    }

    private static List<Object> distinct(List<Object> values, int max) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (!out.contains(v) && out.size() < max) {
                out.add(v);
            }
        }
        return out;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        Type arg = ((ParameterizedType) type).getActualTypeArguments()[index];
        return arg instanceof WildcardType w ? w.getUpperBounds()[0] : arg;
    }
}
