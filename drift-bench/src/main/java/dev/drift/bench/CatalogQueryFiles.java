package dev.drift.bench;

import dev.drift.jdbc.PostgresCatalogReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The reader's bulk catalog queries, as it ships them: the {@code .sql} resources beside
 * {@link PostgresCatalogReader}, whether it is loaded from a directory or a jar.
 */
final class CatalogQueryFiles {

    private static final String FOLDER = "dev/drift/jdbc/";

    private CatalogQueryFiles() {
    }

    /** Query name (file name without {@code .sql}) to the SQL text the reader sends, sorted by name. */
    static SortedMap<String, String> load() {
        SortedMap<String, String> out = new TreeMap<>();
        try {
            Path location = Path.of(PostgresCatalogReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(location.resolve(FOLDER), "*.sql")) {
                    for (Path f : files) {
                        String name = name(f.getFileName().toString());
                        out.put(name, PostgresCatalogReader.catalogQuery(name));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        String n = e.getName();
                        if (n.startsWith(FOLDER) && n.endsWith(".sql") && n.indexOf('/', FOLDER.length()) < 0) {
                            String name = name(n.substring(FOLDER.length()));
                            out.put(name, PostgresCatalogReader.catalogQuery(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the catalog queries of drift-jdbc", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate drift-jdbc", e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("found no catalog queries (" + FOLDER + "*.sql) beside PostgresCatalogReader");
        }
        return out;
    }

    private static String name(String file) {
        return file.substring(0, file.length() - ".sql".length());
    }

    /** The query with its schema filter set to "all schemas", ready to run as plain SQL. */
    static String unfiltered(String sql) {
        return sql.replace("?::text[]", "NULL::text[]").replace(REGISTERED_OIDS, "16384 AND 4294967295");
    }

    /**
     * The reader writes the OID range of the objects it read into dependencies.sql before sending it (see
     * drift-jdbc's ObjectIds): the marker stands for any {@code <low> AND <high>}.
     */
    private static final String REGISTERED_OIDS = "{{registered_oids}}";

    /** Whether a statement sent is one of these resources, as the reader sends it. */
    static boolean isCatalogQuery(String statement, java.util.Collection<String> resources) {
        for (String resource : resources) {
            int at = resource.indexOf(REGISTERED_OIDS);
            if (at < 0 ? statement.equals(resource)
                    : statement.startsWith(resource.substring(0, at))
                    && statement.endsWith(resource.substring(at + REGISTERED_OIDS.length()))
                    && statement.substring(at, statement.length() - (resource.length() - at - REGISTERED_OIDS.length()))
                            .matches("\\d+ AND \\d+")) {
                return true;
            }
        }
        return false;
    }
}
