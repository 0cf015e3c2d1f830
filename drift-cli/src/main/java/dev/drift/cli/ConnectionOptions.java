package dev.drift.cli;

import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.PostgresCatalogReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that reads catalogs shares. */
final class ConnectionOptions {

    @Option(names = "--schema", paramLabel = "<name>",
            description = "Compare only this schema (repeatable; default: every user schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--statement-timeout", paramLabel = "<seconds>", defaultValue = "30",
            description = "Longest a catalog query may run (default: ${DEFAULT-VALUE} s).")
    int statementTimeoutSeconds;

    @Option(names = "--lock-timeout", paramLabel = "<seconds>", defaultValue = "5",
            description = "Longest a catalog query may wait for a lock (default: ${DEFAULT-VALUE} s).")
    int lockTimeoutSeconds;

    @Option(names = "--connect-timeout", paramLabel = "<seconds>", defaultValue = "10",
            description = "Longest connecting may take (default: ${DEFAULT-VALUE} s), unless the URL (connect_timeout) or"
                    + " PGCONNECT_TIMEOUT says otherwise.")
    int connectTimeoutSeconds;

    PostgresCatalogReader reader() {
        return reader(schemas);
    }

    /** A reader of these schemas, with the timeouts given (e.g. one tenant schema of a schema-per-tenant fleet). */
    PostgresCatalogReader reader(List<String> schemas) {
        return builder(schemas).build();
    }

    /**
     * A reader for two databases read at once (a diff of two databases): each read keeps to one connection.
     * The two reads already keep two cores busy; a second connection each made a 1,000-table diff slower on
     * 2 cores (2.4 to 3.0 s against 2.1 to 2.4 s), while it makes a read alone faster (docs/benchmarks.md, run S).
     */
    PostgresCatalogReader readerOfOneOfTwo() {
        return builder(schemas).parallelQueries(false).build();
    }

    private PostgresCatalogReader.Builder builder(List<String> schemas) {
        return PostgresCatalogReader.builder()
                .schemas(schemas)
                .statementTimeout(seconds(statementTimeoutSeconds, "--statement-timeout"))
                .lockTimeout(seconds(lockTimeoutSeconds, "--lock-timeout"))
                .connectTimeout(seconds(connectTimeoutSeconds, "--connect-timeout"));
    }

    static Duration seconds(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1 second but was " + value);
        }
        return Duration.ofSeconds(value);
    }

    static DatabaseUrl url(String value) {
        return DatabaseUrl.parse(value);
    }

    /** A fleet scanner that reads with these timeouts and schemas. */
    FleetScanner.Builder fleetScanner() {
        return FleetScanner.builder().reader(reader());
    }
}
