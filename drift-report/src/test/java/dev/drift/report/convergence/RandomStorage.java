package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Storage parameters for the random schemas (issue #14): a table with a TOAST table and a materialized view
 * over it, in a schema of their own, each with random {@code reloptions} (the TOAST table's as {@code toast.*});
 * a mutation sets, changes or resets one of them.
 */
final class RandomStorage {

    /** Each parameter with a random value that PostgreSQL 14 and later accept on a table. */
    private static final Map<String, Function<SplittableRandom, String>> TABLE = Map.of(
            "fillfactor", r -> String.valueOf(10 + r.nextInt(91)),
            "autovacuum_enabled", r -> String.valueOf(r.nextBoolean()),
            "toast.autovacuum_enabled", r -> String.valueOf(r.nextBoolean()),
            "toast_tuple_target", r -> String.valueOf(128 + r.nextInt(1000)),
            "parallel_workers", r -> String.valueOf(r.nextInt(9)),
            "autovacuum_vacuum_scale_factor", r -> r.nextBoolean() ? "0.1" : "0.25",
            "toast.autovacuum_vacuum_cost_delay", r -> String.valueOf(r.nextInt(100)));
    /** The parameters the random materialized view takes (a subset of the table's). */
    private static final List<String> MATVIEW = List.of("fillfactor", "autovacuum_enabled", "toast.autovacuum_enabled",
            "parallel_workers");

    private String schema;
    private final Map<String, String> table = new TreeMap<>();
    private boolean matview;
    private final Map<String, String> matviewParameters = new TreeMap<>();

    private RandomStorage() {
    }

    static RandomStorage generate(String prefix, SplittableRandom random) {
        RandomStorage s = new RandomStorage();
        s.schema = prefix + "_s";
        for (int i = random.nextInt(4); i > 0; i--) {
            s.change(random, false);
        }
        s.matview = random.nextBoolean();
        for (int i = random.nextInt(3); i > 0; i--) {
            s.change(random, true);
        }
        return s;
    }

    RandomStorage copy() {
        RandomStorage s = new RandomStorage();
        s.schema = schema;
        s.table.putAll(table);
        s.matview = matview;
        s.matviewParameters.putAll(matviewParameters);
        return s;
    }

    String mutateOnce(SplittableRandom random) {
        if (random.nextInt(6) == 0) {
            matview = !matview;
            return "storage: toggle materialized view";
        }
        return change(random, random.nextBoolean());
    }

    /** Sets a random parameter to a random value, or resets one that is set. */
    private String change(SplittableRandom random, boolean ofMatview) {
        List<String> names = ofMatview ? MATVIEW : List.copyOf(new TreeMap<>(TABLE).keySet());
        Map<String, String> parameters = ofMatview ? matviewParameters : table;
        String name = names.get(random.nextInt(names.size()));
        if (parameters.containsKey(name) && random.nextInt(3) == 0) {
            parameters.remove(name);
            return "storage: reset " + name;
        }
        String value = TABLE.get(name).apply(random);
        parameters.put(name, value);
        return "storage: set " + name + "=" + value;
    }

    void render(StringBuilder b) {
        String qualifiedTable = Sql.qualified(schema, "stored");
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        b.append("CREATE TABLE ").append(qualifiedTable).append(" (id integer PRIMARY KEY, body text)")
                .append(with(table)).append(";\n");
        if (matview) {
            b.append("CREATE MATERIALIZED VIEW ").append(Sql.qualified(schema, "stored_view")).append(with(matviewParameters))
                    .append(" AS SELECT id, body FROM ").append(qualifiedTable).append(";\n");
        }
    }

    private static String with(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : " WITH (" + String.join(", ", parameters.entrySet().stream()
                .map(e -> e.getKey() + " = " + Sql.literal(e.getValue())).toList()) + ")";
    }
}
