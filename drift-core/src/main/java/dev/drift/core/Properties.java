package dev.drift.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The comparable properties of a model object, read from its record components (all but the key).
 * Nested records are flattened with dotted names ({@code identity.options.start}); an absent optional
 * has no entry, so "absent" and "present" always differ.
 */
final class Properties {
    private Properties() {
    }

    /** A record component's name and accessor. */
    private record Component(String name, Method accessor) {
    }

    /**
     * The components of each record class, looked up once: {@link Class#getRecordComponents} builds them
     * afresh on every call, and fingerprinting or diffing a catalog reads them for every object.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = new Component(components[i].getName(), components[i].getAccessor());
            }
            return out;
        }
    };

    /**
     * Where flattened properties go, in order: a map, or the canonical text as it is written. (Classes, not
     * lambdas: a lambda here kept other lambdas of a command-line run out of the class-data archive, and a
     * snapshot-file diff took 0.2 s longer.)
     */
    private interface Sink {
        void put(String name, String value);
    }

    private record IntoMap(Map<String, String> map) implements Sink {
        @Override
        public void put(String name, String value) {
            map.put(name, value);
        }
    }

    private record IntoText(StringBuilder text) implements Sink {
        @Override
        public void put(String name, String value) {
            text.append("\n    ").append(name).append(" = ").append(value);
        }
    }

    static Map<String, String> of(DbObject object) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", (Record) object, new IntoMap(out));
        return out;
    }

    private static void flatten(String prefix, Record record, Sink out) {
        for (Component component : COMPONENTS.get(record.getClass())) {
            if (prefix.isEmpty() && component.name().equals("key")) {
                continue;
            }
            String name = prefix.isEmpty() ? component.name() : prefix + component.name();
            put(name, read(component, record), out);
        }
    }

    private static void put(String name, Object value, Sink out) {
        if (value instanceof String text) {
            out.put(name, text);
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                put(name, optional.get(), out);
            }
        } else if (value instanceof ObjectKey key) {
            out.put(name, key.displayName());
        } else if (value instanceof Record nested) {
            flatten(name + ".", nested, out);
        } else if (value instanceof Collection<?> list) {
            StringBuilder b = new StringBuilder("[");
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    b.append(", ");
                }
                b.append(element);
                first = false;
            }
            out.put(name, b.append(']').toString());
        } else if (value instanceof Enum<?> e) {
            out.put(name, e.name().toLowerCase(Locale.ROOT));
        } else {
            out.put(name, String.valueOf(value));
        }
    }

    private static Object read(Component component, Record record) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.name() + " of " + record.getClass(), e);
        }
    }

    /** One line per object: its key and its properties, in a fixed order. The canonical form. */
    static String canonical(DbObject object) {
        return appendCanonical(object, new StringBuilder()).toString();
    }

    /** Appends the object's canonical form to {@code text} (no line break after it); returns {@code text}. */
    static StringBuilder appendCanonical(DbObject object, StringBuilder text) {
        text.append(object.key().toString());
        flatten("", (Record) object, new IntoText(text));
        return text;
    }
}
