package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Functions and procedures. Attribute changes are {@code ALTER FUNCTION}, a new body
 * or language is {@code CREATE OR REPLACE}, and so is an argument change PostgreSQL replaces (a default
 * added or changed, an unnamed input named: {@link RoutineArguments}); a change of kind, of other argument
 * names, modes or defaults, or of the result cannot be made in place, and the routine is dropped and
 * created again with what depends on it.
 */
final class RoutinePlanner extends KindPlanner<RoutineDef> {

    /** Settings whose value is a list that {@code SET} takes as separate, quoted elements. */
    private static final Set<String> LIST_SETTINGS = Set.of("search_path", "temp_tablespaces",
            "local_preload_libraries", "session_preload_libraries", "shared_preload_libraries");

    RoutinePlanner() {
        super(ObjectKind.ROUTINE, RoutineDef.class);
    }

    @Override
    Planned create(RoutineDef routine, PlanContext context) {
        Planned created = Planned.of(createStatement(routine));
        if (!routine.securityDefiner() || context.target.find(routine.key()).isPresent()) {
            return created;
        }
        // It runs with its owner's rights: it gets its owner in the reference, never the role that runs the script
        // (without one in the reference, TrustHazards holds its creation back).
        return context.reference.objects(OwnerDef.class).stream().filter(o -> o.subject().equals(routine.key()))
                .findFirst().map(owner -> Planned.builder().add(created).add(OwnerPlanner.set(owner, context)).build())
                .orElse(created);
    }

    private static FixStatement createStatement(RoutineDef routine) {
        return new FixStatement(Phase.ROUTINES, routine.key(), createSql(routine, false), true, List.of());
    }

    @Override
    Planned drop(RoutineDef routine, PlanContext context) {
        return Planned.of(dropStatement(routine, PlanContext.dataLoss(
                "drops a routine the reference does not have; callers fail")));
    }

    private static FixStatement dropStatement(RoutineDef routine, Hazard... hazards) {
        return new FixStatement(Phase.DROP_ROUTINES, routine.key(), "DROP " + word(routine) + " " + signature(routine.key()),
                true, List.of(hazards));
    }

    @Override
    boolean needsRecreate(RoutineDef reference, RoutineDef target) {
        boolean argumentsNeedRecreate = !reference.arguments().equals(target.arguments())
                && !RoutineArguments.replaceable(reference.arguments(), target.arguments(), reference.key().arguments());
        return reference.routineKind() != target.routineKind() || argumentsNeedRecreate
                || !reference.returns().equals(target.returns())
                || (reference.support().isEmpty() && target.support().isPresent());
    }

    /** The in-place change of a routine whose kind, arguments and result stay. */
    @Override
    Planned alter(Change.Changed change, RoutineDef r, RoutineDef t, PlanContext context) {
        if (!r.body().equals(t.body()) || !r.language().equals(t.language()) || r.standardBody() != t.standardBody()
                || !r.binary().equals(t.binary()) || !r.arguments().equals(t.arguments())) {
            return Planned.of(new FixStatement(Phase.ROUTINES, r.key(), createSql(r, true), true, List.of()));
        }
        List<String> parts = new ArrayList<>();
        if (r.volatility() != t.volatility()) {
            parts.add(r.volatility().name());
        }
        if (r.strict() != t.strict()) {
            parts.add(r.strict() ? "STRICT" : "CALLED ON NULL INPUT");
        }
        if (r.securityDefiner() != t.securityDefiner()) {
            parts.add(r.securityDefiner() ? "SECURITY DEFINER" : "SECURITY INVOKER");
        }
        if (r.leakproof() != t.leakproof()) {
            parts.add(r.leakproof() ? "LEAKPROOF" : "NOT LEAKPROOF");
        }
        if (r.parallel() != t.parallel()) {
            parts.add("PARALLEL " + r.parallel().name());
        }
        if (r.cost() != t.cost()) {
            parts.add("COST " + number(r.cost()));
        }
        if (r.rows() != t.rows() && r.rows() > 0) {
            parts.add("ROWS " + number(r.rows()));
        }
        if (!r.support().equals(t.support())) {
            parts.add("SUPPORT " + r.support().orElseThrow());
        }
        Map<String, String> from = settings(t);
        Map<String, String> to = settings(r);
        to.forEach((name, value) -> {
            if (!value.equals(from.get(name))) {
                parts.add(setClause(name, value));
            }
        });
        from.keySet().stream().filter(name -> !to.containsKey(name)).forEach(name -> parts.add("RESET " + name));
        // ALTER takes one SET or RESET per action list entry; several entries go in one statement.
        if (parts.isEmpty()) {
            return Planned.NOTHING;
        }
        return Planned.of(Phase.ROUTINES, r.key(), "ALTER " + word(r) + " " + signature(r.key()) + " "
                + String.join(" ", parts));
    }

    private static String word(RoutineDef routine) {
        return routine.isProcedure() ? "PROCEDURE" : "FUNCTION";
    }

    /** {@code schema.name(type, ...)}: the input types identify a routine among its overloads. */
    static String signature(ObjectKey key) {
        return Sql.qualified(key.schema(), key.name()) + "(" + String.join(", ", key.arguments()) + ")";
    }

    static String createSql(RoutineDef r, boolean orReplace) {
        StringBuilder b = new StringBuilder("CREATE ");
        if (orReplace) {
            b.append("OR REPLACE ");
        }
        b.append(word(r)).append(' ').append(Sql.qualified(r.key().schema(), r.key().name()))
                .append('(').append(r.arguments()).append(")\n");
        r.returns().ifPresent(result -> b.append(" RETURNS ").append(result).append('\n'));
        b.append(" LANGUAGE ").append(Sql.ident(r.language()));
        if (r.routineKind() == RoutineDef.Kind.WINDOW) {
            b.append(" WINDOW");
        }
        if (!r.isProcedure()) {
            if (r.volatility() != RoutineDef.Volatility.VOLATILE) {
                b.append(' ').append(r.volatility().name());
            }
            if (r.strict()) {
                b.append(" STRICT");
            }
            if (r.leakproof()) {
                b.append(" LEAKPROOF");
            }
            if (r.parallel() != RoutineDef.Parallel.UNSAFE) {
                b.append(" PARALLEL ").append(r.parallel().name());
            }
            boolean builtInLanguage = r.language().equals("c") || r.language().equals("internal");
            if (r.cost() != (builtInLanguage ? 1 : 100)) {
                b.append(" COST ").append(number(r.cost()));
            }
            if (r.rows() > 0 && r.rows() != 1000) {
                b.append(" ROWS ").append(number(r.rows()));
            }
            r.support().ifPresent(s -> b.append(" SUPPORT ").append(s));
        }
        if (r.securityDefiner()) {
            b.append(" SECURITY DEFINER");
        }
        b.append('\n');
        settings(r).forEach((name, value) -> b.append(' ').append(setClause(name, value)).append('\n'));
        if (r.standardBody()) {
            b.append(r.body());
        } else if (r.binary().isPresent()) {
            b.append("AS ").append(Sql.literal(r.binary().get())).append(", ").append(Sql.literal(r.body()));
        } else {
            String tag = dollarTag(r.isProcedure() ? "procedure" : "function", r.body());
            b.append("AS ").append(tag).append(r.body()).append(tag);
        }
        return b.toString();
    }

    /** {@code $function$}, or a variant that does not occur in the body. */
    private static String dollarTag(String word, String body) {
        String tag = "$" + word + "$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$" + word + "_" + i + "$";
        }
        return tag;
    }

    private static Map<String, String> settings(RoutineDef r) {
        Map<String, String> out = new TreeMap<>();
        for (String entry : r.config()) {
            int eq = entry.indexOf('=');
            out.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return out;
    }

    /** {@code SET name TO value} as {@code proconfig} stored it; list settings element by element. */
    private static String setClause(String name, String value) {
        String rendered;
        if (LIST_SETTINGS.contains(name.toLowerCase(Locale.ROOT))) {
            List<String> elements = new ArrayList<>();
            for (String element : splitList(value)) {
                elements.add(Sql.literal(element));
            }
            rendered = String.join(", ", elements);
        } else {
            rendered = Sql.literal(value);
        }
        return "SET " + Sql.ident(name) + " TO " + rendered;
    }

    /** Splits {@code a, "B c", d} into its elements, removing the double quotes. */
    private static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString().strip());
        return out;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    // ---- dropped and created again

    @Override
    Optional<String> cannotRecreate(RoutineDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(RoutineDef old, Optional<RoutineDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old, why)), wanted.map(w -> Planned.of(createStatement(w))));
    }

    // ---- attributes

    @Override
    String commentTarget(ObjectKey key) {
        return "ROUTINE " + signature(key);
    }

    @Override
    String grantTarget(ObjectKey key) {
        return "ROUTINE " + signature(key);
    }

    @Override
    List<String> grantedToPublicOnCreate() {
        return List.of("EXECUTE");
    }
}
