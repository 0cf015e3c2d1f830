package dev.drift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model as JSON trees, read generically from record components, so that a new {@link DbObject}
 * record, or a new component of one, is written and read without code here.
 *
 * <p>Rules (they are the documented format, see {@code docs/json-format.md}): a record is an object whose
 * fields are its components in declaration order; an empty {@link Optional} and an empty collection or
 * map are left out, and read back as empty; enums are their constant names; a {@link DbObject} is told
 * apart by the {@link ObjectKind} in its {@code key}. Reading is strict: an unknown field, a missing
 * required field or a value of the wrong type is an error naming its path.
 */
final class ModelJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two-space indentation, one array element per line, {@code "name": value}, LF line ends. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** The concrete record types behind {@link DbObject}, found through the sealed hierarchy. */
    private static final List<Class<?>> OBJECT_TYPES = List.copyOf(recordsPermittedBy(DbObject.class));

    /** The type that last read each kind: tried first next time (a kind can have several candidates). */
    private static final Map<ObjectKind, Class<?>> LAST_TYPE = new ConcurrentHashMap<>();

    private ModelJson() {
    }

    /** A value the reader rejects, with the JSON path where it stands. */
    static final class ReadException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        ReadException(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }

        @Override
        public String toString() {
            return (path.isEmpty() ? "" : path + ": ") + getMessage();
        }
    }

    /** The record types that implement a sealed interface, through nested sealed interfaces too. */
    static List<Class<?>> recordsPermittedBy(Class<?> sealed) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                out.add(sub);
            } else if (sub.isSealed()) {
                out.addAll(recordsPermittedBy(sub));
            }
        }
        return List.copyOf(out);
    }

    static String print(JsonNode root) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    // ---------------------------------------------------------------- writing

    /** A model value as a tree; {@code null} for what is left out (an empty optional or collection). */
    static JsonNode toTree(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ModelJson::toTree).orElse(null);
        }
        if (value instanceof Record record) {
            ObjectNode node = f.objectNode();
            for (RecordComponent c : SHAPES.get(record.getClass()).components()) {
                JsonNode v = toTree(read(c, record));
                if (v != null) {
                    node.set(c.getName(), v);
                }
            }
            return node;
        }
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                return null;
            }
            List<JsonNode> elements = new ArrayList<>();
            collection.forEach(v -> elements.add(toTree(v)));
            if (collection instanceof Set<?> && !(collection instanceof SortedSet<?>)) {
                // A hash set has no order of its own: sort, so that equal sets are written alike.
                elements.sort(Comparator.comparing(JsonNode::toString));
            }
            ArrayNode array = f.arrayNode();
            elements.forEach(array::add);
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return null;
            }
            ObjectNode node = f.objectNode();
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(k instanceof Enum<?> e ? e.name() : String.valueOf(k), v));
            sorted.forEach((k, v) -> node.set(k, toTree(v)));
            return node;
        }
        if (value instanceof Enum<?> e) {
            return f.textNode(e.name());
        }
        if (value instanceof String text) {
            return f.textNode(text);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        return MAPPER.valueToTree(value);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a value of the given type from a tree.
     *
     * @param node the value, or {@code null} when the field is absent
     * @param path where the value stands, for error messages, e.g. {@code objects[3].options.start}
     */
    static Object fromTree(JsonNode node, Type type, String path) {
        Class<?> raw = rawClass(type);
        boolean absent = node == null || node.isNull();
        if (raw == Optional.class) {
            return absent ? Optional.empty() : Optional.of(fromTree(node, typeArgument(type, 0), path));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return collection(absent ? null : node, raw, typeArgument(type, 0), path);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(absent ? null : node, raw, typeArgument(type, 0), typeArgument(type, 1), path);
        }
        if (absent) {
            throw new ReadException(path, "is missing");
        }
        if (raw == DbObject.class) {
            return dbObject(node, path);
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        if (raw.isSealed() && raw.isInterface()) {
            return oneOf(node, raw, Optional.empty(), path);
        }
        if (raw.isEnum()) {
            return enumConstant(node, raw, path);
        }
        return scalar(node, raw, path);
    }

    /** Reads any {@link DbObject}: the kind in its key picks the record type (the last one that read it first). */
    static DbObject dbObject(JsonNode node, String path) {
        requireObject(node, path);
        ObjectKey key = (ObjectKey) fromTree(node.get("key"), ObjectKey.class, path + ".key");
        Optional<Class<?>> preferred = Optional.ofNullable(LAST_TYPE.get(key.kind()));
        try {
            DbObject object = (DbObject) oneOf(node, DbObject.class, preferred, path);
            LAST_TYPE.put(key.kind(), object.getClass());
            return object;
        } catch (ReadException e) {
            throw new ReadException(e.path(), e.getMessage() + " (" + key + ")");
        }
    }

    /**
     * Reads a value of a sealed type: the permitted records whose components include every field of the
     * node are tried in turn (their constructors reject what is not theirs, e.g. a key of another kind).
     */
    private static Object oneOf(JsonNode node, Class<?> sealed, Optional<Class<?>> preferred, String path) {
        requireObject(node, path);
        Set<String> fields = fieldNames(node);
        List<Class<?>> candidates = new ArrayList<>();
        preferred.ifPresent(candidates::add);
        for (Class<?> type : sealed == DbObject.class ? OBJECT_TYPES : recordsPermittedBy(sealed)) {
            if (!candidates.contains(type)) {
                candidates.add(type);
            }
        }
        candidates.removeIf(type -> !componentNames(type).containsAll(fields));
        if (candidates.isEmpty()) {
            // Name the fields that fit no type, against the type they fit best.
            List<Class<?>> all = sealed == DbObject.class ? OBJECT_TYPES : recordsPermittedBy(sealed);
            Class<?> closest = all.stream().max(Comparator.comparingLong(
                    (Class<?> t) -> fields.stream().filter(componentNames(t)::contains).count())
                    .thenComparing(t -> -all.indexOf(t))).orElseThrow();
            Set<String> unknown = new TreeSet<>(fields);
            unknown.removeAll(componentNames(closest));
            throw new ReadException(path, "unknown field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " for a " + closest.getSimpleName() + " (a file written by a newer Drift?)");
        }
        ReadException first = null;
        for (Class<?> type : candidates) {
            try {
                return record(node, type, path);
            } catch (ReadException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static Object record(JsonNode node, Class<?> type, String path) {
        requireObject(node, path);
        Shape shape = SHAPES.get(type);
        Set<String> unknown = new TreeSet<>(fieldNames(node));
        unknown.removeAll(shape.names());
        if (!unknown.isEmpty()) {
            throw new ReadException(path, "unknown field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " (a file written by a newer Drift?)");
        }
        List<RecordComponent> components = shape.components();
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = components.get(i);
            args[i] = fromTree(node.get(c.getName()), c.getGenericType(), path + "." + c.getName());
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new ReadException(path, "is not a valid " + describe(type) + ": " + cause.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName();
    }

    private static Object collection(JsonNode node, Class<?> raw, Type element, String path) {
        List<Object> values = new ArrayList<>();
        if (node != null) {
            if (!node.isArray()) {
                throw new ReadException(path, "must be an array but is " + what(node));
            }
            for (int i = 0; i < node.size(); i++) {
                values.add(fromTree(node.get(i), element, path + "[" + i + "]"));
            }
        }
        if (SortedSet.class.isAssignableFrom(raw)) {
            return new TreeSet<>(values);
        }
        if (Set.class.isAssignableFrom(raw)) {
            return Set.copyOf(values);
        }
        return List.copyOf(values);
    }

    private static Object map(JsonNode node, Class<?> raw, Type key, Type value, String path) {
        Map<Object, Object> values = new TreeMap<>();
        if (node != null) {
            requireObject(node, path);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path + "." + e.getKey();
                values.put(fromTree(JsonNodeFactory.instance.textNode(e.getKey()), key, at),
                        fromTree(e.getValue(), value, at));
            }
        }
        return SortedMap.class.isAssignableFrom(raw) ? values : Map.copyOf(values);
    }

    private static Object enumConstant(JsonNode node, Class<?> raw, String path) {
        Object[] constants = raw.getEnumConstants();
        if (node.isTextual()) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(node.textValue())) {
                    return c;
                }
            }
        }
        throw new ReadException(path, what(node) + " is not one of " + Arrays.stream(constants)
                .map(c -> ((Enum<?>) c).name()).toList());
    }

    private static Object scalar(JsonNode node, Class<?> raw, String path) {
        if (raw == String.class) {
            if (!node.isTextual()) {
                throw new ReadException(path, "must be a string but is " + what(node));
            }
            return node.textValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                throw new ReadException(path, "must be true or false but is " + what(node));
            }
            return node.booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw new ReadException(path, "must be an integer but is " + what(node));
            }
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            if (!node.canConvertToLong() || !node.isIntegralNumber()) {
                throw new ReadException(path, "must be an integer but is " + what(node));
            }
            return node.longValue();
        }
        try {
            return MAPPER.treeToValue(node, raw);
        } catch (JsonProcessingException e) {
            throw new ReadException(path, "is not a valid " + raw.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ReadException(path, "is not a valid " + raw.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ReadException(path, "must be an object but is " + what(node));
        }
    }

    /** A short rendering of a value for an error message. */
    private static String what(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> componentNames(Class<?> record) {
        return SHAPES.get(record).names();
    }

    /** What reflection says about a record type, looked up once per type (reflection is slow). */
    private record Shape(List<RecordComponent> components, Set<String> names, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            Set<String> names = new TreeSet<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names.add(components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                return new Shape(List.of(components), Collections.unmodifiableSet(names),
                        record.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor: " + record, e);
            }
        }
    };

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("the model uses a type the JSON format cannot read: " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[index];
            if (arg instanceof java.lang.reflect.WildcardType w) {
                return w.getUpperBounds()[0];
            }
            return arg;
        }
        throw new IllegalStateException("the model uses a raw type the JSON format cannot read: " + type);
    }
}
