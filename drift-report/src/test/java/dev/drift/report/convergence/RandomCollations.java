package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Collations for the random schemas (issue #14), in a schema of their own: libc and ICU collations (some
 * nondeterministic, some with odd names), columns of a table that name them, an index whose expression names
 * one, and comments. A mutation adds or drops a collation (with its uses), moves a column to another collation
 * or to none, redefines a collation, or changes a comment.
 *
 * <p>Only collations that no column ever uses are redefined: PostgreSQL can only drop and create a collation
 * again, which it refuses while a column uses it, and Drift reports that as not fixable (golden case
 * {@code collations/changed_used_by_column_unsupported}); an index that uses one is rebuilt around it.
 */
final class RandomCollations {

    /** The definitions a collation may have, each valid on every supported major with the zonky binaries. */
    private static final List<String> DEFINITIONS = List.of(
            "LOCALE = 'C'",
            "LC_COLLATE = 'C.utf8', LC_CTYPE = 'C.utf8'",
            "LC_COLLATE = 'POSIX', LC_CTYPE = 'C'",
            "PROVIDER = icu, LOCALE = 'und'",
            "PROVIDER = icu, LOCALE = 'de-u-co-phonebk'",
            "PROVIDER = icu, LOCALE = 'sv'",
            "PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false",
            "PROVIDER = icu, LOCALE = 'und-u-ks-level1', DETERMINISTIC = false");
    private static final List<String> COLUMN_TYPES = List.of("text", "varchar(20)", "text");

    private static final class Collation {
        String name;
        int definition;
        /** Never used by a column, so it may be redefined. */
        boolean free;
        Optional<String> comment = Optional.empty();

        Collation copy() {
            Collation c = new Collation();
            c.name = name;
            c.definition = definition;
            c.free = free;
            c.comment = comment;
            return c;
        }
    }

    private String schema;
    private final List<Collation> collations = new ArrayList<>();
    /** The collation of each column, by index into {@link #COLUMN_TYPES}: a used collation's name, or none. */
    private final List<Optional<String>> columns = new ArrayList<>();
    /** The free collation the index's expression names, if there is that index. */
    private Optional<String> indexed = Optional.empty();
    private int counter;

    private RandomCollations() {
    }

    static RandomCollations generate(String prefix, SplittableRandom random) {
        RandomCollations s = new RandomCollations();
        s.schema = prefix + "_c";
        for (int i = random.nextInt(4); i > 0; i--) {
            s.add(random);
        }
        for (int i = 0; i < COLUMN_TYPES.size(); i++) {
            s.columns.add(Optional.empty());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            s.moveColumn(random);
        }
        if (random.nextBoolean()) {
            s.indexed = s.anyFree(random);
        }
        return s;
    }

    RandomCollations copy() {
        RandomCollations s = new RandomCollations();
        s.schema = schema;
        collations.forEach(c -> s.collations.add(c.copy()));
        s.columns.addAll(columns);
        s.indexed = indexed;
        s.counter = counter;
        return s;
    }

    String mutateOnce(SplittableRandom random) {
        int what = random.nextInt(6);
        if (what == 0 || collations.isEmpty()) {
            return add(random);
        } else if (what == 1) {
            Collation c = collations.remove(random.nextInt(collations.size()));
            columns.replaceAll(used -> used.filter(n -> !n.equals(c.name)));
            indexed = indexed.filter(n -> !n.equals(c.name));
            return "collations: drop " + c.name + " and its uses";
        } else if (what == 2) {
            return moveColumn(random);
        } else if (what == 3) {
            Optional<String> free = anyFree(random);
            if (free.isEmpty()) {
                return add(random);
            }
            Collation c = byName(free.get());
            c.definition = (c.definition + 1 + random.nextInt(DEFINITIONS.size() - 1)) % DEFINITIONS.size();
            return "collations: redefine " + c.name + " as " + DEFINITIONS.get(c.definition);
        } else if (what == 4) {
            indexed = indexed.isPresent() ? Optional.empty() : anyFree(random);
            return "collations: index " + indexed.orElse("dropped");
        }
        Collation c = collations.get(random.nextInt(collations.size()));
        c.comment = c.comment.isPresent() && random.nextBoolean() ? Optional.empty()
                : Optional.of(random.nextBoolean() ? "sorts it's way" : "ünï " + random.nextInt(100));
        return "collations: comment on " + c.name;
    }

    private String add(SplittableRandom random) {
        Collation c = new Collation();
        counter++;
        c.name = (random.nextInt(4) == 0 ? RandomSchema.oddIdentifier(random) + " " : "coll_") + counter;
        c.definition = random.nextInt(DEFINITIONS.size());
        c.free = random.nextBoolean();
        collations.add(c);
        return "collations: add " + c.name + " (" + DEFINITIONS.get(c.definition) + (c.free ? ", free" : "") + ")";
    }

    private String moveColumn(SplittableRandom random) {
        int column = random.nextInt(COLUMN_TYPES.size());
        List<String> used = collations.stream().filter(c -> !c.free).map(c -> c.name).toList();
        Optional<String> to = used.isEmpty() || random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(used.get(random.nextInt(used.size())));
        columns.set(column, to);
        return "collations: column c" + column + " to " + to.orElse("no collation");
    }

    private Optional<String> anyFree(SplittableRandom random) {
        List<String> free = collations.stream().filter(c -> c.free).map(c -> c.name).toList();
        return free.isEmpty() ? Optional.empty() : Optional.of(free.get(random.nextInt(free.size())));
    }

    private Collation byName(String name) {
        return collations.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    void render(StringBuilder b) {
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        for (Collation c : collations) {
            String name = Sql.qualified(schema, c.name);
            b.append("CREATE COLLATION ").append(name).append(" (").append(DEFINITIONS.get(c.definition)).append(");\n");
            c.comment.ifPresent(text -> b.append("COMMENT ON COLLATION ").append(name).append(" IS ")
                    .append(Sql.literal(text)).append(";\n"));
        }
        List<String> elements = new ArrayList<>(List.of("id integer PRIMARY KEY"));
        for (int i = 0; i < COLUMN_TYPES.size(); i++) {
            elements.add("c" + i + " " + COLUMN_TYPES.get(i)
                    + columns.get(i).map(n -> " COLLATE " + Sql.qualified(schema, n)).orElse(""));
        }
        String table = Sql.qualified(schema, "texts");
        b.append("CREATE TABLE ").append(table).append(" (").append(String.join(", ", elements)).append(");\n");
        indexed.ifPresent(n -> b.append("CREATE INDEX texts_sorted ON ").append(table).append(" (c0 COLLATE ")
                .append(Sql.qualified(schema, n)).append(");\n"));
    }
}
