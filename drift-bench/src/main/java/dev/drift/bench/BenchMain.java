package dev.drift.bench;

import dev.drift.testkit.PostgresServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark: generated tenant fleets on an embedded PostgreSQL 15, read by Drift side by side
 * with {@code pg_dump --schema-only} plus {@code diff} and with a JDBC metadata walk, on the same data
 * in one run. Writes Markdown results to standard output and to a file.
 *
 * <pre>
 * mvn -B -ntp -q -pl drift-bench -am package -DskipTests
 * java -Xmx512m -jar drift-bench/target/drift-bench.jar --scale small
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length == 2 && args[0].equals("--print-schema")) {
            // The generated schema of N tables (seed 42), to look at or to load by hand.
            System.out.print(SchemaDdl.render(SchemaGenerator.generate(Integer.parseInt(args[1]), 42), "public"));
            return;
        }
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("drift-bench: " + e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        try {
            System.out.print(run(options));
        } catch (IllegalStateException e) {
            System.err.println("drift-bench: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The one place where the benchmark picks Drift's fleet scan: the library's FleetScanner. */
    static DriftFleetScan driftScan(PostgresServer server, BenchOptions options) {
        return new LibraryFleetScan(server, options.parallelism());
    }

    static String run(BenchOptions options) throws Exception {
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Progress.say("starting PostgreSQL " + BenchServer.MAJOR + " (embedded, unless DRIFT_TEST_JDBC_URL names a server)");
        PostgresServer server = BenchServer.start();
        Path work = Files.createTempDirectory("drift-bench-dumps");
        try {
            Optional<PgDump> pgDump = options.driftOnly() || options.buildOnly() ? Optional.empty()
                    : Optional.of(PgDump.locate(options.pgDump(), server, work));
            Report report = new Report();
            DriftFleetScan scan = driftScan(server, options);
            Scenarios scenarios = new Scenarios(server, options, pgDump, scan, report);
            BenchOptions.Scale scale = options.scale();
            if (options.runs("single")) {
                for (int tables : scale.singleTables) {
                    scenarios.singleDatabase(tables);
                }
            }
            if (options.runs("databases")) {
                for (int tenants : options.tenantDatabases()) {
                    scenarios.databasePerTenant(tenants);
                }
            }
            if (options.runs("schemas")) {
                for (int tenants : options.tenantSchemas()) {
                    scenarios.schemaPerTenant(tenants);
                }
            }
            if (options.runs("memory")) {
                scenarios.inMemory(scale.inMemoryTenants);
            }
            statementTarget(scenarios.statementCounts(), report);
            String serverVersion = server.queryValue("postgres", "SELECT version()").orElse("?");
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String preamble = preamble(options, started, serverVersion, pgDump.map(PgDump::version).orElse("not used"),
                    loadBefore, loadAfter);
            String markdown = report.render(preamble);
            Path parent = options.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
            Progress.say("results written to " + options.out().toAbsolutePath());
            return markdown;
        } finally {
            deleteTree(work);
        }
    }

    private static void statementTarget(List<Scenarios.StatementCount> counts, Report report) {
        if (counts.isEmpty()) {
            return;
        }
        int files = CatalogQueryFiles.load().size();
        StringBuilder measured = new StringBuilder();
        // Met when every read, whatever the number of tables and schemas, sends the same number of catalog
        // queries, and no more than the reader has .sql resources.
        boolean met = counts.stream().mapToLong(Scenarios.StatementCount::catalogQueries).distinct().count() == 1;
        for (Scenarios.StatementCount c : counts) {
            measured.append(measured.length() == 0 ? "" : "; ").append(c.database()).append(" (").append(c.tables())
                    .append(" tables): ").append(c.catalogQueries()).append(" catalog queries, ").append(c.statements())
                    .append(" statements");
            met &= c.catalogQueries() <= files;
        }
        report.target("no catalog query per table or per schema (" + files + " .sql resources in drift-jdbc)",
                measured.toString(), met);
    }

    private static String preamble(BenchOptions o, Instant started, String serverVersion, String pgDumpVersion,
                                   double loadBefore, double loadAfter) {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, """
                ## drift-bench results (--scale %s)

                - started %s, took %d s; machine: %d CPUs (%s), %s RAM, load average %.2f before and %.2f after \
                (the machine is shared with other builds: compare the ratios, measured side by side, more than the \
                absolute times)
                - Java %s, -Xmx %s; %s; %s
                - options: runs %d (after one warm-up), slow runs %d, parallelism %d, drift rate %.2f, seed %d, \
                %d tables per tenant, per-schema loop sample %d
                """, o.scale().name().toLowerCase(Locale.ROOT), started.truncatedTo(ChronoUnit.SECONDS),
                (System.currentTimeMillis() - started.toEpochMilli()) / 1000, rt.availableProcessors(), cpuModel(),
                memTotal(), loadBefore, loadAfter, System.getProperty("java.version"),
                Format.megabytes(rt.maxMemory()), serverVersion.replaceAll(",.*", ""), pgDumpVersion,
                o.runs(), o.slowRuns(), o.parallelism(), o.driftRate(), o.seed(), o.tables(), o.loopSample());
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String memTotal() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal").map(v -> {
            long kb = Long.parseLong(v.replaceAll("[^0-9]", ""));
            return String.format(Locale.ROOT, "%.0f GB", kb / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    private static Optional<String> procLine(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
