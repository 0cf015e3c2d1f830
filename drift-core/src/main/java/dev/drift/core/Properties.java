package dev.drift.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comparable properties of a model object, read from its record components (all but the key).
 * Nested records are flattened with dotted names ({@code identity.options.start}); an absent optional
 * has no entry, so "absent" and "present" always differ.
 */
final class Properties {
    private Properties() {
    }

    /**
     * The components of each record class, looked up once: {@link Class#getRecordComponents} builds them
     * afresh on every call, and fingerprinting or diffing a catalog reads them for every object.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    static Map<String, String> of(DbObject object) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", (Record) object, out);
        out.remove("key");
        return out;
    }

    private static void flatten(String prefix, Record record, Map<String, String> out) {
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            String name = prefix + component.getName();
            if (prefix.isEmpty() && name.equals("key")) {
                continue;
            }
            put(name, read(component, record), out);
        }
    }

    private static void put(String name, Object value, Map<String, String> out) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> put(name, v, out));
        } else if (value instanceof ObjectKey key) {
            out.put(name, key.displayName());
        } else if (value instanceof Record nested) {
            flatten(name + ".", nested, out);
        } else if (value instanceof Collection<?> list) {
            out.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
        } else if (value instanceof Enum<?> e) {
            out.put(name, e.name().toLowerCase(Locale.ROOT));
        } else {
            out.put(name, String.valueOf(value));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    /** One line per object: its key and its properties, in a fixed order. The canonical form. */
    static String canonical(DbObject object) {
        StringBuilder b = new StringBuilder(object.key().toString());
        of(object).forEach((k, v) -> b.append("\n    ").append(k).append(" = ").append(v));
        return b.toString();
    }
}
