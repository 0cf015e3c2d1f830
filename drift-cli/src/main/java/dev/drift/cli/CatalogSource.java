package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.DriftException;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.Snapshots;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Where a command gets a catalog: a database URL (anything with a scheme, or {@code jdbc:}) is read from
 * the database; any other value must name an existing file, read as a JSON snapshot
 * ({@code drift snapshot --output}).
 *
 * @param name    what reports call it: the database name, or the file as given
 * @param catalog the catalog
 */
record CatalogSource(String name, Catalog catalog) {

    /**
     * Where a catalog comes from, checked before anything is read, so that a mistyped file name fails at
     * once rather than after a connection to the other side.
     */
    sealed interface Location permits DatabaseLocation, FileLocation {
        CatalogSource load(PostgresCatalogReader reader);
    }

    record DatabaseLocation(DatabaseUrl url) implements Location {
        @Override
        public CatalogSource load(PostgresCatalogReader reader) {
            Catalog catalog = reader.read(url);
            return new CatalogSource(catalog.database(), catalog);
        }
    }

    record FileLocation(String given, Path file) implements Location {
        @Override
        public CatalogSource load(PostgresCatalogReader reader) {
            return new CatalogSource(given, snapshot(file));
        }
    }

    private static final Pattern BROKEN_JSON = Pattern.compile(" is not valid JSON(?: at line (\\d+), column (\\d+))?: (.*)");

    /**
     * Reads a snapshot file for the command line: a file that is cut short or is not JSON at all gets one
     * line a person can act on, not the JSON parser's own words.
     */
    static Catalog snapshot(Path file) {
        try {
            return Snapshots.read(file);
        } catch (DriftException e) {
            Matcher m = BROKEN_JSON.matcher(String.valueOf(e.getMessage()));
            if (!m.find()) {
                throw e;
            }
            String where = m.group(1) == null ? "" : " at line " + m.group(1) + ", column " + m.group(2);
            boolean truncated = m.group(3).startsWith("Unexpected end-of-input");
            throw new DriftException(file + (truncated ? " is cut short" + where + ": the snapshot was not written to"
                    + " the end (a full disk, an interrupted copy?)" : " is not a Drift snapshot: its JSON is broken"
                    + where) + "; write it again with 'drift snapshot --url <database> -o " + file.getFileName() + "'");
        }
    }

    /**
     * Loads two catalogs at once (the reference on a second thread, the target on this one): a read is
     * mostly waiting for its server, or parsing a file, and the two do not depend on each other. When both
     * fail, the reference's error is the one reported, as when they were read one after the other.
     *
     * @return the reference's source and the target's, in that order
     */
    static List<CatalogSource> loadBoth(Location reference, Location target, PostgresCatalogReader reader) {
        FutureTask<CatalogSource> first = new FutureTask<>(() -> reference.load(reader));
        Thread thread = new Thread(first, "drift-read-reference");
        thread.setDaemon(true);
        thread.start();
        CatalogSource second;
        try {
            second = target.load(reader);
        } catch (RuntimeException | Error e) {
            await(first);
            throw e;
        }
        return List.of(await(first), second);
    }

    /** The result of work started on another thread; its failure is thrown here, as if it had run on this one. */
    static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriftException("interrupted while reading");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A database URL, or else an existing file. */
    static Location locate(String value, String option) {
        if (looksLikeUrl(value)) {
            return new DatabaseLocation(DatabaseUrl.parse(value));
        }
        Path file;
        try {
            file = Path.of(value);
        } catch (InvalidPathException e) {
            throw notFound(value, option);
        }
        if (!Files.isRegularFile(file)) {
            throw notFound(value, option);
        }
        return new FileLocation(value, file);
    }

    /** Anything with a scheme is a URL (a {@code mysql://} one gets the URL parser's own error). */
    private static boolean looksLikeUrl(String value) {
        String v = value.trim();
        return v.startsWith("jdbc:") || v.contains("://");
    }

    private static DriftException notFound(String value, String option) {
        // The value may be a mistyped URL with a password in it: only name it when it cannot be one.
        String shown = value.contains("@") || value.contains("password") ? "the value" : "'" + value + "'";
        return new DriftException(option + ": " + shown + " is neither a PostgreSQL URL (jdbc:postgresql://... or"
                + " postgresql://...) nor an existing snapshot file");
    }
}
