package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Plain table inheritance for the random schemas (issue #14): a parent and two children in a schema of their own,
 * the children's own copies of inherited columns ({@code attislocal}) included. A mutation adds or drops a column
 * of the parent (a shared one the inheriting children then have as their own, and keep when the parent drops it:
 * {@code ALTER TABLE ONLY}; or a parent-only one they merely inherit), adds or drops a child's own column, or makes
 * a child leave or join the parent.
 *
 * <p>Every state keeps one rule, so that any two converge both ways: an inheriting child has each shared column of
 * the parent as its own and no parent-only column as its own. PostgreSQL cannot make a child's own column merely
 * inherited again (that difference is reported, not fixed), so the generator never asks for it: a child only
 * leaves or joins a parent that has no parent-only column.
 */
final class RandomInheritance {

    /** Columns a child has as its own whenever it inherits them (and may have while the parent lacks them). */
    private static final List<String> SHARED = List.of("note", "Shared Col", "select");
    /** Columns only the parent declares: its children inherit them and never have them as their own. */
    private static final List<String> PARENT_ONLY = List.of("origin", "Parent Only");

    private static final class Child {
        final String name;
        boolean inherits;
        final Set<String> own = new TreeSet<>();

        Child(String name) {
            this.name = name;
        }

        Child copy() {
            Child c = new Child(name);
            c.inherits = inherits;
            c.own.addAll(own);
            return c;
        }
    }

    private String schema;
    private final Set<String> parent = new TreeSet<>();
    private final List<Child> children = new ArrayList<>();

    private RandomInheritance() {
    }

    static RandomInheritance generate(String prefix, SplittableRandom random) {
        RandomInheritance s = new RandomInheritance();
        s.schema = prefix + "_inh";
        s.children.add(new Child("kid"));
        s.children.add(new Child("Other Kid"));
        for (Child c : s.children) {
            c.inherits = random.nextInt(4) != 0;
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            s.mutateOnce(random);
        }
        return s;
    }

    RandomInheritance copy() {
        RandomInheritance s = new RandomInheritance();
        s.schema = schema;
        s.parent.addAll(parent);
        children.forEach(c -> s.children.add(c.copy()));
        return s;
    }

    String mutateOnce(SplittableRandom random) {
        Child child = children.get(random.nextInt(children.size()));
        switch (random.nextInt(4)) {
            case 0 -> {
                String column = SHARED.get(random.nextInt(SHARED.size()));
                if (parent.remove(column)) {
                    boolean keep = random.nextBoolean();
                    for (Child c : children) {
                        if (c.inherits && !keep) {
                            c.own.remove(column);
                        }
                    }
                    return "inheritance: parent drops shared " + column + (keep ? ", children keep it" : "");
                }
                parent.add(column);
                children.stream().filter(c -> c.inherits).forEach(c -> c.own.add(column));
                return "inheritance: parent adds shared " + column;
            }
            case 1 -> {
                String column = PARENT_ONLY.get(random.nextInt(PARENT_ONLY.size()));
                return parent.remove(column) ? "inheritance: parent drops " + column
                        : parent.add(column) ? "inheritance: parent adds " + column : "";
            }
            case 2 -> {
                String column = SHARED.get(random.nextInt(SHARED.size()));
                if (child.inherits && parent.contains(column)) {
                    return "inheritance: " + child.name + " keeps inherited " + column;
                }
                return child.own.remove(column) ? "inheritance: " + child.name + " drops own " + column
                        : child.own.add(column) ? "inheritance: " + child.name + " adds own " + column : "";
            }
            default -> {
                if (parent.stream().anyMatch(PARENT_ONLY::contains)) {
                    return "inheritance: " + child.name + " stays (the parent has a parent-only column)";
                }
                child.inherits = !child.inherits;
                child.own.addAll(parent); // joining: INHERIT needs them and keeps them its own; leaving keeps them
                return "inheritance: " + child.name + (child.inherits ? " joins" : " leaves") + " the parent";
            }
        }
    }

    void render(StringBuilder b) {
        String base = Sql.qualified(schema, "base");
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        b.append("CREATE TABLE ").append(base).append(" (").append(columns(parent)).append(");\n");
        for (Child c : children) {
            String own = columns(c.own);
            b.append("CREATE TABLE ").append(Sql.qualified(schema, c.name)).append(" (extra integer")
                    .append(own.isEmpty() ? "" : ", " + own).append(')')
                    .append(c.inherits ? " INHERITS (" + base + ")" : "").append(";\n");
        }
    }

    private static String columns(Set<String> names) {
        return String.join(", ", names.stream().map(n -> Sql.ident(n) + " text").toList());
    }
}
