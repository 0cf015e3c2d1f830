package dev.drift.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A risk that a statement carries, with a sentence that explains it.
 *
 * @param kind        what kind of risk
 * @param explanation why this statement carries it, for the person who reviews the script
 */
public record Hazard(Kind kind, String explanation) {

    /** The kinds of risk a statement can carry. */
    public enum Kind {
        /** Data is deleted or may be changed irreversibly. Such statements are held back unless allowed. */
        DATA_LOSS,
        /** PostgreSQL rewrites the whole table (time and disk proportional to its size). */
        TABLE_REWRITE,
        /** Takes a lock that blocks reads or writes while it scans or builds. */
        LONG_LOCK,
        /** Can fail on the data the target holds (nulls, duplicates, rows that violate a check). */
        MAY_FAIL,
        /**
         * The object is dropped and created again (PostgreSQL cannot change it in place, or something it
         * depends on changes): the plan applies its comment, grants and owner again after, and rebuilds
         * what depends on it with it; it is missing for a moment, inside the script's transaction.
         */
        RECREATED,
        /**
         * Gives a role power it did not have: a {@code SECURITY DEFINER} routine (or one in a language PostgreSQL
         * does not sandbox), a grant, a default privilege, an owner, row-level security turned off, a policy
         * loosened. From a baseline Drift chose, held back unless allowed ({@link PlanOptions#allowPrivileged()}).
         */
        GRANTS_POWER,
        /**
         * Runs code that is not PostgreSQL's own while it executes, with the rights of the role that runs the
         * script: a materialized view filled on creation, an index, check or default calling a user function over
         * the rows a table holds. From a baseline Drift chose, held back unless allowed.
         */
        RUNS_CODE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** Whether a statement with this hazard needs a reference the caller trusts (see {@link #GRANTS_POWER}). */
        public boolean needsTrust() {
            return this == GRANTS_POWER || this == RUNS_CODE;
        }
    }

    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
    }

    public String describe() {
        return kind.label() + ": " + explanation;
    }
}
