package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.DriftException;
import dev.drift.jdbc.ChangeToken;
import dev.drift.jdbc.ScanCache;
import dev.drift.report.Snapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code drift fleet --state <dir>}: the last scan's catalogs and change tokens on disk, so that the next
 * scan reads only the tenant databases whose catalog changed. The directory holds {@code tokens.tsv}
 * (one line per tenant database: its change token, the fingerprint of its catalog, its location) and one
 * snapshot file per distinct catalog, {@code <fingerprint>.json}: a fleet of a few shapes keeps a few files.
 * Everything read back is checked (a token and a fingerprint are hex; a snapshot's catalog must have the
 * fingerprint its name says); an entry that fails a check is dropped, and its tenant read again.
 */
final class StateDirectory {

    private static final String INDEX = "tokens.tsv";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SNAPSHOT = Pattern.compile("[0-9a-f]{64}\\.json");

    private final Path dir;

    StateDirectory(Path dir) {
        this.dir = dir;
    }

    /** The cache the last scan left, empty when there is none yet. */
    ScanCache load() {
        ScanCache cache = new ScanCache();
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return cache;
        }
        Map<String, Catalog> catalogs = new HashMap<>();
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length != 3 || !HEX.matcher(parts[0]).matches() || !HEX.matcher(parts[1]).matches()) {
                    continue;
                }
                Catalog catalog = catalogs.computeIfAbsent(parts[1], this::snapshot);
                if (catalog != null) {
                    cache.put(parts[2], new ChangeToken(parts[0]), catalog);
                }
            }
        } catch (IOException e) {
            throw new DriftException("cannot read the state directory " + dir + ": " + e.getMessage());
        }
        return cache;
    }

    /** The snapshot of one fingerprint, or null when it is missing or not what its name says. */
    private Catalog snapshot(String fingerprint) {
        Path file = dir.resolve(fingerprint + ".json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Catalog catalog = Snapshots.read(file);
            return catalog.fingerprint().equals(fingerprint) ? catalog : null;
        } catch (DriftException e) {
            return null;
        }
    }

    /** Saves the cache: a snapshot per distinct catalog (those already there are kept), then the index. */
    void save(ScanCache cache) {
        try {
            Files.createDirectories(dir);
            StringBuilder index = new StringBuilder();
            Set<String> kept = new TreeSet<>();
            for (Map.Entry<String, ScanCache.Entry> e : new java.util.TreeMap<>(cache.entries()).entrySet()) {
                String where = e.getKey();
                if (where.contains("\n") || where.contains("\r")) {
                    continue; // a location the index cannot hold on one line: that tenant is read again next time
                }
                Catalog catalog = e.getValue().catalog();
                String fingerprint = catalog.fingerprint();
                if (kept.add(fingerprint) && !Files.isRegularFile(dir.resolve(fingerprint + ".json"))) {
                    Snapshots.write(catalog, dir.resolve(fingerprint + ".json"));
                }
                index.append(e.getValue().token().value()).append('\t').append(fingerprint).append('\t').append(where)
                        .append('\n');
            }
            TextFiles.writeAtomically(dir.resolve(INDEX), index.toString());
            // Snapshots no tenant refers to any more.
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (SNAPSHOT.matcher(name).matches() && !kept.contains(name.substring(0, 64))) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new DriftException("cannot write the state directory " + dir + ": " + e.getMessage());
        }
    }
}
