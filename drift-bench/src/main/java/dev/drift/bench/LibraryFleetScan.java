package dev.drift.bench;

import dev.drift.core.fleet.TenantScan;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.jdbc.ScanCache;
import dev.drift.jdbc.TenantSource;
import dev.drift.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drift's fleet scan as users run it: drift-jdbc's {@link FleetScanner} (interning, bounded concurrency,
 * read-only transactions, one pass per schema-per-tenant database, split per tenant schema), with
 * {@code jobs} and {@code jobsPerServer} both set to the benchmark's parallelism. A tenant that fails
 * fails the measurement: the benchmark compares only complete scans.
 */
final class LibraryFleetScan implements DriftFleetScan {

    /** One pass over tens of thousands of tables can outlast the default 30 s statement timeout. */
    private static final Duration ONE_PASS_TIMEOUT = Duration.ofMinutes(10);

    private final PostgresServer server;
    private final int parallelism;
    private final FleetScanner scanner;
    /** The same scanner with a cache of change tokens, kept across re-scans. */
    private final FleetScanner cachedScanner;
    /** The same again, keeping one connection per tenant database open between re-scans. */
    private final FleetScanner keptScanner;

    LibraryFleetScan(PostgresServer server, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1 but was " + parallelism);
        }
        this.server = server;
        this.parallelism = parallelism;
        this.scanner = FleetScanner.builder().jobs(parallelism).jobsPerServer(parallelism)
                .reader(PostgresCatalogReader.builder().statementTimeout(ONE_PASS_TIMEOUT).build()).build();
        this.cachedScanner = FleetScanner.builder().jobs(parallelism).jobsPerServer(parallelism)
                .reader(PostgresCatalogReader.builder().statementTimeout(ONE_PASS_TIMEOUT).build())
                .cache(new ScanCache()).build();
        this.keptScanner = FleetScanner.builder().jobs(parallelism).jobsPerServer(parallelism)
                .reader(PostgresCatalogReader.builder().statementTimeout(ONE_PASS_TIMEOUT).build())
                .cache(new ScanCache()).keepConnections(true).build();
    }

    @Override
    public ShapeGroups scanDatabases(List<Tenant> tenants) {
        return groups(scanner.scan(sources(tenants)));
    }

    @Override
    public ShapeGroups rescanDatabases(List<Tenant> tenants) {
        return groups(cachedScanner.scan(sources(tenants)));
    }

    @Override
    public ShapeGroups rescanKept(List<Tenant> tenants) {
        return groups(keptScanner.scan(sources(tenants)));
    }

    @Override
    public void closeKept() {
        keptScanner.close();
    }

    private List<TenantSource> sources(List<Tenant> tenants) {
        return tenants.stream()
                .map(t -> (TenantSource) new TenantSource.Database(t.name(), DatabaseUrl.parse(server.jdbcUrl(t.database()))))
                .toList();
    }

    @Override
    public ShapeGroups readSchemas(String database, List<String> schemas) {
        // The fleet API chooses schemas by a LIKE pattern; the generated tenant schemas share a prefix.
        String pattern = commonPrefix(schemas) + "%";
        ShapeGroups groups = groups(scanner.scan(List.of(new TenantSource.Schemas(
                DatabaseUrl.parse(server.jdbcUrl(database)), pattern))));
        if (groups.tenants() != schemas.size()) {
            throw new IllegalStateException("the scan of " + database + " with the pattern " + pattern + " found "
                    + groups.tenants() + " tenant schemas, not " + schemas.size());
        }
        return groups;
    }

    private static ShapeGroups groups(List<TenantScan> scans) {
        ShapeGroups groups = new ShapeGroups();
        for (TenantScan scan : scans) {
            if (scan instanceof TenantScan.Failed f) {
                throw new IllegalStateException("Drift could not read tenant " + f.tenant() + ": " + f.reason());
            }
            TenantScan.Read read = (TenantScan.Read) scan;
            groups.add(read.tenant(), read.catalog());
        }
        return groups;
    }

    /** The longest prefix the names share, with LIKE's wildcards escaped. */
    static String commonPrefix(List<String> names) {
        Set<String> sorted = new TreeSet<>(names);
        String first = ((TreeSet<String>) sorted).first();
        String last = ((TreeSet<String>) sorted).last();
        int n = 0;
        while (n < Math.min(first.length(), last.length()) && first.charAt(n) == last.charAt(n)) {
            n++;
        }
        return first.substring(0, n).replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public String describe() {
        return "FleetScanner, " + parallelism + " jobs";
    }
}
