package dev.drift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a routine's argument list ({@code pg_get_function_arguments}) can change through
 * {@code CREATE OR REPLACE}. The argument types are the routine's identity, so they are equal here; what
 * PostgreSQL still refuses to replace (ProcedureCreate): a changed or removed name of an input argument
 * (naming an unnamed one is allowed), fewer defaults than before, a changed mode, and any change of an
 * output argument (it changes the result row type). Anything this class cannot read counts as refused.
 */
final class RoutineArguments {
    private RoutineArguments() {
    }

    /** One argument: its mode ({@code IN} when none is written), the text before any default, and whether it has one. */
    private record Argument(String mode, String declaration, boolean hasDefault) {
        boolean output() {
            return mode.equals("OUT") || mode.equals("TABLE");
        }
    }

    /**
     * @param types the input argument types of the routine (its key), to tell a name from a type
     */
    static boolean replaceable(String reference, String target, List<String> types) {
        Optional<List<Argument>> wanted = parse(reference);
        Optional<List<Argument>> had = parse(target);
        if (wanted.isEmpty() || had.isEmpty() || wanted.get().size() != had.get().size()) {
            return false;
        }
        int input = 0;
        int wantedDefaults = 0;
        int hadDefaults = 0;
        for (int i = 0; i < wanted.get().size(); i++) {
            Argument w = wanted.get().get(i);
            Argument h = had.get().get(i);
            if (!w.mode().equals(h.mode())) {
                return false;
            }
            if (w.output()) {
                if (!w.declaration().equals(h.declaration())) {
                    return false;
                }
                continue;
            }
            if (input >= types.size()) {
                return false;
            }
            String type = types.get(input++);
            Optional<String> wantedName = name(w.declaration(), type);
            Optional<String> hadName = name(h.declaration(), type);
            if (wantedName.isEmpty() || hadName.isEmpty()
                    || (!hadName.get().isEmpty() && !hadName.get().equals(wantedName.get()))) {
                return false;
            }
            wantedDefaults += w.hasDefault() ? 1 : 0;
            hadDefaults += h.hasDefault() ? 1 : 0;
        }
        return wantedDefaults >= hadDefaults;
    }

    /** The name in {@code name type} (empty for an unnamed argument); empty optional when the type does not match. */
    private static Optional<String> name(String declaration, String type) {
        if (declaration.equals(type)) {
            return Optional.of("");
        }
        return declaration.endsWith(" " + type)
                ? Optional.of(declaration.substring(0, declaration.length() - type.length() - 1))
                : Optional.empty();
    }

    private static Optional<List<Argument>> parse(String arguments) {
        List<Argument> out = new ArrayList<>();
        if (arguments.isBlank()) {
            return Optional.of(out);
        }
        for (String part : splitTopLevel(arguments)) {
            String text = part.strip();
            String mode = "IN";
            for (String m : List.of("INOUT ", "OUT ", "VARIADIC ", "TABLE ")) {
                if (text.startsWith(m)) {
                    mode = m.strip();
                    text = text.substring(m.length());
                    break;
                }
            }
            int defaultAt = topLevelIndexOf(text, " DEFAULT ");
            out.add(new Argument(mode, defaultAt < 0 ? text : text.substring(0, defaultAt), defaultAt >= 0));
        }
        return Optional.of(out);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0; // a doubled quote closes and reopens: same result
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The first occurrence of {@code needle} outside quotes (names are quoted when they hold spaces). */
    private static int topLevelIndexOf(String text, String needle) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
