package dev.drift.core;

import java.util.Objects;

/**
 * One object's use of another: a view reads a column, a default calls a function, a trigger runs one,
 * a foreign key leans on a key. Dependencies order a fix script; they are not compared as drift.
 *
 * @param dependent  the object that uses
 * @param referenced the object it uses
 * @param enforced   whether the server records it ({@code pg_depend}) and so refuses to drop or retype the
 *                   referenced object while the dependent exists; false for references Drift found in a
 *                   function body, which only decide the order of creation
 */
public record Dependency(ObjectKey dependent, ObjectKey referenced, boolean enforced) implements Comparable<Dependency> {

    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(referenced, "referenced");
        if (dependent.equals(referenced)) {
            throw new IllegalArgumentException(dependent + " cannot depend on itself");
        }
    }

    /** A dependency the server records. */
    public static Dependency on(ObjectKey dependent, ObjectKey referenced) {
        return new Dependency(dependent, referenced, true);
    }

    /** By dependent, then referenced, then enforced; written out, since catalogs sort tens of thousands of them. */
    @Override
    public int compareTo(Dependency other) {
        int c = dependent.compareTo(other.dependent);
        if (c == 0) {
            c = referenced.compareTo(other.referenced);
        }
        return c != 0 ? c : Boolean.compare(enforced, other.enforced);
    }

    @Override
    public String toString() {
        return dependent.displayName() + " -> " + referenced.displayName() + (enforced ? "" : " (from its body)");
    }
}
