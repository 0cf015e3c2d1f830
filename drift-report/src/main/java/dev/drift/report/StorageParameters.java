package dev.drift.report;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Storage parameters ({@code reloptions}) of tables and materialized views, as the model keeps them:
 * {@code name=value}, the TOAST table's prefixed {@code toast.}. One home for their clauses: {@code WITH (...)}
 * on create, {@code SET (...)}/{@code RESET (...)} on alter. Names and values come from a tenant or a snapshot
 * file: each name is quoted as an identifier and each value as a literal (PostgreSQL takes either for a value,
 * as pg_dump writes them).
 */
final class StorageParameters {

    private static final String TOAST = "toast.";

    private StorageParameters() {
    }

    /** {@code " WITH (a='1', ...)"}, or nothing for no parameters. */
    static String with(List<String> parameters) {
        return parameters.isEmpty() ? "" : " WITH (" + String.join(", ", parameters.stream().map(StorageParameters::setting).toList()) + ")";
    }

    /**
     * The {@code RESET (...)} of parameters the reference lacks and the {@code SET (...)} of those it has with
     * another value, each to follow {@code ALTER TABLE name} (or another kind's alter); none when they agree.
     */
    static List<String> alter(List<String> reference, List<String> target) {
        Map<String, String> wanted = byName(reference);
        Map<String, String> present = byName(target);
        List<String> reset = new ArrayList<>();
        for (String name : present.keySet()) {
            if (!wanted.containsKey(name)) {
                reset.add(name(name));
            }
        }
        List<String> set = new ArrayList<>();
        wanted.forEach((name, value) -> {
            if (!present.containsKey(name) || !Objects.equals(present.get(name), value)) {
                set.add(setting(name, value));
            }
        });
        List<String> out = new ArrayList<>();
        if (!reset.isEmpty()) {
            out.add("RESET (" + String.join(", ", reset) + ")");
        }
        if (!set.isEmpty()) {
            out.add("SET (" + String.join(", ", set) + ")");
        }
        return out;
    }

    private static Map<String, String> byName(List<String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int eq = parameter.indexOf('=');
            out.put(eq < 0 ? parameter : parameter.substring(0, eq), eq < 0 ? null : parameter.substring(eq + 1));
        }
        return out;
    }

    private static String setting(String parameter) {
        int eq = parameter.indexOf('=');
        return eq < 0 ? setting(parameter, null) : setting(parameter.substring(0, eq), parameter.substring(eq + 1));
    }

    private static String setting(String name, String value) {
        return value == null ? name(name) : name(name) + "=" + Sql.literal(value);
    }

    private static String name(String name) {
        return name.startsWith(TOAST) && name.length() > TOAST.length()
                ? "toast." + Sql.ident(name.substring(TOAST.length())) : Sql.ident(name);
    }
}
