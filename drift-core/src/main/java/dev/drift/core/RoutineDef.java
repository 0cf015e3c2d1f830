package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A function or procedure (aggregates are {@link AggregateDef}s). Its key carries the input argument
 * types, which tell overloads apart; the properties are what {@code CREATE FUNCTION} sets.
 *
 * @param key             the routine's key, with its input argument types
 * @param routineKind     function, procedure or window function
 * @param arguments       the argument list as {@code pg_get_function_arguments} renders it: modes, names,
 *                        types and defaults
 * @param returns         the result as {@code pg_get_function_result} renders it (e.g. {@code integer},
 *                        {@code SETOF public.t}, {@code TABLE(id integer)}); empty for a procedure
 * @param language        the language, e.g. {@code sql} or {@code plpgsql}
 * @param volatility      immutable, stable or volatile
 * @param strict          {@code STRICT} (returns null on null input)
 * @param securityDefiner {@code SECURITY DEFINER}
 * @param leakproof       {@code LEAKPROOF}
 * @param parallel        {@code PARALLEL SAFE/RESTRICTED/UNSAFE}
 * @param cost            {@code COST}, the planner's estimate in units of {@code cpu_operator_cost}
 * @param rows            {@code ROWS}, the estimated result rows of a set-returning function (0 otherwise)
 * @param support         the {@code SUPPORT} function, if any
 * @param config          the {@code SET name = value} settings, each {@code name=value} as {@code proconfig}
 *                        stores it, sorted
 * @param body            the source: {@code prosrc}, or for a SQL-standard body ({@code BEGIN ATOMIC} or
 *                        {@code RETURN}) the server's rendering of it
 * @param standardBody    whether {@link #body} is a SQL-standard body, written without quotes
 * @param binary          for a C function, the library file ({@code probin})
 */
public record RoutineDef(ObjectKey key, Kind routineKind, String arguments, Optional<String> returns, String language,
                         Volatility volatility, boolean strict, boolean securityDefiner, boolean leakproof,
                         Parallel parallel, double cost, double rows, Optional<String> support, List<String> config,
                         String body, boolean standardBody, Optional<String> binary) implements DbObject {

    /** A function, a procedure or a window function ({@code pg_proc.prokind}). */
    public enum Kind { FUNCTION, PROCEDURE, WINDOW }

    /** {@code pg_proc.provolatile}. */
    public enum Volatility { IMMUTABLE, STABLE, VOLATILE }

    /** {@code pg_proc.proparallel}. */
    public enum Parallel { SAFE, RESTRICTED, UNSAFE }

    public RoutineDef {
        Keys.require(key, ObjectKind.ROUTINE);
        Objects.requireNonNull(routineKind, "routineKind");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(volatility, "volatility");
        Objects.requireNonNull(parallel, "parallel");
        Objects.requireNonNull(support, "support");
        config = List.copyOf(new TreeSet<>(config));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(binary, "binary");
        if ((routineKind == Kind.PROCEDURE) != returns.isEmpty()) {
            throw new IllegalArgumentException("routine " + key.displayName()
                    + ": a procedure has no result and a function must have one");
        }
    }

    /** A plain volatile function in the given language, for tests and hand-built catalogs. */
    public static RoutineDef function(ObjectKey key, String arguments, String returns, String language, String body) {
        return new RoutineDef(key, Kind.FUNCTION, arguments, Optional.of(returns), language, Volatility.VOLATILE, false,
                false, false, Parallel.UNSAFE, 100, 0, Optional.empty(), List.of(), body, false, Optional.empty());
    }

    public boolean isProcedure() {
        return routineKind == Kind.PROCEDURE;
    }
}
