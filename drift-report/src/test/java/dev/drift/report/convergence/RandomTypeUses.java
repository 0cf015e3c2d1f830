package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Types in use, in a schema of the pair's own: an enum whose values are added, removed and reordered while a
 * table's columns use it (a column with a row holding a value, a default, a check, a partial index and a view that
 * name a value, an array column); a column whose type changes among types with and without a cast between them
 * (bigint, integer, timestamp, date, boolean, text, the enum, an array of it, a second enum); domains over a
 * composite type and over a table's row type, used by columns; and column-level grants next to table-level ones.
 *
 * <p>The value {@code sad} is never removed: the row, the default, the check, the index and the view use it, so
 * every rebuild of the enum has values to convert and dependents to drop and create again. Mutable like
 * {@link RandomSchema}: a mutation edits a copy.
 */
final class RandomTypeUses {

    private static final List<String> ROLES = List.of("drift_rnd_reader", "drift_rnd_writer");
    private static final List<String> PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "REFERENCES");
    /** Grantable columns of the table; {@code *} stands for the table itself. */
    private static final List<String> GRANTED = List.of("*", "id", "feel", "shifting");
    /** The types the shifting column moves among: most pairs have no cast between them. */
    private static final List<String> SHIFTING_TYPES = List.of("bigint", "integer", "timestamp", "date", "boolean",
            "text", "enum", "enum[]", "other enum");

    private String schema;
    private final List<String> labels = new ArrayList<>();
    private boolean feelDefault;
    private boolean feelCheck;
    private boolean partialIndex;
    private boolean view;
    private String shifting;
    private boolean pointCheck;
    private boolean pointColumn;
    private boolean rowDomain;
    private boolean rowColumn;
    /** role, privilege and column (or {@code *}), joined by {@code |}. */
    private final TreeSet<String> grants = new TreeSet<>();
    private int added;

    private RandomTypeUses() {
    }

    static RandomTypeUses generate(String prefix, SplittableRandom random) {
        RandomTypeUses u = new RandomTypeUses();
        u.schema = prefix + (random.nextInt(4) == 0 ? "_u " + RandomSchema.oddIdentifier(random) : "_u");
        u.labels.addAll(List.of("sad", "ok", random.nextBoolean() ? "happy" : "it's"));
        if (random.nextBoolean()) {
            u.labels.add(0, u.labels.remove(2)); // sad not always first
        }
        u.feelDefault = random.nextBoolean();
        u.feelCheck = random.nextBoolean();
        u.partialIndex = random.nextBoolean();
        u.view = random.nextBoolean();
        u.shifting = pick(random, SHIFTING_TYPES);
        u.pointCheck = random.nextBoolean();
        u.pointColumn = random.nextBoolean();
        u.rowDomain = random.nextBoolean();
        u.rowColumn = random.nextBoolean();
        for (int i = random.nextInt(4); i > 0; i--) {
            u.grants.add(grant(random));
        }
        return u;
    }

    RandomTypeUses copy() {
        RandomTypeUses u = new RandomTypeUses();
        u.schema = schema;
        u.labels.addAll(labels);
        u.feelDefault = feelDefault;
        u.feelCheck = feelCheck;
        u.partialIndex = partialIndex;
        u.view = view;
        u.shifting = shifting;
        u.pointCheck = pointCheck;
        u.pointColumn = pointColumn;
        u.rowDomain = rowDomain;
        u.rowColumn = rowColumn;
        u.grants.addAll(grants);
        u.added = added;
        return u;
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String grant(SplittableRandom random) {
        return pick(random, ROLES) + "|" + pick(random, PRIVILEGES) + "|" + pick(random, GRANTED);
    }

    String mutateOnce(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0 -> {
                String value = "n" + added++ + (random.nextBoolean() ? "" : " ü'");
                labels.add(random.nextInt(labels.size() + 1), value);
                return "add enum value " + value;
            }
            case 1 -> {
                List<String> removable = labels.stream().filter(l -> !l.equals("sad")).toList();
                if (removable.isEmpty()) {
                    return "(no enum value to remove)";
                }
                String value = pick(random, removable);
                labels.remove(value);
                return "remove enum value " + value;
            }
            case 2 -> {
                int a = random.nextInt(labels.size());
                int b = random.nextInt(labels.size());
                labels.set(a, labels.set(b, labels.get(a)));
                return "swap enum values " + a + " and " + b;
            }
            case 3 -> {
                String was = shifting;
                shifting = pick(random, SHIFTING_TYPES);
                return "shifting column " + was + " -> " + shifting;
            }
            case 4 -> {
                switch (random.nextInt(4)) {
                    case 0 -> feelDefault = !feelDefault;
                    case 1 -> feelCheck = !feelCheck;
                    case 2 -> partialIndex = !partialIndex;
                    default -> view = !view;
                }
                return "toggle a default, check, index or view naming an enum value";
            }
            case 5 -> {
                if (random.nextBoolean()) {
                    pointCheck = !pointCheck;
                } else {
                    pointColumn = !pointColumn;
                }
                return "toggle the composite domain's check or its column";
            }
            case 6 -> {
                if (random.nextBoolean()) {
                    rowDomain = !rowDomain;
                } else {
                    rowColumn = !rowColumn;
                }
                return "toggle the row-type domain or its column";
            }
            default -> {
                String g = grant(random);
                if (!grants.remove(g)) {
                    grants.add(g);
                }
                return "toggle grant " + g;
            }
        }
    }

    private String q(String name) {
        return Sql.qualified(schema, name);
    }

    private String shiftingType() {
        return switch (shifting) {
            case "enum" -> q("feel");
            case "enum[]" -> q("feel") + "[]";
            case "other enum" -> q("other feel");
            default -> shifting;
        };
    }

    void render(StringBuilder b) {
        for (String role : ROLES) {
            b.append("DO $$ BEGIN CREATE ROLE ").append(role)
                    .append("; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;\n");
        }
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        b.append("CREATE TYPE ").append(q("feel")).append(" AS ENUM (")
                .append(String.join(", ", labels.stream().map(Sql::literal).toList())).append(");\n");
        b.append("CREATE TYPE ").append(q("other feel")).append(" AS ENUM ('glad', 'sad');\n");
        b.append("CREATE TYPE ").append(q("coords")).append(" AS (x integer, y text);\n");
        b.append("CREATE DOMAIN ").append(q("positive coords")).append(" AS ").append(q("coords"));
        if (pointCheck) {
            b.append(" CHECK ((VALUE).x > 0)");
        }
        b.append(";\n");
        b.append("CREATE TABLE ").append(q("parts")).append(" (a integer, b text);\n");
        if (rowDomain) {
            b.append("CREATE DOMAIN ").append(q("part row")).append(" AS ").append(q("parts"))
                    .append(" CHECK ((VALUE).a IS NOT NULL);\n");
        }
        String t = q("uses");
        b.append("CREATE TABLE ").append(t).append(" (id integer PRIMARY KEY, feel ").append(q("feel"))
                .append(feelDefault ? " DEFAULT 'sad'" : "").append(", feels ").append(q("feel")).append("[], shifting ")
                .append(shiftingType());
        if (pointColumn) {
            b.append(", pt ").append(q("positive coords"));
        }
        if (rowDomain && rowColumn) {
            b.append(", part ").append(q("part row"));
        }
        if (feelCheck) {
            b.append(", CONSTRAINT feel_floor CHECK (feel >= 'sad')");
        }
        b.append(");\n");
        if (partialIndex) {
            b.append("CREATE INDEX uses_sad ON ").append(t).append(" (id) WHERE feel = 'sad';\n");
        }
        if (view) {
            b.append("CREATE VIEW ").append(q("sad uses")).append(" AS SELECT id, feel FROM ").append(t)
                    .append(" WHERE feel = 'sad';\n");
        }
        b.append("INSERT INTO ").append(t).append(" (id, feel, feels) VALUES (1, 'sad', '{sad}');\n");
        for (String g : grants) {
            String[] parts = g.split("\\|");
            String on = parts[2].equals("*") ? "" : " (" + Sql.ident(parts[2]) + ")";
            b.append("GRANT ").append(parts[1]).append(on).append(" ON ").append(t).append(" TO ").append(parts[0])
                    .append(";\n");
        }
    }
}
