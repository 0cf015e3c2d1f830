package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One difference between a reference catalog and a target catalog. A table that is missing or
 * unexpected as a whole is one change: its columns, constraints and indexes are not listed again.
 */
public sealed interface Change extends Comparable<Change> permits Change.Missing, Change.Unexpected, Change.Changed {

    ObjectKey key();

    /** A sentence a person reads, e.g. {@code missing column public.orders.external_id}. */
    String describe();

    @Override
    default int compareTo(Change other) {
        return key().compareTo(other.key());
    }

    /** In the reference, not in the target. */
    record Missing(DbObject object) implements Change {
        public Missing {
            Objects.requireNonNull(object, "object");
        }

        @Override
        public ObjectKey key() {
            return object.key();
        }

        @Override
        public String describe() {
            return "missing " + object.key();
        }
    }

    /** In the target only. */
    record Unexpected(DbObject object) implements Change {
        public Unexpected {
            Objects.requireNonNull(object, "object");
        }

        @Override
        public ObjectKey key() {
            return object.key();
        }

        @Override
        public String describe() {
            return "unexpected " + object.key();
        }
    }

    /** In both, with different properties. */
    record Changed(DbObject reference, DbObject target, List<PropertyChange> properties) implements Change {
        public Changed {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(target, "target");
            if (!reference.key().equals(target.key())) {
                throw new IllegalArgumentException("a change compares one object: " + reference.key() + " vs " + target.key());
            }
            properties = List.copyOf(properties);
        }

        @Override
        public ObjectKey key() {
            return reference.key();
        }

        /** Whether the named property differs. */
        public boolean changes(String property) {
            return properties.stream().anyMatch(p -> p.name().equals(property) || p.name().startsWith(property + "."));
        }

        @Override
        public String describe() {
            return "changed " + reference.key() + ": "
                    + properties.stream().map(PropertyChange::describe).collect(Collectors.joining("; "));
        }
    }
}
