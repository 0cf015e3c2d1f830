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
        RECREATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
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
