package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The object kinds of a random schema beyond tables and sequences, in a schema of the pair's own:
 * an enum, a domain and a composite type; a table whose value column changes type under a view and a
 * materialized view (with an index) that read it; SQL functions with an overload, a plpgsql function
 * and a trigger function with its trigger; a range-partitioned table with partitions, a default
 * partition and a partitioned index; comments on most of them. Literals in bodies, definitions and
 * comments carry quotes, semicolons, backslashes and unicode.
 *
 * <p>Mutable on purpose like {@link RandomSchema}: a mutation edits a copy. What is rendered is always
 * consistent (a view is rendered only with the table it reads, and so on).
 */
final class RandomObjects {

    /** Literals for bodies, view definitions, defaults and comments. */
    private static final List<String> LITERALS = List.of("plain", "it's", "semi;colon", "back\\slash", "ünï 名前",
            "two\nlines", "$$dollar$$", "");

    /** The value column's types: the view and the materialized view must follow its changes. */
    private static final List<String> VALUE_TYPES = List.of("integer", "bigint", "numeric(12,2)", "text", "varchar(40)");

    private String schema;
    private String table;
    private String valueType;
    // types
    private String enumName;
    private final List<String> enumValues = new ArrayList<>();
    private Optional<String> enumDefault = Optional.empty();
    private String domainName;
    private Optional<Integer> domainDefault = Optional.empty();
    private boolean domainNotNull;
    private Optional<Integer> domainCheckBound = Optional.empty();
    private String compositeName;
    private final List<String[]> attributes = new ArrayList<>();
    // views
    private boolean view;
    private int viewFilter;
    private String viewLiteral;
    private boolean viewSecurityBarrier;
    private boolean matview;
    private int matviewFilter;
    private boolean matviewIndex;
    // routines and triggers
    private boolean sqlFunction;
    private int sqlFunctionAddend;
    private String sqlFunctionVolatility = "IMMUTABLE";
    private boolean sqlFunctionStrict;
    private boolean sqlOverload;
    private String overloadLiteral;
    private boolean plpgsqlFunction;
    private String plpgsqlLiteral;
    private boolean trigger;
    private String triggerTiming = "BEFORE";
    private String triggerEvents = "INSERT";
    private boolean triggerWhen;
    // partitions
    private boolean partitioned;
    private final List<Integer> partitionStarts = new ArrayList<>();
    private boolean defaultPartition;
    private boolean partitionIndex;
    // comments: table, value column, view, function, enum, schema
    private final String[] comments = new String[6];

    private RandomObjects() {
    }

    static RandomObjects generate(String prefix, SplittableRandom random) {
        RandomObjects o = new RandomObjects();
        o.schema = prefix + (random.nextInt(4) == 0 ? "_o " + RandomSchema.oddIdentifier(random) : "_o");
        o.table = random.nextInt(4) == 0 ? "Values " + RandomSchema.oddIdentifier(random) : "vals";
        o.valueType = pick(random, VALUE_TYPES);
        o.enumName = random.nextInt(4) == 0 ? "Mood" : "mood";
        o.enumValues.addAll(List.of("sad", "ok", random.nextBoolean() ? "happy" : "it's"));
        o.enumDefault = random.nextBoolean() ? Optional.of(o.enumValues.get(1)) : Optional.empty();
        o.domainName = random.nextInt(4) == 0 ? "select" : "amount";
        o.domainDefault = random.nextBoolean() ? Optional.of(random.nextInt(100)) : Optional.empty();
        o.domainNotNull = random.nextInt(4) == 0;
        o.domainCheckBound = random.nextBoolean() ? Optional.of(-random.nextInt(100)) : Optional.empty();
        o.compositeName = random.nextInt(4) == 0 ? "pair of ü" : "pair";
        o.attributes.add(new String[] {"a", "integer"});
        o.attributes.add(new String[] {"b", "text"});
        o.view = random.nextInt(3) != 0;
        o.viewFilter = random.nextInt(3);
        o.viewLiteral = pick(random, LITERALS);
        o.viewSecurityBarrier = random.nextInt(4) == 0;
        o.matview = random.nextBoolean();
        o.matviewFilter = random.nextInt(3);
        o.matviewIndex = random.nextBoolean();
        o.sqlFunction = random.nextInt(3) != 0;
        o.sqlFunctionAddend = random.nextInt(10);
        o.sqlFunctionStrict = random.nextBoolean();
        o.sqlOverload = random.nextBoolean();
        o.overloadLiteral = pick(random, LITERALS);
        o.plpgsqlFunction = random.nextBoolean();
        o.plpgsqlLiteral = pick(random, LITERALS);
        o.trigger = random.nextBoolean();
        o.triggerWhen = random.nextInt(3) == 0;
        o.partitioned = random.nextBoolean();
        o.partitionStarts.addAll(List.of(0, 100));
        o.defaultPartition = random.nextInt(3) == 0;
        o.partitionIndex = random.nextBoolean();
        for (int i = 0; i < o.comments.length; i++) {
            o.comments[i] = random.nextInt(3) == 0 ? pick(random, LITERALS) : null;
        }
        return o;
    }

    RandomObjects copy() {
        RandomObjects o = new RandomObjects();
        o.schema = schema;
        o.table = table;
        o.valueType = valueType;
        o.enumName = enumName;
        o.enumValues.addAll(enumValues);
        o.enumDefault = enumDefault;
        o.domainName = domainName;
        o.domainDefault = domainDefault;
        o.domainNotNull = domainNotNull;
        o.domainCheckBound = domainCheckBound;
        o.compositeName = compositeName;
        attributes.forEach(a -> o.attributes.add(a.clone()));
        o.view = view;
        o.viewFilter = viewFilter;
        o.viewLiteral = viewLiteral;
        o.viewSecurityBarrier = viewSecurityBarrier;
        o.matview = matview;
        o.matviewFilter = matviewFilter;
        o.matviewIndex = matviewIndex;
        o.sqlFunction = sqlFunction;
        o.sqlFunctionAddend = sqlFunctionAddend;
        o.sqlFunctionVolatility = sqlFunctionVolatility;
        o.sqlFunctionStrict = sqlFunctionStrict;
        o.sqlOverload = sqlOverload;
        o.overloadLiteral = overloadLiteral;
        o.plpgsqlFunction = plpgsqlFunction;
        o.plpgsqlLiteral = plpgsqlLiteral;
        o.trigger = trigger;
        o.triggerTiming = triggerTiming;
        o.triggerEvents = triggerEvents;
        o.triggerWhen = triggerWhen;
        o.partitioned = partitioned;
        o.partitionStarts.addAll(partitionStarts);
        o.defaultPartition = defaultPartition;
        o.partitionIndex = partitionIndex;
        System.arraycopy(comments, 0, o.comments, 0, comments.length);
        return o;
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- mutation -----------------------------------------------------------------------------

    String mutateOnce(SplittableRandom random) {
        switch (random.nextInt(16)) {
            case 0 -> {
                String was = valueType;
                valueType = pick(random, VALUE_TYPES);
                return "value column type " + was + " -> " + valueType + " (under the views)";
            }
            case 1 -> {
                String value = "v" + enumValues.size() + (random.nextBoolean() ? "" : " ü'");
                int at = random.nextInt(enumValues.size() + 1);
                enumValues.add(at, value);
                if (random.nextBoolean()) {
                    // A new value used by a default in the same script: committed before the default is set.
                    enumDefault = Optional.of(value);
                }
                return "add enum value at " + at;
            }
            case 2 -> {
                switch (random.nextInt(3)) {
                    case 0 -> domainDefault = domainDefault.isPresent() ? Optional.empty() : Optional.of(random.nextInt(100));
                    case 1 -> domainNotNull = !domainNotNull;
                    default -> domainCheckBound = domainCheckBound.isPresent() && random.nextBoolean() ? Optional.empty()
                            : Optional.of(-random.nextInt(100));
                }
                return "change domain";
            }
            case 3 -> {
                if (attributes.size() > 1 && random.nextBoolean()) {
                    attributes.remove(attributes.size() - 1);
                    return "drop last composite attribute";
                }
                attributes.add(new String[] {"x" + attributes.size(), pick(random, List.of("integer", "text", "date"))});
                return "add composite attribute";
            }
            case 4 -> {
                view = !view;
                return "toggle view";
            }
            case 5 -> {
                viewFilter = (viewFilter + 1 + random.nextInt(2)) % 3;
                viewLiteral = pick(random, LITERALS);
                if (random.nextBoolean()) {
                    viewSecurityBarrier = !viewSecurityBarrier;
                }
                return "change view";
            }
            case 6 -> {
                if (random.nextBoolean()) {
                    matview = !matview;
                } else {
                    matviewFilter = (matviewFilter + 1) % 3;
                }
                matviewIndex = random.nextBoolean();
                return "change materialized view";
            }
            case 7 -> {
                if (random.nextBoolean()) {
                    sqlFunction = !sqlFunction;
                } else {
                    sqlFunctionAddend = random.nextInt(10);
                    sqlFunctionVolatility = pick(random, List.of("IMMUTABLE", "STABLE", "VOLATILE"));
                    sqlFunctionStrict = random.nextBoolean();
                }
                return "change sql function";
            }
            case 8 -> {
                if (random.nextBoolean()) {
                    sqlOverload = !sqlOverload;
                } else {
                    overloadLiteral = pick(random, LITERALS);
                }
                return "change overload";
            }
            case 9 -> {
                if (random.nextBoolean()) {
                    plpgsqlFunction = !plpgsqlFunction;
                } else {
                    plpgsqlLiteral = pick(random, LITERALS);
                }
                return "change plpgsql function";
            }
            case 10 -> {
                switch (random.nextInt(3)) {
                    case 0 -> trigger = !trigger;
                    case 1 -> triggerWhen = !triggerWhen;
                    default -> {
                        triggerTiming = random.nextBoolean() ? "BEFORE" : "AFTER";
                        triggerEvents = pick(random, List.of("INSERT", "INSERT OR UPDATE", "UPDATE OF v", "DELETE"));
                    }
                }
                return "change trigger";
            }
            case 11 -> {
                partitioned = !partitioned;
                return "toggle partitioned table";
            }
            case 12 -> {
                if (partitionStarts.size() > 1 && random.nextBoolean()) {
                    partitionStarts.remove(random.nextInt(partitionStarts.size()));
                    return "drop partition";
                }
                partitionStarts.add(partitionStarts.stream().mapToInt(Integer::intValue).max().orElse(0) + 100);
                return "add partition";
            }
            case 13 -> {
                if (random.nextBoolean()) {
                    defaultPartition = !defaultPartition;
                } else {
                    partitionIndex = !partitionIndex;
                }
                return "toggle default partition or partitioned index";
            }
            default -> {
                int i = random.nextInt(comments.length);
                comments[i] = random.nextInt(3) == 0 ? null : pick(random, LITERALS);
                return "change comment " + i;
            }
        }
    }

    // ---- rendering ----------------------------------------------------------------------------

    private String q(String name) {
        return Sql.qualified(schema, name);
    }

    private boolean numericValue() {
        return !valueType.equals("text") && !valueType.startsWith("varchar");
    }

    void render(StringBuilder b) {
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        b.append("CREATE TYPE ").append(q(enumName)).append(" AS ENUM (")
                .append(String.join(", ", enumValues.stream().map(Sql::literal).toList())).append(");\n");
        b.append("CREATE DOMAIN ").append(q(domainName)).append(" AS integer");
        domainDefault.ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (domainNotNull) {
            b.append(" NOT NULL");
        }
        domainCheckBound.ifPresent(bound -> b.append(" CONSTRAINT ").append(Sql.ident(domainName + "_floor"))
                .append(" CHECK (VALUE > ").append(bound).append(')'));
        b.append(";\n");
        b.append("CREATE TYPE ").append(q(compositeName)).append(" AS (").append(String.join(", ",
                attributes.stream().map(a -> Sql.ident(a[0]) + " " + a[1]).toList())).append(");\n");

        String t = q(table);
        b.append("CREATE TABLE ").append(t).append(" (id integer PRIMARY KEY, v ").append(valueType)
                .append(", mood ").append(q(enumName));
        enumDefault.filter(enumValues::contains).ifPresent(d -> b.append(" DEFAULT ").append(Sql.literal(d)));
        b.append(", amount ").append(q(domainName)).append(");\n");

        if (sqlFunction) {
            b.append("CREATE FUNCTION ").append(q("f")).append("(x integer) RETURNS integer LANGUAGE sql ")
                    .append(sqlFunctionVolatility).append(sqlFunctionStrict ? " STRICT" : "")
                    .append(" AS $f$SELECT x + ").append(sqlFunctionAddend).append("$f$;\n");
        }
        if (sqlOverload) {
            b.append("CREATE FUNCTION ").append(q("f")).append("(x text) RETURNS text LANGUAGE sql IMMUTABLE AS ")
                    .append(Sql.literal("SELECT x || " + Sql.literal(overloadLiteral))).append(";\n");
        }
        if (plpgsqlFunction) {
            b.append("CREATE FUNCTION ").append(q("g")).append("(n integer) RETURNS text LANGUAGE plpgsql AS $g$\n")
                    .append("BEGIN\n    IF n > 0 THEN\n        RETURN ").append(Sql.literal(plpgsqlLiteral))
                    .append(";\n    END IF;\n    RETURN NULL;\nEND\n$g$;\n");
        }
        if (trigger) {
            b.append("CREATE FUNCTION ").append(q("touch")).append("() RETURNS trigger LANGUAGE plpgsql AS $t$\n")
                    .append("BEGIN\n    RETURN COALESCE(NEW, OLD);\nEND\n$t$;\n");
            b.append("CREATE TRIGGER ").append(Sql.ident("touch " + table)).append(' ').append(triggerTiming).append(' ')
                    .append(triggerEvents).append(" ON ").append(t).append(" FOR EACH ROW");
            if (triggerWhen && !triggerEvents.equals("DELETE")) {
                b.append(" WHEN (NEW.id > 0)");
            }
            b.append(" EXECUTE FUNCTION ").append(q("touch")).append("();\n");
        }
        if (view) {
            b.append("CREATE VIEW ").append(q("v of " + table)).append(viewSecurityBarrier ? " WITH (security_barrier)" : "")
                    .append(" AS SELECT id, v, ").append(Sql.literal(viewLiteral)).append("::text AS note FROM ").append(t)
                    .append(filter(viewFilter)).append(";\n");
        }
        if (matview) {
            b.append("CREATE MATERIALIZED VIEW ").append(q("mv")).append(" AS SELECT id, v FROM ").append(t)
                    .append(filter(matviewFilter)).append(" WITH NO DATA;\n");
            if (matviewIndex) {
                b.append("CREATE UNIQUE INDEX ").append(Sql.ident("mv_id")).append(" ON ").append(q("mv")).append(" (id);\n");
            }
        }
        if (partitioned) {
            String p = q("events");
            b.append("CREATE TABLE ").append(p).append(" (k integer NOT NULL, note text) PARTITION BY RANGE (k);\n");
            for (int start : partitionStarts.stream().sorted().toList()) {
                b.append("CREATE TABLE ").append(q("events_" + start)).append(" PARTITION OF ").append(p)
                        .append(" FOR VALUES FROM (").append(start).append(") TO (").append(start + 100).append(");\n");
            }
            if (defaultPartition) {
                b.append("CREATE TABLE ").append(q("events_other")).append(" PARTITION OF ").append(p).append(" DEFAULT;\n");
            }
            if (partitionIndex) {
                b.append("CREATE INDEX ").append(Sql.ident("events_k")).append(" ON ").append(p).append(" (k);\n");
            }
        }
        comment(b, 0, "TABLE " + t);
        comment(b, 1, "COLUMN " + t + ".v");
        if (view) {
            comment(b, 2, "VIEW " + q("v of " + table));
        }
        if (sqlFunction) {
            comment(b, 3, "FUNCTION " + q("f") + "(integer)");
        }
        comment(b, 4, "TYPE " + q(enumName));
        comment(b, 5, "SCHEMA " + Sql.ident(schema));
    }

    /** A filter on the value column, so that the views depend on its type. */
    private String filter(int kind) {
        String zero = numericValue() ? "0" : "''";
        return switch (kind) {
            case 0 -> "";
            case 1 -> " WHERE v > " + zero;
            default -> " WHERE v IS NOT NULL AND id > 3";
        };
    }

    private void comment(StringBuilder b, int i, String on) {
        if (comments[i] != null) {
            b.append("COMMENT ON ").append(on).append(" IS ").append(Sql.literal(comments[i])).append(";\n");
        }
    }
}
