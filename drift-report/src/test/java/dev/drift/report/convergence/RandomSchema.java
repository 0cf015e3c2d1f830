package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A random schema for the convergence tests, and random mutations of it: tables with columns of many
 * types, defaults, NOT NULL, identity, stored generated columns, collations, checks, primary keys,
 * unique constraints, foreign keys, indexes and sequences, with odd identifiers mixed in. Everything
 * one pair of schemas holds lives in the pair's own schemas, so many pairs share one database.
 *
 * <p>The state is mutable on purpose (a mutation edits a deep copy); {@link #toSql()} renders only
 * what is consistent (a foreign key whose table or key is gone, a check on a dropped column, are left
 * out), so every rendering loads without error on PostgreSQL 14 and later.
 */
final class RandomSchema {

    /** Column types, each with the defaults and checks that suit it. */
    private enum Kind {
        SMALLINT("smallint", true), INTEGER("integer", true), BIGINT("bigint", true), NUMERIC("numeric(12,2)", false),
        TEXT("text", false), VARCHAR("varchar(40)", false), BOOLEAN("boolean", false), DATE("date", false),
        TIMESTAMPTZ("timestamptz", false), UUID("uuid", false), JSONB("jsonb", false), TEXT_ARRAY("text[]", false),
        DOUBLE("double precision", false), BYTEA("bytea", false), INTERVAL("interval", false);

        final String sql;
        final boolean integral;

        Kind(String sql, boolean integral) {
            this.sql = sql;
            this.integral = integral;
        }

        boolean textual() {
            return this == TEXT || this == VARCHAR;
        }

        boolean numeric() {
            return integral || this == NUMERIC || this == DOUBLE;
        }
    }

    /** Names that need quoting: upper case, spaces, quotes, unicode, reserved words, 63 bytes. */
    private static final List<String> ODD = List.of("Order Items", "select", "naïve", "we\"ird", "UPPER", "it's",
            "größe", "from", "user", "semi;colon", "back\\slash", "名前", "x".repeat(58), "é".repeat(29));

    private static final class Column {
        String name;
        Kind kind;
        boolean notNull;
        Optional<String> defaultValue = Optional.empty();
        /** "ALWAYS" or "BY DEFAULT", with sequence options, or empty. */
        Optional<String> identity = Optional.empty();
        String identityOptions = "";
        /** A stored generated column: twice the named integral column. */
        Optional<String> generatedFrom = Optional.empty();
        boolean collateC;

        Column copy() {
            Column c = new Column();
            c.name = name;
            c.kind = kind;
            c.notNull = notNull;
            c.defaultValue = defaultValue;
            c.identity = identity;
            c.identityOptions = identityOptions;
            c.generatedFrom = generatedFrom;
            c.collateC = collateC;
            return c;
        }
    }

    /** {@code column > bound} on a number, {@code length(column) < bound} on a string. */
    private record Check(String name, String column, boolean onNumber, int bound, boolean inclusive) {
        String expression(String quotedColumn) {
            String op = onNumber ? (inclusive ? " >= " : " > ") : (inclusive ? ") <= " : ") < ");
            return (onNumber ? quotedColumn : "length(" + quotedColumn) + op + bound;
        }
    }

    private record Unique(String name, List<String> columns) {
    }

    private record ForeignKey(String name, String column, String schema, String table, String options) {
    }

    /** {@code lower} indexes {@code lower(column)} of its one text column instead of the column. */
    private record Index(String name, boolean unique, List<String> columns, boolean descending,
                         Optional<String> predicateColumn, boolean lower) {
    }

    private static final class Table {
        String schema;
        String name;
        boolean unlogged;
        final List<Column> columns = new ArrayList<>();
        boolean primaryKey;
        final List<Check> checks = new ArrayList<>();
        final List<Unique> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Table copy() {
            Table t = new Table();
            t.schema = schema;
            t.name = name;
            t.unlogged = unlogged;
            columns.forEach(c -> t.columns.add(c.copy()));
            t.primaryKey = primaryKey;
            t.checks.addAll(checks);
            t.uniques.addAll(uniques);
            t.foreignKeys.addAll(foreignKeys);
            t.indexes.addAll(indexes);
            return t;
        }

        Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name.equals(columnName)).findFirst();
        }
    }

    private static final class Sequence {
        String schema;
        String name;
        String type = "bigint";
        long increment = 1;
        Optional<Long> start = Optional.empty();
        Optional<Long> min = Optional.empty();
        Optional<Long> max = Optional.empty();
        long cache = 1;
        boolean cycle;
        /** table.column */
        Optional<String[]> ownedBy = Optional.empty();

        Sequence copy() {
            Sequence s = new Sequence();
            s.schema = schema;
            s.name = name;
            s.type = type;
            s.increment = increment;
            s.start = start;
            s.min = min;
            s.max = max;
            s.cache = cache;
            s.cycle = cycle;
            s.ownedBy = ownedBy;
            return s;
        }
    }

    private final List<String> schemas = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final String prefix;
    private int counter;
    /** Types, views, routines, triggers, partitions and comments, in a schema of their own. */
    private RandomObjects objects;
    /** Partitioned tables: attached and local indexes and keys, default partitions, multi-level. */
    private RandomPartitions partitions;
    /** Types in use (enums rebuilt, conversions without casts, domains over row types) and column grants. */
    private RandomTypeUses typeUses;
    /** Storage parameters of a table and a materialized view, in a schema of their own. */
    private RandomStorage storage;
    /** Collations, used by columns and an index, in a schema of their own. */
    private RandomCollations collations;
    /** Plain inheritance: a parent, two children and their own copies of inherited columns. */
    private RandomInheritance inheritance;

    private RandomSchema(String prefix) {
        this.prefix = prefix;
    }

    /** A random schema whose object names all live in schemas that start with {@code prefix}. */
    static RandomSchema generate(String prefix, SplittableRandom random) {
        RandomSchema s = new RandomSchema(prefix);
        s.schemas.add(prefix);
        if (random.nextInt(3) == 0) {
            s.schemas.add(prefix + " " + s.oddName(random));
        }
        int tableCount = 1 + random.nextInt(4);
        for (int i = 0; i < tableCount; i++) {
            s.addTable(random);
        }
        int sequenceCount = random.nextInt(3);
        for (int i = 0; i < sequenceCount; i++) {
            s.addSequence(random);
        }
        for (int i = 0; i < tableCount; i++) {
            s.addForeignKey(random);
        }
        s.objects = RandomObjects.generate(prefix, random);
        s.partitions = RandomPartitions.generate(prefix, random);
        s.typeUses = RandomTypeUses.generate(prefix, random);
        s.storage = RandomStorage.generate(prefix, random);
        s.collations = RandomCollations.generate(prefix, random);
        s.inheritance = RandomInheritance.generate(prefix, random);
        return s;
    }

    RandomSchema copy() {
        RandomSchema s = new RandomSchema(prefix);
        s.schemas.addAll(schemas);
        tables.forEach(t -> s.tables.add(t.copy()));
        sequences.forEach(q -> s.sequences.add(q.copy()));
        s.counter = counter;
        s.objects = objects.copy();
        s.partitions = partitions.copy();
        s.typeUses = typeUses.copy();
        s.storage = storage.copy();
        s.collations = collations.copy();
        s.inheritance = inheritance.copy();
        return s;
    }

    /** A copy with between one and four random changes, and what they were. */
    RandomSchema mutate(SplittableRandom random, List<String> log) {
        RandomSchema m = copy();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            int part = random.nextInt(9);
            log.add(part < 2 ? m.objects.mutateOnce(random) : part < 3 ? m.partitions.mutateOnce(random)
                    : part < 4 ? m.typeUses.mutateOnce(random) : part < 5 ? m.storage.mutateOnce(random)
                    : part < 6 ? m.collations.mutateOnce(random) : part < 7 ? m.inheritance.mutateOnce(random)
                    : m.mutateOnce(random));
        }
        return m;
    }

    // ---- generation ---------------------------------------------------------------------------

    private String name(SplittableRandom random, String plain) {
        counter++;
        if (random.nextInt(5) == 0) {
            String odd = oddName(random);
            String candidate = odd + "_" + counter;
            // Keep within PostgreSQL's 63 bytes, or the server would truncate it.
            while (candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
                odd = odd.substring(0, odd.length() - 1);
                candidate = odd + "_" + counter;
            }
            return candidate;
        }
        return plain + "_" + counter;
    }

    private String oddName(SplittableRandom random) {
        return oddIdentifier(random);
    }

    static String oddIdentifier(SplittableRandom random) {
        return ODD.get(random.nextInt(ODD.size()));
    }

    private <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void addTable(SplittableRandom random) {
        Table t = new Table();
        t.schema = pick(random, schemas);
        t.name = name(random, "t");
        t.unlogged = random.nextInt(8) == 0;
        Column id = new Column();
        id.name = "id";
        id.kind = random.nextBoolean() ? Kind.INTEGER : Kind.BIGINT;
        id.notNull = true;
        if (random.nextInt(3) == 0) {
            id.identity = Optional.of(random.nextBoolean() ? "ALWAYS" : "BY DEFAULT");
            id.identityOptions = identityOptions(random);
        }
        t.columns.add(id);
        t.primaryKey = random.nextInt(6) != 0;
        int columnCount = 1 + random.nextInt(6);
        for (int i = 0; i < columnCount; i++) {
            t.columns.add(newColumn(random, t));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            addIndex(random, t);
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            addCheck(random, t);
        }
        if (random.nextInt(3) == 0) {
            addUnique(random, t);
        }
        tables.add(t);
    }

    private String identityOptions(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> " (START WITH " + (1 + random.nextInt(1000)) + ")";
            case 1 -> " (INCREMENT BY " + (2 + random.nextInt(9)) + " CACHE " + (1 + random.nextInt(20)) + ")";
            default -> "";
        };
    }

    private Column newColumn(SplittableRandom random, Table t) {
        Column c = new Column();
        c.name = name(random, "c");
        c.kind = pick(random, List.of(Kind.values()));
        c.notNull = random.nextInt(3) == 0;
        Optional<Column> integralBase = t.columns.stream()
                .filter(o -> o.kind.integral && o.generatedFrom.isEmpty()).findFirst();
        if (c.kind == Kind.BIGINT && integralBase.isPresent() && random.nextInt(3) == 0) {
            c.generatedFrom = Optional.of(integralBase.get().name);
            c.notNull = false;
            return c;
        }
        if (random.nextInt(2) == 0) {
            c.defaultValue = Optional.of(defaultFor(c.kind, random));
        }
        if (c.kind.textual() && random.nextInt(4) == 0) {
            c.collateC = true;
        }
        return c;
    }

    private String defaultFor(Kind kind, SplittableRandom random) {
        int n = random.nextInt(100);
        return switch (kind) {
            case SMALLINT, INTEGER, BIGINT -> String.valueOf(n);
            case NUMERIC -> n + ".5";
            case DOUBLE -> n + ".25";
            case TEXT, VARCHAR -> pick(random, List.of("'plain'", "'it''s'", "'semi;colon'", "E'back\\\\slash'",
                    "'ünï'", "''"));
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case DATE -> random.nextBoolean() ? "CURRENT_DATE" : "'2024-01-0" + (1 + random.nextInt(9)) + "'";
            case TIMESTAMPTZ -> "now()";
            case UUID -> "gen_random_uuid()";
            case JSONB -> "'{\"k\": " + n + "}'";
            case TEXT_ARRAY -> "'{}'";
            case BYTEA -> "'\\x00ff'";
            case INTERVAL -> "'" + n + " minutes'";
        };
    }

    private void addIndex(SplittableRandom random, Table t) {
        List<String> usable = t.columns.stream().filter(c -> indexable(c.kind)).map(c -> c.name).toList();
        if (usable.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        cols.add(pick(random, usable));
        if (usable.size() > 1 && random.nextBoolean()) {
            String second = pick(random, usable);
            if (!cols.contains(second)) {
                cols.add(second);
            }
        }
        Optional<String> predicate = random.nextInt(4) == 0
                ? t.columns.stream().filter(c -> c.kind.integral).map(c -> c.name).findFirst() : Optional.empty();
        boolean lower = cols.size() == 1 && t.column(cols.get(0)).filter(c -> c.kind.textual()).isPresent()
                && random.nextBoolean();
        t.indexes.add(new Index(name(random, "ix"), random.nextInt(4) == 0, cols, random.nextBoolean(), predicate, lower));
    }

    private static boolean indexable(Kind kind) {
        return kind != Kind.JSONB && kind != Kind.TEXT_ARRAY;
    }

    private void addCheck(SplittableRandom random, Table t) {
        List<Column> usable = t.columns.stream().filter(c -> c.kind.numeric() || c.kind.textual()).toList();
        if (usable.isEmpty()) {
            return;
        }
        Column c = pick(random, usable);
        boolean onNumber = c.kind.numeric();
        t.checks.add(new Check(name(random, "ck"), c.name, onNumber,
                onNumber ? -random.nextInt(1000) : 50 + random.nextInt(50), false));
    }

    private void addUnique(SplittableRandom random, Table t) {
        List<String> usable = t.columns.stream().filter(c -> indexable(c.kind) && c.kind != Kind.DOUBLE)
                .map(c -> c.name).toList();
        if (!usable.isEmpty()) {
            t.uniques.add(new Unique(name(random, "uq"), List.of(pick(random, usable))));
        }
    }

    private void addForeignKey(SplittableRandom random) {
        List<Table> logged = tables.stream().filter(t -> !t.unlogged).toList();
        if (logged.size() < 1 || random.nextBoolean()) {
            return;
        }
        Table from = pick(random, logged);
        Table to = pick(random, logged.stream().filter(t -> t.primaryKey).toList().isEmpty() ? logged
                : logged.stream().filter(t -> t.primaryKey).toList());
        Column ref = new Column();
        ref.name = name(random, "ref");
        ref.kind = Kind.BIGINT;
        from.columns.add(ref);
        from.foreignKeys.add(new ForeignKey(name(random, "fk"), ref.name, to.schema, to.name,
                pick(random, List.of("", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON UPDATE CASCADE",
                        " DEFERRABLE INITIALLY DEFERRED", " MATCH FULL"))));
    }

    private void addSequence(SplittableRandom random) {
        Sequence s = new Sequence();
        s.schema = pick(random, schemas);
        s.name = name(random, "seq");
        randomizeSequence(s, random);
        sequences.add(s);
        if (!tables.isEmpty() && random.nextInt(3) == 0) {
            Table t = pick(random, tables);
            s.ownedBy = Optional.of(new String[] {t.name, pick(random, t.columns).name});
        }
        if (!tables.isEmpty() && random.nextInt(3) == 0) {
            // A column whose default takes values from the sequence.
            Table t = pick(random, tables);
            Column c = new Column();
            c.name = name(random, "n");
            c.kind = Kind.BIGINT;
            c.defaultValue = Optional.of(nextval(s));
            t.columns.add(c);
        }
    }

    private void randomizeSequence(Sequence s, SplittableRandom random) {
        s.type = pick(random, List.of("bigint", "integer", "smallint"));
        s.increment = random.nextInt(4) == 0 ? -1 - random.nextInt(3) : 1 + random.nextInt(3);
        s.min = Optional.empty();
        s.max = Optional.empty();
        s.start = Optional.empty();
        if (s.increment > 0 && random.nextBoolean()) {
            s.min = Optional.of((long) random.nextInt(10));
            s.max = Optional.of(10_000L + random.nextInt(10_000));
            s.start = Optional.of(s.min.get() + random.nextInt(100));
        }
        s.cache = random.nextInt(3) == 0 ? 1 + random.nextInt(50) : 1;
        s.cycle = random.nextInt(4) == 0;
    }

    // ---- mutation -----------------------------------------------------------------------------

    private String mutateOnce(SplittableRandom random) {
        if (tables.isEmpty()) {
            addTable(random);
            return "add table";
        }
        Table t = pick(random, tables);
        switch (random.nextInt(22)) {
            case 0 -> {
                addTable(random);
                return "add table";
            }
            case 1 -> {
                tables.remove(t);
                return "drop table " + t.name;
            }
            case 2 -> {
                t.columns.add(newColumn(random, t));
                return "add column to " + t.name;
            }
            case 3 -> {
                Optional<Column> c = pickColumn(random, t, col -> !col.name.equals("id"));
                c.ifPresent(col -> t.columns.remove(col));
                return "drop column " + c.map(col -> col.name).orElse("(none)");
            }
            case 4 -> {
                return "change type: " + changeType(random, t);
            }
            case 5 -> {
                Optional<Column> c = pickColumn(random, t, col -> !col.name.equals("id") && col.identity.isEmpty());
                c.ifPresent(col -> col.notNull = !col.notNull);
                return "toggle not null";
            }
            case 6 -> {
                Optional<Column> c = pickColumn(random, t, col -> col.identity.isEmpty() && col.generatedFrom.isEmpty());
                c.ifPresent(col -> col.defaultValue = random.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(defaultFor(col.kind, random)));
                return "change default";
            }
            case 7 -> {
                Optional<Column> c = pickColumn(random, t, col -> col.kind.integral && col.generatedFrom.isEmpty()
                        && !isGeneratedBase(t, col));
                c.ifPresent(col -> {
                    if (col.identity.isPresent()) {
                        col.identity = Optional.empty();
                    } else {
                        col.identity = Optional.of(random.nextBoolean() ? "ALWAYS" : "BY DEFAULT");
                        col.identityOptions = identityOptions(random);
                        col.defaultValue = Optional.empty();
                        col.notNull = true;
                    }
                });
                return "toggle identity";
            }
            case 8 -> {
                Optional<Column> c = pickColumn(random, t, col -> col.identity.isPresent());
                c.ifPresent(col -> {
                    if (random.nextBoolean()) {
                        col.identity = Optional.of(col.identity.get().equals("ALWAYS") ? "BY DEFAULT" : "ALWAYS");
                    } else {
                        col.identityOptions = identityOptions(random);
                    }
                });
                return "change identity";
            }
            case 9 -> {
                if (t.checks.isEmpty() || random.nextBoolean()) {
                    addCheck(random, t);
                    return "add check";
                }
                Check old = pick(random, t.checks);
                t.checks.remove(old);
                if (random.nextBoolean()) {
                    t.checks.add(new Check(old.name(), old.column(), old.onNumber(), old.bound(), !old.inclusive()));
                    return "change check";
                }
                return "drop check";
            }
            case 10 -> {
                if (t.uniques.isEmpty() || random.nextBoolean()) {
                    addUnique(random, t);
                    return "add unique";
                }
                t.uniques.remove(pick(random, t.uniques));
                return "drop unique";
            }
            case 11 -> {
                t.primaryKey = !t.primaryKey;
                return "toggle primary key";
            }
            case 12 -> {
                if (t.indexes.isEmpty() || random.nextBoolean()) {
                    addIndex(random, t);
                    return "add index";
                }
                Index old = pick(random, t.indexes);
                t.indexes.remove(old);
                if (random.nextBoolean()) {
                    t.indexes.add(new Index(old.name(), !old.unique(), old.columns(), !old.descending(), old.predicateColumn(),
                            old.lower()));
                    return "change index";
                }
                return "drop index";
            }
            case 13 -> {
                addForeignKey(random);
                return "add foreign key";
            }
            case 14 -> {
                if (t.foreignKeys.isEmpty()) {
                    return "no foreign key to change";
                }
                ForeignKey old = pick(random, t.foreignKeys);
                t.foreignKeys.remove(old);
                if (random.nextBoolean()) {
                    t.foreignKeys.add(new ForeignKey(old.name(), old.column(), old.schema(), old.table(),
                            old.options().isEmpty() ? " ON DELETE CASCADE" : ""));
                    return "change foreign key";
                }
                return "drop foreign key";
            }
            case 15 -> {
                addSequence(random);
                return "add sequence";
            }
            case 16 -> {
                if (sequences.isEmpty()) {
                    return "no sequence to drop";
                }
                dropSequence(pick(random, sequences));
                return "drop sequence";
            }
            case 17 -> {
                if (sequences.isEmpty()) {
                    return "no sequence to change";
                }
                randomizeSequence(pick(random, sequences), random);
                return "change sequence options";
            }
            case 18 -> {
                if (sequences.isEmpty()) {
                    return "no sequence to own";
                }
                Sequence s = pick(random, sequences);
                s.ownedBy = random.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(new String[] {t.name, pick(random, t.columns).name});
                return "change sequence owner";
            }
            case 19 -> {
                boolean referenced = tables.stream().anyMatch(o -> o.foreignKeys.stream()
                        .anyMatch(f -> f.table().equals(t.name))) || !t.foreignKeys.isEmpty();
                if (!referenced) {
                    t.unlogged = !t.unlogged;
                }
                return "toggle unlogged";
            }
            case 20 -> {
                Optional<Column> c = pickColumn(random, t, col -> col.kind.textual());
                c.ifPresent(col -> col.collateC = !col.collateC);
                return "toggle collation";
            }
            default -> {
                String extra = prefix + " " + oddName(random);
                if (schemas.size() > 1) {
                    String gone = schemas.remove(schemas.size() - 1);
                    tables.removeIf(tt -> tt.schema.equals(gone));
                    sequences.stream().filter(s -> s.schema.equals(gone)).toList().forEach(this::dropSequence);
                    return "drop schema " + gone;
                }
                schemas.add(extra);
                return "add schema " + extra;
            }
        }
    }

    /** Drops a sequence and the defaults that use it (or the schema could not be loaded). */
    private void dropSequence(Sequence s) {
        sequences.remove(s);
        String used = nextval(s);
        tables.forEach(t -> t.columns.forEach(c -> {
            if (c.defaultValue.filter(used::equals).isPresent()) {
                c.defaultValue = Optional.empty();
            }
        }));
    }

    private static String nextval(Sequence s) {
        return "nextval(" + Sql.literal(Sql.qualified(s.schema, s.name)) + ")";
    }

    private static boolean isGeneratedBase(Table t, Column c) {
        return t.columns.stream().anyMatch(o -> o.generatedFrom.filter(c.name::equals).isPresent());
    }

    private Optional<Column> pickColumn(SplittableRandom random, Table t, Predicate<Column> filter) {
        List<Column> usable = t.columns.stream().filter(filter).toList();
        return usable.isEmpty() ? Optional.empty() : Optional.of(pick(random, usable));
    }

    /** Type changes between kinds whose defaults stay valid: integers among themselves, strings likewise. */
    private String changeType(SplittableRandom random, Table t) {
        Optional<Column> c = pickColumn(random, t, col -> (col.kind.integral || col.kind.textual())
                && col.generatedFrom.isEmpty() && !isGeneratedBase(t, col) && col.identity.isEmpty()
                && !col.name.equals("id"));
        if (c.isEmpty()) {
            return "(none)";
        }
        Column col = c.get();
        boolean keyOfForeignKey = t.foreignKeys.stream().anyMatch(f -> f.column().equals(col.name));
        List<Kind> family = col.kind.integral ? List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT)
                : List.of(Kind.TEXT, Kind.VARCHAR);
        Kind to = pick(random, family);
        String was = col.kind.sql;
        if (!keyOfForeignKey && random.nextInt(4) == 0) {
            // Across families (needs USING; the old default may not cast): with a default of the new kind.
            to = col.kind.integral ? Kind.TEXT : Kind.INTEGER;
            col.defaultValue = random.nextBoolean() ? Optional.of(defaultFor(to, random)) : Optional.empty();
        }
        col.kind = to;
        if (!to.textual()) {
            col.collateC = false;
        }
        return col.name + " " + was + " -> " + to.sql;
    }

    // ---- rendering ----------------------------------------------------------------------------

    /** The schema as SQL that loads into an empty database (PostgreSQL 14 and later). */
    String toSql() {
        StringBuilder b = new StringBuilder();
        for (String schema : schemas) {
            b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        }
        for (Sequence s : sequences) {
            b.append("CREATE SEQUENCE ").append(Sql.qualified(s.schema, s.name)).append(" AS ").append(s.type)
                    .append(" INCREMENT BY ").append(s.increment);
            s.min.ifPresent(v -> b.append(" MINVALUE ").append(v));
            s.max.ifPresent(v -> b.append(" MAXVALUE ").append(v));
            s.start.ifPresent(v -> b.append(" START WITH ").append(v));
            b.append(" CACHE ").append(s.cache).append(s.cycle ? " CYCLE" : "").append(";\n");
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name, t));
        for (Table t : tables) {
            renderTable(b, t);
        }
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys) {
                Table to = byName.get(fk.table());
                boolean ok = to != null && to.primaryKey && t.column(fk.column()).isPresent() && !t.unlogged && !to.unlogged;
                if (ok) {
                    b.append("ALTER TABLE ").append(Sql.qualified(t.schema, t.name)).append(" ADD CONSTRAINT ")
                            .append(Sql.ident(fk.name())).append(" FOREIGN KEY (").append(Sql.ident(fk.column()))
                            .append(") REFERENCES ").append(Sql.qualified(to.schema, to.name)).append(" (id)")
                            .append(fk.options()).append(";\n");
                }
            }
        }
        for (Sequence s : sequences) {
            // OWNED BY needs a column of a table in the sequence's own schema.
            s.ownedBy.filter(o -> byName.containsKey(o[0]) && byName.get(o[0]).column(o[1]).isPresent()
                            && byName.get(o[0]).schema.equals(s.schema))
                    .ifPresent(o -> b.append("ALTER SEQUENCE ").append(Sql.qualified(s.schema, s.name))
                            .append(" OWNED BY ").append(Sql.qualified(byName.get(o[0]).schema, o[0])).append('.')
                            .append(Sql.ident(o[1])).append(";\n"));
        }
        objects.render(b);
        partitions.render(b);
        typeUses.render(b);
        storage.render(b);
        collations.render(b);
        inheritance.render(b);
        return b.toString();
    }

    private void renderTable(StringBuilder b, Table t) {
        String table = Sql.qualified(t.schema, t.name);
        List<String> elements = new ArrayList<>();
        for (Column c : t.columns) {
            StringBuilder col = new StringBuilder(Sql.ident(c.name)).append(' ').append(c.kind.sql);
            if (c.collateC) {
                col.append(" COLLATE \"C\"");
            }
            boolean generated = c.generatedFrom.filter(base -> t.column(base).isPresent()).isPresent();
            if (generated) {
                col.append(" GENERATED ALWAYS AS (").append(Sql.ident(c.generatedFrom.get())).append(" * 2) STORED");
            } else if (c.identity.isPresent()) {
                col.append(" GENERATED ").append(c.identity.get()).append(" AS IDENTITY").append(c.identityOptions);
            } else {
                c.defaultValue.ifPresent(d -> col.append(" DEFAULT ").append(d));
            }
            if (c.notNull && !generated) {
                col.append(" NOT NULL");
            }
            elements.add(col.toString());
        }
        if (t.primaryKey) {
            elements.add("CONSTRAINT " + Sql.ident(t.name + "_pk") + " PRIMARY KEY (id)");
        }
        for (Unique u : t.uniques) {
            if (u.columns().stream().allMatch(c -> t.column(c).isPresent())) {
                elements.add("CONSTRAINT " + Sql.ident(u.name()) + " UNIQUE (" + String.join(", ",
                        u.columns().stream().map(Sql::ident).toList()) + ")");
            }
        }
        for (Check k : t.checks) {
            t.column(k.column()).filter(c -> k.onNumber() ? c.kind.numeric() : c.kind.textual()).ifPresent(c ->
                    elements.add("CONSTRAINT " + Sql.ident(k.name()) + " CHECK (" + k.expression(Sql.ident(c.name)) + ")"));
        }
        b.append("CREATE ").append(t.unlogged ? "UNLOGGED " : "").append("TABLE ").append(table).append(" (\n    ")
                .append(String.join(",\n    ", elements)).append("\n);\n");
        for (Index i : t.indexes) {
            boolean ok = i.columns().stream().allMatch(c -> t.column(c).filter(col -> indexable(col.kind)
                            && (!i.lower() || col.kind.textual())).isPresent())
                    && i.predicateColumn().map(p -> t.column(p).filter(col -> col.kind.integral).isPresent()).orElse(true);
            if (ok) {
                b.append("CREATE ").append(i.unique() ? "UNIQUE " : "").append("INDEX ").append(Sql.ident(i.name()))
                        .append(" ON ").append(table).append(" (").append(String.join(", ", i.columns().stream()
                                .map(c -> (i.lower() ? "lower(" + Sql.ident(c) + ")" : Sql.ident(c))
                                        + (i.descending() ? " DESC" : "")).toList())).append(')');
                i.predicateColumn().ifPresent(p -> b.append(" WHERE ").append(Sql.ident(p)).append(" > 0"));
                b.append(";\n");
            }
        }
    }
}
