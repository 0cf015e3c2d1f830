package dev.drift.cli;

import dev.drift.report.PlanOptions;
import picocli.CommandLine.Option;

/**
 * The online-safe plan options, shared by every command that plans a fix ({@code diff}, {@code fleet},
 * {@code apply}): builds that do not block writes, and validation apart from the short lock of adding a
 * constraint. See docs/online-safe.md.
 */
final class OnlineOptions {

    @Option(names = "--concurrently",
            description = "Build a new index on an existing table with CREATE INDEX CONCURRENTLY (writes go on), and"
                    + " drop one with DROP INDEX CONCURRENTLY; a new unique or primary key is built that way and then"
                    + " attached (ADD CONSTRAINT ... USING INDEX). These statements run outside a transaction, each"
                    + " on its own; a failed build leaves an INVALID index to drop. Partitioned tables and tables the"
                    + " script creates keep plain statements.")
    boolean concurrently;

    @Option(names = "--validate-separately",
            description = "Add a new CHECK or FOREIGN KEY constraint to an existing table NOT VALID (a short lock,"
                    + " no scan) and validate it at the end, after a commit, with VALIDATE CONSTRAINT (reads and"
                    + " writes go on during the scan). Constraints the reference has NOT VALID stay so.")
    boolean validateSeparately;

    /** The options with these two set as given on the command line. */
    PlanOptions applyTo(PlanOptions options) {
        return options.withConcurrentIndexes(concurrently).withValidateSeparately(validateSeparately);
    }
}
