package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.DomainDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;
import dev.drift.core.TypeDef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@code ALTER COLUMN ... TYPE ... USING} turns a column's values into its new type: with the cast between
 * the two types where PostgreSQL has one, else through text (every type has a text form and reads one back), which
 * PostgreSQL would refuse to write as a cast ({@code cannot cast type bigint to timestamp without time zone}).
 *
 * <p>Whether a cast exists follows PostgreSQL's own rules: a domain converts as its base type, an array as its
 * elements, anything converts to a string type and from one (I/O conversion), an enum, composite or range has no
 * cast to any other type, and built-in types have the casts {@code builtin-casts.tsv} lists (as {@code pg_cast} has
 * them on each supported major). A type Drift does not know (an extension's) is assumed to have its cast, as before:
 * only a conversion known to have none goes through text. Casts made with {@code CREATE CAST} are not read.
 */
final class Casts {

    /** The string types: PostgreSQL converts any type to them and from them through text (I/O conversion). */
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character", "name");
    private static final Pattern TYPE_MODIFIER = Pattern.compile("\\(\\d+(,\\d+)?\\)");
    /** Source and target, tab-separated, to the majors that have the cast (first, last; 0 for no bound). */
    private static final Map<String, int[]> BUILT_IN = load();

    private Casts() {
    }

    /** {@code col::text::to}: what converts a value of any type whose text form is valid input of {@code to}. */
    static String throughText(String column, String to) {
        return column + "::text::" + to;
    }

    /** Whether PostgreSQL has a cast (of any context) from {@code from} to {@code to} on the target's server. */
    static boolean exists(String from, String to, PlanContext context) {
        return exists(resolve(from, context.target), resolve(to, context.reference), context.target.serverVersion());
    }

    /** A type as conversions see it: its name without modifiers, its array dimensions, what kind it is. */
    private record Type(String name, boolean array, Kind kind) {
        enum Kind { BUILT_IN, STRING, USER_WITHOUT_CASTS, UNKNOWN }

        Type element() {
            return new Type(name, false, kind);
        }
    }

    private static Type resolve(String written, Catalog catalog) {
        String type = written.strip();
        boolean array = false;
        while (type.endsWith("[]")) {
            array = true;
            type = type.substring(0, type.length() - 2);
        }
        Optional<TypeDef> user = userType(type, catalog);
        if (user.isPresent()) {
            if (user.get() instanceof DomainDef d) {
                Type base = resolve(d.baseType(), catalog); // a domain converts as its base type
                return new Type(base.name(), array || base.array(), base.kind());
            }
            return new Type(type, array, Type.Kind.USER_WITHOUT_CASTS);
        }
        if (isTable(type, catalog)) {
            return new Type(type, array, Type.Kind.USER_WITHOUT_CASTS); // a row type
        }
        if (qualified(type)) {
            return new Type(type, array, Type.Kind.UNKNOWN);
        }
        String name = TYPE_MODIFIER.matcher(type).replaceAll("");
        if (name.startsWith("interval")) {
            name = "interval"; // interval day to second(3)
        }
        return new Type(name, array, STRING_TYPES.contains(name) ? Type.Kind.STRING : Type.Kind.BUILT_IN);
    }

    private static boolean exists(Type from, Type to, int serverVersion) {
        if (to.kind() == Type.Kind.STRING && !to.array() || from.kind() == Type.Kind.STRING && !from.array()) {
            return true; // I/O conversion, to a string type (assignment) or from one (explicit)
        }
        if (from.array() || to.array()) {
            return from.array() && to.array() && exists(from.element(), to.element(), serverVersion);
        }
        if (from.name().equals(to.name())) {
            return true; // the same type (a length coercion at most)
        }
        if (from.kind() == Type.Kind.UNKNOWN || to.kind() == Type.Kind.UNKNOWN) {
            return true; // an extension's type: assumed to have its cast
        }
        if (from.kind() == Type.Kind.USER_WITHOUT_CASTS || to.kind() == Type.Kind.USER_WITHOUT_CASTS) {
            return false;
        }
        int[] majors = BUILT_IN.get(from.name() + "\t" + to.name());
        int major = serverVersion / 10000;
        return majors != null && major >= majors[0] && (majors[1] == 0 || major <= majors[1]);
    }

    /** A user type of the catalog by the name {@code format_type} gives it under Drift's search path. */
    private static Optional<TypeDef> userType(String written, Catalog catalog) {
        if (!qualified(written)) {
            return Optional.empty();
        }
        return catalog.objects(TypeDef.class).stream().filter(t -> Sql.qualified(t.key()).equals(written)).findFirst();
    }

    private static boolean isTable(String written, Catalog catalog) {
        return qualified(written) && catalog.objects().stream()
                .filter(o -> o.key().kind().isRelation())
                .anyMatch(o -> Sql.qualified(ObjectKey.table(o.key().schema(), o.key().name())).equals(written));
    }

    /** Whether a type name has a schema: a dot outside double quotes ({@code "char"} is built in). */
    private static boolean qualified(String type) {
        boolean quoted = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> out = new HashMap<>();
        try (InputStream in = Casts.class.getResourceAsStream("builtin-casts.tsv")) {
            if (in == null) {
                throw new IllegalStateException("builtin-casts.tsv is missing from drift-report");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                int[] majors = {0, 0};
                if (parts.length > 2) {
                    String[] range = parts[2].split("-", -1);
                    majors[0] = Integer.parseInt(range[0]);
                    majors[1] = range[1].isEmpty() ? 0 : Integer.parseInt(range[1]);
                }
                out.put(parts[0] + "\t" + parts[1], majors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
