package dev.drift.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a fleet's fix scripts ({@code <tenant>.sql}) and summary into a directory, each file atomically.
 * A directory that holds files drift did not write is refused unless forced; a directory drift wrote
 * before (it keeps the list in {@value #MARKER}) has that run's files replaced, and nothing else touched.
 */
final class FleetOutput {

    static final String MARKER = ".drift-fleet";

    private final Path dir;
    private final boolean force;

    FleetOutput(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    /**
     * Writes the scripts and the summary; returns how many scripts were written.
     *
     * @param scripts the text of each tenant's script, by tenant name
     */
    int write(Map<String, String> scripts, String summaryName, String summary) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + dir + " is a file, not a directory");
        }
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        List<String> previous = Files.exists(marker) ? Files.readAllLines(marker, StandardCharsets.UTF_8) : List.of();
        if (!Files.exists(marker) && !force) {
            try (Stream<Path> entries = Files.list(dir)) {
                Path foreign = entries.sorted().findFirst().orElse(null);
                if (foreign != null) {
                    throw new IllegalArgumentException("--out " + dir + " is not empty and drift did not write it (it holds "
                            + foreign.getFileName() + "): choose an empty or new directory, or pass --force");
                }
            }
        }
        List<String> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, String> e : scripts.entrySet()) {
            String name = fileName(e.getKey(), taken) + ".sql";
            atomically(dir.resolve(name), e.getValue());
            written.add(name);
        }
        atomically(dir.resolve(summaryName), summary);
        written.add(summaryName);
        // The previous run's files that this run did not rewrite are stale: a tenant now in sync has no script.
        for (String old : previous) {
            if (!old.isBlank() && !written.contains(old) && !old.contains("/") && !old.contains("\\")) {
                Files.deleteIfExists(dir.resolve(old));
            }
        }
        atomically(marker, String.join("\n", written) + "\n");
        return scripts.size();
    }

    /** The tenant's name if it is a safe file name, else a safe form of it; unique in the directory. */
    static String fileName(String tenant, Set<String> taken) {
        String safe = tenant.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        String name = safe;
        if (!safe.equals(tenant) || !taken.add(name.toLowerCase(Locale.ROOT))) {
            name = safe + "-" + Integer.toHexString(tenant.hashCode());
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    private static void atomically(Path target, String content) throws IOException {
        TextFiles.writeAtomically(target, content);
    }
}
