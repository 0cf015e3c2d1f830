package dev.drift.core;

import java.util.Objects;

/**
 * The options of a sequence, as {@code pg_sequence} stores them.
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 */
public record SequenceOptions(String dataType, long start, long increment, long minValue, long maxValue, long cache,
                              boolean cycle) {
    public SequenceOptions {
        Objects.requireNonNull(dataType, "dataType");
        if (increment == 0) {
            throw new IllegalArgumentException("increment must not be zero");
        }
    }

    /** The options PostgreSQL gives a sequence of this type when none are named. */
    public static SequenceOptions defaults(String dataType) {
        return new SequenceOptions(dataType, 1, 1, 1, maxFor(dataType), 1, false);
    }

    /** The largest value of a sequence type. */
    public static long maxFor(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
