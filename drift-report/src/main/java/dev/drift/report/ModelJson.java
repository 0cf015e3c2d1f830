package dev.drift.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    /** A generator that writes the documented layout (see {@link #PRINTER}) to a stream, as UTF-8. */
    static JsonGenerator generator(java.io.OutputStream out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).setPrettyPrinter(PRINTER.createInstance());
    }

    static String print(JsonNode root) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a model value: the one writer of the format (trees and snapshot files both come from it).
     * Writes nothing for what is left out; a caller writing a field checks {@link #leftOut} first.
     */
    static void write(JsonGenerator g, Object value) throws IOException {
        // Most values are text: tested first, before the interface checks a string would fail one by one.
        if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                write(g, optional.get());
            }
        } else if (value instanceof Record record) {
            Shape shape = SHAPES.get(record.getClass());
            g.writeStartObject();
            for (int i = 0; i < shape.size(); i++) {
                Object v = shape.read(i, record);
                if (!leftOut(v)) {
                    g.writeFieldName(shape.names[i]);
                    write(g, v);
                }
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> collection) {
            g.writeStartArray();
            if (collection instanceof Set<?> && !(collection instanceof SortedSet<?>)) {
                // A hash set has no order of its own: sort, so that equal sets are written alike.
                List<JsonNode> elements = new ArrayList<>();
                collection.forEach(v -> elements.add(toTree(v)));
                elements.sort(Comparator.comparing(JsonNode::toString));
                for (JsonNode element : elements) {
                    g.writeTree(element);
                }
            } else {
                for (Object v : collection) {
                    writeElement(g, v);
                }
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(k instanceof Enum<?> e ? e.name() : String.valueOf(k), v));
            g.writeStartObject();
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                g.writeFieldName(e.getKey());
                writeElement(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else {
            g.writeTree(MAPPER.valueToTree(value));
        }
    }

    /** An element of an array or a map value: what would be left out as a field is a JSON null there. */
    private static void writeElement(JsonGenerator g, Object value) throws IOException {
        if (leftOut(value)) {
            g.writeNull();
        } else {
            write(g, value);
        }
    }

    /** Whether a field of this value is left out: an empty optional, collection or map, or nothing. */
    static boolean leftOut(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String) {
            return false;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty() || leftOut(optional.get());
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** A model value as a tree; {@code null} for what is left out (an empty optional or collection). */
    static JsonNode toTree(Object value) {
        if (leftOut(value)) {
            return null;
        }
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(buffer, value);
            try (JsonParser parser = buffer.asParser()) {
                return MAPPER.readTree(parser);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a model value always serialises", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Where a value stands, for error messages, e.g. {@code objects[3].options.start}: built as the reader
     * descends and turned into text only when a value is rejected.
     */
    static final class At {
        private final At parent;
        private final String field;
        private final int index;

        private At(At parent, String field, int index) {
            this.parent = parent;
            this.field = field;
            this.index = index;
        }

        static At root(String path) {
            return new At(null, path, -1);
        }

        At field(String name) {
            return new At(this, name, -1);
        }

        At index(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return field;
            }
            String up = parent.toString();
            if (field == null) {
                return up + "[" + index + "]";
            }
            return up.isEmpty() ? field : up + "." + field;
        }
    }

    /**
     * Reads a value of the given type from a tree.
     *
     * @param node the value, or {@code null} when the field is absent
     * @param path where the value stands, for error messages, e.g. {@code objects[3].options.start}
     */
    static Object fromTree(JsonNode node, Type type, String path) {
        return fromTree(node, type, At.root(path));
    }

    private static Object fromTree(JsonNode node, Type type, At at) {
        return READERS.computeIfAbsent(type, ModelJson::readerFor).read(node, at);
    }

    /** How to read one type, worked out once per type: the model has a few dozen, read millions of times. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonNode node, At at);
    }

    private static final Map<Type, ValueReader> READERS = new ConcurrentHashMap<>();

    private static ValueReader readerFor(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            Type element = typeArgument(type, 0);
            return (node, at) -> node == null || node.isNull() ? Optional.empty()
                    : Optional.of(fromTree(node, element, at));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = typeArgument(type, 0);
            return (node, at) -> collection(node == null || node.isNull() ? null : node, raw, element, at);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type key = typeArgument(type, 0);
            Type value = typeArgument(type, 1);
            return (node, at) -> map(node == null || node.isNull() ? null : node, raw, key, value, at);
        }
        ValueReader present;
        if (raw == DbObject.class) {
            present = (node, at) -> dbObject(node, at);
        } else if (raw.isRecord()) {
            present = (node, at) -> record(node, raw, at);
        } else if (raw.isSealed() && raw.isInterface()) {
            present = (node, at) -> oneOf(node, raw, Optional.empty(), at);
        } else if (raw.isEnum()) {
            present = (node, at) -> enumConstant(node, raw, at);
        } else {
            present = (node, at) -> scalar(node, raw, at);
        }
        return (node, at) -> {
            if (node == null || node.isNull()) {
                throw new ReadException(at.toString(), "is missing");
            }
            return present.read(node, at);
        };
    }

    /** Reads any {@link DbObject}: the kind in its key picks the record type (the last one that read it first). */
    static DbObject dbObject(JsonNode node, String path) {
        return dbObject(node, At.root(path));
    }

    static DbObject dbObject(JsonNode node, At at) {
        requireObject(node, at);
        ObjectKey key = (ObjectKey) fromTree(node.get("key"), ObjectKey.class, at.field("key"));
        Optional<Class<?>> preferred = Optional.ofNullable(LAST_TYPE.get(key.kind()));
        try {
            DbObject object = (DbObject) oneOf(node, DbObject.class, preferred, at);
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
    private static Object oneOf(JsonNode node, Class<?> sealed, Optional<Class<?>> preferred, At at) {
        requireObject(node, at);
        if (preferred.isPresent() && SHAPES.get(preferred.get()).hasEvery(node)) {
            // The usual case: the type that read this kind last time reads it again.
            try {
                return record(node, preferred.get(), at);
            } catch (ReadException e) {
                // fall through: try them all, in the fixed order, for the same error as without a preference
            }
        }
        List<Class<?>> all = sealed == DbObject.class ? OBJECT_TYPES : recordsPermittedBy(sealed);
        List<Class<?>> candidates = new ArrayList<>();
        preferred.ifPresent(candidates::add);
        for (Class<?> type : all) {
            if (!candidates.contains(type)) {
                candidates.add(type);
            }
        }
        candidates.removeIf(type -> !SHAPES.get(type).hasEvery(node));
        if (candidates.isEmpty()) {
            // Name the fields that fit no type, against the type they fit best.
            Set<String> fields = fieldNames(node);
            Class<?> closest = all.stream().max(Comparator.comparingLong(
                    (Class<?> t) -> fields.stream().filter(componentNames(t)::contains).count())
                    .thenComparing(t -> -all.indexOf(t))).orElseThrow();
            Set<String> unknown = new TreeSet<>(fields);
            unknown.removeAll(componentNames(closest));
            throw new ReadException(at.toString(), "unknown field" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " for a " + closest.getSimpleName()
                    + " (a file written by a newer Drift?)");
        }
        ReadException first = null;
        for (Class<?> type : candidates) {
            try {
                return record(node, type, at);
            } catch (ReadException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static Object record(JsonNode node, Class<?> type, At at) {
        requireObject(node, at);
        Shape shape = SHAPES.get(type);
        if (!shape.hasEvery(node)) {
            Set<String> unknown = new TreeSet<>(fieldNames(node));
            unknown.removeAll(shape.names());
            throw new ReadException(at.toString(), "unknown field" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " (a file written by a newer Drift?)");
        }
        Object[] args = new Object[shape.names.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = shape.readers[i].read(node.get(shape.names[i]), at.field(shape.names[i]));
        }
        return shape.construct(args, at);
    }

    private static Object collection(JsonNode node, Class<?> raw, Type element, At at) {
        List<Object> values = new ArrayList<>(node == null ? 0 : node.size());
        if (node != null) {
            if (!node.isArray()) {
                throw new ReadException(at.toString(), "must be an array but is " + what(node));
            }
            for (int i = 0; i < node.size(); i++) {
                values.add(fromTree(node.get(i), element, at.index(i)));
            }
        }
        return collectionOf(raw, values);
    }

    private static Object map(JsonNode node, Class<?> raw, Type key, Type value, At at) {
        Map<Object, Object> values = new TreeMap<>();
        if (node != null) {
            requireObject(node, at);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                At here = at.field(e.getKey());
                values.put(fromTree(JsonNodeFactory.instance.textNode(e.getKey()), key, here),
                        fromTree(e.getValue(), value, here));
            }
        }
        return SortedMap.class.isAssignableFrom(raw) ? values : Map.copyOf(values);
    }

    private static Object enumConstant(JsonNode node, Class<?> raw, At at) {
        Object[] constants = raw.getEnumConstants();
        if (node.isTextual()) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(node.textValue())) {
                    return c;
                }
            }
        }
        throw new ReadException(at.toString(), what(node) + " is not one of " + Arrays.stream(constants)
                .map(c -> ((Enum<?>) c).name()).toList());
    }

    private static Object scalar(JsonNode node, Class<?> raw, At at) {
        if (raw == String.class) {
            if (!node.isTextual()) {
                throw new ReadException(at.toString(), "must be a string but is " + what(node));
            }
            return node.textValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                throw new ReadException(at.toString(), "must be true or false but is " + what(node));
            }
            return node.booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw new ReadException(at.toString(), "must be an integer but is " + what(node));
            }
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            if (!node.canConvertToLong() || !node.isIntegralNumber()) {
                throw new ReadException(at.toString(), "must be an integer but is " + what(node));
            }
            return node.longValue();
        }
        try {
            return MAPPER.treeToValue(node, raw);
        } catch (JsonProcessingException e) {
            throw new ReadException(at.toString(), "is not a valid " + raw.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ReadException(at.toString(), "is not a valid " + raw.getSimpleName() + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- reading from the token stream

    /**
     * Reads one value of a snapshot (an object, a dependency) straight from the parser, without a tree, by
     * the same rules as {@link #fromTree}: what the stream reader does not take itself (any error, the first
     * object of its kind, a hand-made layout) is read again from its tree by the tree reader, so a file that
     * reads is read alike both ways and every error is the tree reader's, word for word.
     *
     * @param parser at the value's first token, a parser over {@code json} (whose byte offsets it reports);
     *               left at the value's last token
     * @param fast   the stream reader of the value's type (see {@link #streamReader})
     * @param tree   the tree reader, given the value's tree
     */
    static <T> T fromStream(JsonParser parser, byte[] json, StreamReader fast, java.util.function.Function<JsonNode, T> tree)
            throws IOException {
        if (!parser.currentToken().isStructStart()) {
            // A number, a string, a null where an object belongs: the tree reader names it.
            return tree.apply(parser.readValueAsTree());
        }
        long offset = parser.currentTokenLocation().getByteOffset();
        JsonStreamContext outer = parser.getParsingContext().getParent();
        try {
            @SuppressWarnings("unchecked")
            T value = (T) fast.read(parser);
            return value;
        } catch (RuntimeException e) {
            // Not taken: NOT_TAKEN, or a value the model rejects. Read the value's tokens to its end (a syntax
            // error there is reported where it stands, as before), then its tree from where it started.
        }
        while (parser.getParsingContext() != outer || !parser.currentToken().isStructEnd()) {
            if (parser.nextToken() == null) {
                throw new IllegalStateException("a JSON value ends before its document");
            }
        }
        if (offset < 0 || offset >= json.length) {
            throw new IllegalStateException("the parser reports no byte offset for a value");
        }
        try (JsonParser again = MAPPER.getFactory().createParser(json, (int) offset, json.length - (int) offset)) {
            again.nextToken();
            return tree.apply(again.readValueAsTree());
        }
    }

    /** Reads a value from the stream; throws {@link #NOT_TAKEN} (or any runtime exception) for what it does not take. */
    @FunctionalInterface
    interface StreamReader {
        /** Reads the value at the parser's current token, leaving the parser at its last token. */
        Object read(JsonParser parser) throws IOException;
    }

    /**
     * A value the stream reader leaves to the tree reader. Preallocated, without a stack trace: it is thrown
     * once per kind for the first object of each kind, and on errors only.
     */
    private static final RuntimeException NOT_TAKEN = new RuntimeException("left to the tree reader", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    /** How a type is read from the stream: its value, and what an absent field (or a JSON null) is. */
    private record Streamed(StreamReader reader, java.util.function.Supplier<Object> absent) {
        Object read(JsonParser parser) throws IOException {
            return parser.currentToken() == JsonToken.VALUE_NULL ? absent.get() : reader.read(parser);
        }
    }

    private static final java.util.function.Supplier<Object> REQUIRED = () -> {
        throw NOT_TAKEN;
    };

    private static final Map<Type, Streamed> STREAMED = new ConcurrentHashMap<>();

    /** The stream reader of a type: the rules of {@link #readerFor}, value for value. */
    static StreamReader streamReader(Type type) {
        return streamed(type)::read;
    }

    private static Streamed streamed(Type type) {
        Streamed known = STREAMED.get(type);
        if (known == null) {
            known = streamedFor(type);
            STREAMED.putIfAbsent(type, known);
        }
        return known;
    }

    private static Streamed streamedFor(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            Type element = typeArgument(type, 0);
            return new Streamed(p -> Optional.of(streamed(element).read(p)), Optional::empty);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = typeArgument(type, 0);
            return new Streamed(p -> streamCollection(p, raw, element), () -> collectionOf(raw, List.of()));
        }
        if (raw == DbObject.class) {
            return new Streamed(ModelJson::streamDbObject, REQUIRED);
        }
        if (raw.isRecord()) {
            return new Streamed(p -> streamRecord(p, SHAPES.get(raw), new Object[SHAPES.get(raw).names.length]),
                    REQUIRED);
        }
        if (raw.isEnum()) {
            Map<String, Object> constants = new java.util.HashMap<>();
            for (Object c : raw.getEnumConstants()) {
                constants.put(((Enum<?>) c).name(), c);
            }
            return new Streamed(p -> {
                Object c = p.currentToken() == JsonToken.VALUE_STRING ? constants.get(p.getText()) : null;
                if (c == null) {
                    throw NOT_TAKEN;
                }
                return c;
            }, REQUIRED);
        }
        if (raw == String.class) {
            return new Streamed(p -> {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw NOT_TAKEN;
                }
                return p.getText();
            }, REQUIRED);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new Streamed(p -> switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> throw NOT_TAKEN;
            }, REQUIRED);
        }
        if (raw == int.class || raw == Integer.class) {
            return new Streamed(p -> {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                    throw NOT_TAKEN;
                }
                return p.getIntValue();
            }, REQUIRED);
        }
        if (raw == long.class || raw == Long.class) {
            return new Streamed(p -> {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw NOT_TAKEN;
                }
                return p.getLongValue();
            }, REQUIRED);
        }
        // Maps, other sealed types and other scalars: rare in the model; their tree, read by the tree reader.
        return new Streamed(p -> fromTree(p.readValueAsTree(), type, At.root("")), () -> fromTree(null, type, At.root("")));
    }

    /** Reads any {@link DbObject} whose kind was read before: the type that read it then reads it again. */
    private static Object streamDbObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                || !p.currentName().equals("key")) {
            throw NOT_TAKEN;
        }
        p.nextToken();
        ObjectKey key = (ObjectKey) streamed(ObjectKey.class).read(p);
        Class<?> type = LAST_TYPE.get(key.kind());
        Shape shape = type == null ? null : SHAPES.get(type);
        Integer keyAt = shape == null ? null : shape.index.get("key");
        if (keyAt == null) {
            throw NOT_TAKEN;
        }
        Object[] args = new Object[shape.names.length];
        args[keyAt] = key;
        p.nextToken();
        return fields(p, shape, args);
    }

    private static Object streamRecord(JsonParser p, Shape shape, Object[] args) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw NOT_TAKEN;
        }
        p.nextToken();
        return fields(p, shape, args);
    }

    /** The record's fields from the current token (a field name or the object's end) to the object's end. */
    private static Object fields(JsonParser p, Shape shape, Object[] args) throws IOException {
        Streamed[] streamed = shape.streamed();
        for (JsonToken t = p.currentToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            Integer i = shape.index.get(p.currentName());
            if (i == null || args[i] != null) {
                // An unknown field, or one given twice: the tree reader's business.
                throw NOT_TAKEN;
            }
            p.nextToken();
            args[i] = streamed[i].read(p);
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                args[i] = streamed[i].absent.get();
            }
        }
        try {
            return shape.newInstance(args);
        } catch (RuntimeException e) {
            throw NOT_TAKEN;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + shape.type.getName(), e);
        }
    }

    private static Object streamCollection(JsonParser p, Class<?> raw, Type element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw NOT_TAKEN;
        }
        Streamed reader = streamed(element);
        List<Object> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw NOT_TAKEN;
            }
            values.add(reader.read(p));
        }
        return collectionOf(raw, values);
    }

    /** The collection a field of this type holds: the one place the reader picks it (both readers use it). */
    private static Object collectionOf(Class<?> raw, List<Object> values) {
        if (SortedSet.class.isAssignableFrom(raw)) {
            return new TreeSet<>(values);
        }
        if (Set.class.isAssignableFrom(raw)) {
            return Set.copyOf(values);
        }
        return List.copyOf(values);
    }

    private static void requireObject(JsonNode node, At at) {
        if (!node.isObject()) {
            throw new ReadException(at.toString(), "must be an object but is " + what(node));
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

    /**
     * What reflection says about a record type, looked up once per type (reflection is slow): its
     * component names in declaration order, their accessors and readers, and its canonical constructor.
     */
    private static final class Shape {
        final String[] names;
        /** The accessors as method handles, made on first write (a read never needs them). */
        private volatile MethodHandle[] accessors;
        private final Method[] accessorMethods;
        final Type[] types;
        final ValueReader[] readers;
        final Set<String> nameSet;
        /** Each component's position, by name (the stream reader looks fields up by name). */
        final Map<String, Integer> index = new java.util.HashMap<>();
        /** The components' stream readers, resolved on first use (a record may contain itself). */
        private volatile Streamed[] streamed;
        /**
         * The canonical constructor, called through reflection: a method handle spread over an array costs
         * each record type a few generated lambda forms, about a tenth of the CPU of a command-line run that
         * reads a snapshot file.
         */
        private final Constructor<?> constructor;
        final Class<?> type;

        Shape(Class<?> record) {
            this.type = record;
            RecordComponent[] components = record.getRecordComponents();
            names = new String[components.length];
            accessorMethods = new Method[components.length];
            types = new Type[components.length];
            readers = new ValueReader[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    names[i] = components[i].getName();
                    types[i] = components[i].getGenericType();
                    raw[i] = components[i].getType();
                    accessorMethods[i] = components[i].getAccessor();
                    Type componentType = types[i];
                    // Resolved on first use: a record may contain itself through a sealed interface.
                    readers[i] = (node, at) -> fromTree(node, componentType, at);
                }
                constructor = record.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor and accessors: "
                        + record, e);
            }
            nameSet = Set.of(names);
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        }

        Streamed[] streamed() {
            Streamed[] known = streamed;
            if (known == null) {
                known = new Streamed[types.length];
                for (int i = 0; i < known.length; i++) {
                    known[i] = ModelJson.streamed(types[i]);
                }
                streamed = known;
            }
            return known;
        }

        Set<String> names() {
            return new TreeSet<>(nameSet);
        }

        /** Whether every field of the node is a component of this record. */
        boolean hasEvery(JsonNode node) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                if (!nameSet.contains(it.next())) {
                    return false;
                }
            }
            return true;
        }

        private MethodHandle[] accessors() {
            MethodHandle[] known = accessors;
            if (known == null) {
                known = new MethodHandle[accessorMethods.length];
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                try {
                    for (int i = 0; i < known.length; i++) {
                        accessorMethods[i].setAccessible(true);
                        known[i] = lookup.unreflect(accessorMethods[i])
                                .asType(MethodType.methodType(Object.class, Object.class));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("a record's accessors are accessible: " + type, e);
                }
                accessors = known;
            }
            return known;
        }

        int size() {
            return names.length;
        }

        /** A new record of this type; what its compact constructor throws is thrown as it is. */
        Object newInstance(Object[] args) throws Throwable {
            try {
                return constructor.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }

        Object read(int i, Record record) {
            try {
                return accessors()[i].invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + names[i] + " of " + type, e);
            }
        }

        Object construct(Object[] args, At at) {
            try {
                return newInstance(args);
            } catch (RuntimeException e) {
                // The compact constructor rejects the value: it is not a valid record of this type.
                throw new ReadException(at.toString(), "is not a valid " + type.getSimpleName() + ": " + e.getMessage());
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> record) {
            return new Shape(record);
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
