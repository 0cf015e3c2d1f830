package dev.drift.jdbc;

import dev.drift.core.Catalog;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The last catalog read of each tenant database, with the {@link ChangeToken} taken just before it: a
 * {@link FleetScanner} given this cache ({@link FleetScanner.Builder#cache}) reads a tenant's token first
 * (one short query) and reads its catalog again only when the token changed. Keep one cache per scanner
 * configuration (the same reader settings): a catalog read with other schemas or options is not the same.
 * Thread-safe; in memory only (the CLI keeps its own on disk: {@code drift fleet --state}).
 *
 * <pre>{@code
 * ScanCache cache = new ScanCache();
 * FleetScanner scanner = FleetScanner.builder().cache(cache).build();
 * scanner.scan(fleet);          // reads every tenant
 * scanner.scan(fleet);          // reads only the tenants whose catalog changed since
 * }</pre>
 */
public final class ScanCache {

    /** A tenant's catalog and the token taken before it was read. */
    public record Entry(ChangeToken token, Catalog catalog) {
        public Entry {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** The catalog kept for a tenant location, if it was read under this token. */
    public Optional<Catalog> get(String where, ChangeToken token) {
        Entry e = entries.get(where);
        if (e != null && e.token().equals(token)) {
            hits.increment();
            return Optional.of(e.catalog());
        }
        misses.increment();
        return Optional.empty();
    }

    /** Keeps a tenant's catalog with the token taken before it was read. */
    public void put(String where, ChangeToken token, Catalog catalog) {
        entries.put(Objects.requireNonNull(where, "where"), new Entry(token, catalog));
    }

    /** What the cache holds, by tenant location: for saving it (the CLI's state directory). */
    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    /** How many lookups found an unchanged catalog. */
    public long hits() {
        return hits.sum();
    }

    /** How many lookups had to read the catalog (new tenant, or changed token). */
    public long misses() {
        return misses.sum();
    }
}
