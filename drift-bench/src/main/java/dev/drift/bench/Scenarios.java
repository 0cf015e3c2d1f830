package dev.drift.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** The benchmark's scenarios: each builds its data, runs the approaches side by side and reports. */
final class Scenarios {

    private static final long MB = 1024L * 1024L;
    private static final String CPU_COLUMN = "CPU, client + server (median)";

    /** Statement counts of Drift's reader per database read, for the "no query per table" target. */
    record StatementCount(String database, int tables, int statements, long catalogQueries, int descriptions) {
    }

    private final PostgresServer server;
    private final BenchOptions options;
    private final Optional<PgDump> pgDump;
    private final DriftFleetScan scan;
    private final Report report;
    private final FleetBuilder builder;
    private final List<StatementCount> statementCounts = new ArrayList<>();
    private final CpuMeter cpu;

    Scenarios(PostgresServer server, BenchOptions options, Optional<PgDump> pgDump, DriftFleetScan scan, Report report) {
        this.server = server;
        this.options = options;
        this.pgDump = pgDump;
        this.scan = scan;
        this.report = report;
        this.builder = new FleetBuilder(server, options.keep());
        this.cpu = CpuMeter.of(server);
    }

    List<StatementCount> statementCounts() {
        return List.copyOf(statementCounts);
    }

    /** One database of {@code tables} tables: one read by each approach. */
    void singleDatabase(int tables) throws Exception {
        TenantShape shape = SchemaGenerator.generate(tables, options.seed());
        String db = "single_" + tables;
        Progress.say("creating " + db);
        Tenant tenant = builder.database(db, shape,
                FleetBuilder.signature("single database", 1, tables, options.seed(), 0));
        if (options.buildOnly()) {
            return;
        }
        QueryBreakdown.Figures figures = QueryBreakdown.measure(server, db);
        statementCounts.add(new StatementCount(db, tables, figures.statements(), figures.catalogQueries(),
                figures.parameterDescriptions()));
        PostgresCatalogReader reader = PostgresCatalogReader.create();
        DatabaseUrl url = DatabaseUrl.parse(server.jdbcUrl(db));
        Map<String, SideBySide.Result> results;
        String pooled = "Drift, pooled connection (HikariCP)";
        String fresh = "Drift, new connection";
        try (HikariDataSource pool = pool(server, db, options.parallelism())) {
            SideBySide runs = new SideBySide(cpu)
                    .add(pooled, options.runs(), true, () -> reader.read(pool).size())
                    .add(fresh, options.runs(), true, () -> reader.read(url).size());
            pgDump.ifPresent(d -> runs.add("pg_dump --schema-only", options.runs(), true,
                    () -> d.dump(db, Optional.empty(), db).toFile().length()));
            if (!options.driftOnly()) {
                runs.add("JDBC metadata walk, new connection", options.runs(), true,
                        () -> MetadataWalk.walk(server, tenant).size());
            }
            results = runs.run();
        }
        report.heading("One database of " + tables + " tables (" + figures.objects() + " Drift objects)");
        List<List<String>> rows = new ArrayList<>();
        double base = results.get(fresh).medianMillis();
        for (SideBySide.Result r : results.values()) {
            rows.add(List.of(r.label(), Format.millis(r.medianMillis()), r.runs(), Format.ratio(r.medianMillis() / base),
                    r.medianCpu()));
        }
        report.table(List.of("approach", "median", "runs", "time / Drift (new connection)", CPU_COLUMN), rows);
        breakdown(figures);
        if (tables >= 1000) {
            report.target("a 1,000-table catalog read in a warm JVM (reference: 101 ms)",
                    Format.millis(results.get(pooled).medianMillis()) + " pooled, "
                            + Format.millis(results.get(fresh).medianMillis()) + " on a new connection",
                    results.get(pooled).medianMillis() <= 200);
        }
        builder.drop(List.of(db));
    }

    private void breakdown(QueryBreakdown.Figures f) {
        report.paragraph(String.format(Locale.ROOT, "Where Drift's read of %s goes: connecting %s; first read on a new "
                        + "server process (cold catalog caches) %s; second read on the same connection %s; "
                        + "fingerprinting the catalog %s. Statements sent per read: %d, of which %d bulk catalog "
                        + "queries, plus %d parameter descriptions (round trips of getParameterMetaData). "
                        + "Per bulk query, server execution (EXPLAIN ANALYZE, deparsing included) and fetching "
                        + "every row as text to the client:",
                f.database(), Format.millis(f.connectMillis()), Format.millis(f.coldReadMillis()),
                Format.millis(f.warmReadMillis()), Format.millis(f.fingerprintMillis()), f.statements(),
                f.catalogQueries(), f.parameterDescriptions()));
        List<List<String>> rows = new ArrayList<>();
        for (QueryBreakdown.QueryFigures q : f.queries()) {
            rows.add(List.of(q.name(), Long.toString(q.rows()), Format.millis(q.serverMillis()),
                    Format.millis(q.fetchMillis()), Format.megabytes(q.bytes())));
        }
        rows.add(List.of("**all**", Long.toString(f.queries().stream().mapToLong(QueryBreakdown.QueryFigures::rows).sum()),
                Format.millis(f.serverMillis()), Format.millis(f.fetchMillis()),
                Format.megabytes(f.queries().stream().mapToLong(QueryBreakdown.QueryFigures::bytes).sum())));
        report.table(List.of("query", "rows", "server", "fetch (server + transfer)", "text"), rows);
    }

    /**
     * Changes a tenant's catalog so that its change token changes while Drift's catalog of it stays the same:
     * its first table renamed and renamed back (its {@code pg_class} and {@code pg_type} rows are new row
     * versions). A table created and dropped would not do: the live catalog rows are then the very ones of
     * before, and so is the token (runs J to L measured their "1 % changed" re-scans with such a touch, so
     * no tenant was read again in them).
     */
    static final String TOUCH = "DO $$DECLARE n text; BEGIN"
            + " SELECT relname INTO n FROM pg_catalog.pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
            + " ORDER BY relname LIMIT 1;"
            + " EXECUTE format('ALTER TABLE public.%I RENAME TO drift_bench_touch', n);"
            + " EXECUTE format('ALTER TABLE public.drift_bench_touch RENAME TO %I', n); END$$";

    /** {@code tenants} databases of the configured size, some drifted: scan and compare them all. */
    void databasePerTenant(int tenants) throws Exception {
        TenantShape shape = SchemaGenerator.generate(options.tables(), options.seed());
        List<List<InjectedDrift>> plan = InjectedDrift.plan(shape, tenants, options.driftRate(), options.seed() + tenants);
        String prefix = "fleet" + tenants;
        Progress.say("creating " + tenants + " tenant databases of " + options.tables() + " tables");
        long setup = System.nanoTime();
        List<Tenant> fleet = builder.databasePerTenant(prefix, shape, plan, FleetBuilder.signature("database per tenant",
                tenants, options.tables(), options.seed(), options.driftRate()));
        double setupMillis = (System.nanoTime() - setup) / 1e6;
        if (options.buildOnly()) {
            return;
        }
        String reference = fleet.get(0).name();
        boolean big = tenants > 100;
        // On the biggest fleets the slow loops run over a sample of tenants and are scaled to the fleet.
        List<Tenant> sample = fleet.subList(0, Math.min(fleet.size(), options.loopSample()));
        double sampleScale = (double) fleet.size() / sample.size();
        String sampled = sample.size() < fleet.size() ? " (" + sample.size() + " tenants, extrapolated)" : "";
        List<Long> compareNanos = new ArrayList<>();
        String drift = "Drift: " + scan.describe() + ", fingerprint groups, Differ per distinct shape";
        if (big) {
            Progress.say("warm-up: Drift on the first " + sample.size() + " tenants");
            scan.scanDatabases(sample);
        }
        SideBySide runs = new SideBySide(cpu).add(drift, options.runs(), !big, () -> {
            ShapeGroups groups = scan.scanDatabases(fleet);
            long start = System.nanoTime();
            int drifted = groups.compareWith(reference).driftedTenants();
            compareNanos.add(System.nanoTime() - start);
            return drifted;
        });
        // A re-scan after 1 % of the tenants changed: the cache was filled by a first scan; before each run the
        // catalog of the next 1 % is changed (TOUCH), then the whole fleet is scanned and compared again. The
        // change itself is not timed: it is the tenants' DDL, not the check (before run P it was, which added a
        // new connection and two renames per changed tenant to the re-scan's time and server CPU).
        String rescan = "Drift re-scan, change tokens cached, 1 % of tenants changed (FleetScanner with a ScanCache)";
        int changedPerRun = Math.max(1, tenants / 100);
        java.util.concurrent.atomic.AtomicInteger nextChanged = new java.util.concurrent.atomic.AtomicInteger(1);
        scan.rescanDatabases(fleet);
        java.util.function.Consumer<Integer> touch = count -> {
            for (int i = 0; i < count; i++) {
                server.execute(fleet.get(nextChanged.getAndIncrement() % fleet.size()).database(), TOUCH);
            }
        };
        // Before each run, untimed: a re-scan that catches up with the tenants the other variant changed, then the
        // touch. So each timed run sees exactly 1 % changed since its last scan (until run U, it saw the other
        // variant's changes too: 2 % in effect).
        runs.add(rescan, options.runs(), true, () -> {
            scan.rescanDatabases(fleet);
            touch.accept(changedPerRun);
        }, () -> scan.rescanDatabases(fleet).compareWith(reference).driftedTenants());
        // The same on connections kept between scans (FleetScanner.keepConnections, or an application's
        // pools): the server process of an unchanged tenant is warm, so its check is the token query alone.
        String kept = "Drift re-scan on kept connections, change tokens cached, 1 % of tenants changed"
                + " (FleetScanner with a ScanCache, keepConnections)";
        scan.rescanKept(fleet);
        runs.add(kept, options.runs(), true, () -> {
            scan.rescanKept(fleet);
            touch.accept(changedPerRun);
        }, () -> scan.rescanKept(fleet).compareWith(reference).driftedTenants());
        // On the biggest fleets the 2-way loop too runs over the sample and is scaled to the fleet: each dump is
        // a process of its own on a database of the same size, so its time grows linearly with the tenants.
        String twoWay = "pg_dump --schema-only + diff, 2 in parallel" + (big ? sampled : "");
        // JDBC tools walk one database after the other on one connection; the walk on as many connections
        // as Drift uses is shown too (on the smaller fleets), so the ratio owes nothing to parallelism.
        String sequential = "pg_dump --schema-only + diff, sequential" + sampled;
        String walk = "JDBC metadata walk, 1 connection (as JDBC tools do)" + sampled;
        String parallelWalk = "JDBC metadata walk, " + scan.parallelism() + " connections" + sampled;
        pgDump.ifPresent(d -> runs
                .add(twoWay, big ? options.slowRuns() : options.runs(), !big, () -> d.dumpAndDiff(big ? sample : fleet, false, 2))
                .add(sequential, big ? options.slowRuns() : options.runs(), !big, () -> d.dumpAndDiff(sample, false, 1)));
        if (!options.driftOnly()) {
            runs.add(walk, big ? options.slowRuns() : options.runs(), !big, () -> MetadataWalk.walkAndCompare(server, sample, 1));
            if (!big) {
                runs.add(parallelWalk, options.runs(), true,
                        () -> MetadataWalk.walkAndCompare(server, sample, scan.parallelism()));
            }
        }
        Map<String, SideBySide.Result> measured = runs.run();
        Map<String, SideBySide.Result> results = new java.util.LinkedHashMap<>();
        for (SideBySide.Result r : measured.values()) {
            results.put(r.label(), r.label().endsWith("extrapolated)") ? r.scaled(sampleScale) : r);
        }

        HeapMeter.reset();
        ShapeGroups groups = scan.scanDatabases(fleet);
        ShapeGroups.Comparison comparison = groups.compareWith(reference);
        long peak = HeapMeter.peakBytes();
        long live = HeapMeter.liveBytes();
        report.heading(tenants + " tenant databases of " + options.tables() + " tables");
        report.paragraph(String.format(Locale.ROOT, "%d tenants with injected drift (rate %.2f); %d distinct shapes. "
                        + "Creating (or finding) the fleet took %s. Drift's comparison after the scan (grouping and one diff per "
                        + "distinct shape): median %s. Heap during one Drift scan and comparison: peak %s "
                        + "(sum of pool peaks), %s live afterwards, -Xmx %s.",
                InjectedDrift.driftedTenants(plan), options.driftRate(), comparison.distinctShapes(),
                Format.millis(setupMillis), Format.millis(median(compareNanos) / 1e6), Format.megabytes(peak),
                Format.megabytes(live), Format.megabytes(HeapMeter.maxBytes())));
        fleetTable(results, drift, InjectedDrift.driftedTenants(plan));
        breakdown(QueryBreakdown.measure(server, fleet.get(0).database()));
        costFloor(fleet, tenants, results, drift, twoWay);
        double d = results.get(drift).medianMillis();
        if (results.containsKey(twoWay)) {
            double ratio = results.get(twoWay).medianMillis() / d;
            report.target(tenants + " tenant dbs: Drift at least 2x faster than the 2-way pg_dump loop plus diff",
                    Format.ratio(ratio) + " (" + Format.millis(d) + " vs " + Format.millis(results.get(twoWay).medianMillis())
                            + results.get(twoWay).cpuRatio(results.get(drift)) + ")", ratio >= 2);
        }
        if (results.containsKey(twoWay) && results.containsKey(rescan)) {
            double r = results.get(rescan).medianMillis();
            double ratio = results.get(twoWay).medianMillis() / r;
            report.target(tenants + " tenant dbs, 1 % changed: Drift's re-scan at least 10x faster than the 2-way pg_dump loop",
                    Format.ratio(ratio) + " (" + Format.millis(r) + " vs " + Format.millis(results.get(twoWay).medianMillis())
                            + results.get(twoWay).cpuRatio(results.get(rescan)) + ")", ratio >= 10);
        }
        if (results.containsKey(twoWay) && results.containsKey(kept)) {
            double r = results.get(kept).medianMillis();
            double ratio = results.get(twoWay).medianMillis() / r;
            report.target(tenants + " tenant dbs, 1 % changed: Drift's re-scan on kept connections at least 10x faster"
                    + " than the 2-way pg_dump loop", Format.ratio(ratio) + " (" + Format.millis(r) + " vs "
                    + Format.millis(results.get(twoWay).medianMillis()) + results.get(twoWay).cpuRatio(results.get(kept))
                    + ")", ratio >= 10);
        }
        scan.closeKept();
        if (results.containsKey(walk)) {
            double ratio = results.get(walk).medianMillis() / d;
            report.target(tenants + " tenant dbs: Drift at least 6x faster than the JDBC metadata walk (1 connection)",
                    Format.ratio(ratio) + " (" + Format.millis(d) + " vs " + Format.millis(results.get(walk).medianMillis())
                            + results.get(walk).cpuRatio(results.get(drift)) + ")", ratio >= 6);
        }
        if (tenants >= 1000) {
            report.target("peak heap for 1,000 real tenants under 256 MB", Format.megabytes(peak) + " peak, "
                    + Format.megabytes(live) + " live after the scan", peak < 256 * MB);
        }
        List<String> databases = new ArrayList<>();
        fleet.forEach(t -> databases.add(t.database()));
        databases.add(prefix + "_template");
        builder.drop(databases);
    }

    /**
     * The server's CPU per tenant database for a bare connection, a minimal reader and Drift's read, next to
     * what each approach of the side-by-side run cost per tenant: what the database-per-tenant targets are up
     * against (see {@link ServerCostFloor}).
     */
    private void costFloor(List<Tenant> fleet, int tenants, Map<String, SideBySide.Result> results, String drift,
                           String twoWay) throws java.sql.SQLException {
        if (!cpu.available()) {
            return;
        }
        List<String> sample = fleet.stream().limit(100).map(Tenant::database).toList();
        List<ServerCostFloor.Cost> costs = ServerCostFloor.measure(server, cpu, sample);
        report.paragraph("CPU per tenant database (" + sample.size() + " tenants, one new connection each, one after "
                + "the other; server from /proc, a backend counted when it exits; client = this JVM), and per tenant "
                + "in the side-by-side runs above (both cores busy):");
        List<List<String>> rows = new ArrayList<>();
        for (ServerCostFloor.Cost c : costs) {
            rows.add(List.of(c.workload(), Format.millis(c.serverMillis()), Format.millis(c.clientMillis())));
        }
        for (String label : List.of(drift, twoWay)) {
            SideBySide.Result r = results.get(label);
            if (r != null && r.medianCpuMillis() > 0) {
                double server = r.medianServerCpuMillis() / (double) tenants;
                rows.add(List.of("side by side: " + label, Format.millis(server),
                        Format.millis(r.medianCpuMillis() / (double) tenants - server)));
            }
        }
        report.table(List.of("workload", "server CPU / tenant", "client CPU / tenant"), rows);
    }

    /** One database with {@code tenants} tenant schemas: one pass by Drift, pg_dump whole and per schema. */
    void schemaPerTenant(int tenants) throws Exception {
        TenantShape shape = SchemaGenerator.generate(options.tables(), options.seed());
        List<List<InjectedDrift>> plan = InjectedDrift.plan(shape, tenants, options.driftRate(),
                options.seed() + 7L * tenants);
        String db = "schemas_" + tenants;
        Progress.say("creating " + tenants + " tenant schemas of " + options.tables() + " tables in " + db);
        long setup = System.nanoTime();
        List<Tenant> fleet = builder.schemaPerTenant(db, shape, plan, FleetBuilder.signature("schema per tenant",
                tenants, options.tables(), options.seed(), options.driftRate()));
        double setupMillis = (System.nanoTime() - setup) / 1e6;
        if (options.buildOnly()) {
            return;
        }
        List<String> schemas = fleet.stream().map(Tenant::schema).toList();
        boolean big = tenants > 100;
        // The breakdown costs about three more reads: on the biggest fleet only the counted read below is done.
        Optional<QueryBreakdown.Figures> figures = big ? Optional.empty() : Optional.of(QueryBreakdown.measure(server, db));
        List<Tenant> sample = fleet.subList(0, Math.min(fleet.size(), options.loopSample()));
        String drift = "Drift: " + scan.describe() + ", one pass over all " + tenants
                + " schemas, split per tenant, fingerprint groups, Differ per distinct shape";
        String whole = "pg_dump --schema-only of the whole database";
        String loop = "pg_dump --schema-only --schema per tenant + diff, sequential"
                + (sample.size() < fleet.size() ? " (" + sample.size() + " schemas, extrapolated)" : "");
        String reference = fleet.get(0).name();
        SideBySide runs = new SideBySide(cpu).add(drift, options.runs(), true,
                () -> scan.readSchemas(db, schemas).compareWith(reference).driftedTenants());
        pgDump.ifPresent(d -> runs
                .add(whole, big ? Math.min(options.runs(), 3) : options.runs(), true,
                        () -> d.dump(db, Optional.empty(), db).toFile().length())
                .add(loop, options.slowRuns(), false, () -> d.dumpAndDiff(sample, true, 1)));
        Map<String, SideBySide.Result> results = runs.run();

        HeapMeter.reset();
        ShapeGroups groups = scan.readSchemas(db, schemas);
        ShapeGroups.Comparison comparison = groups.compareWith(reference);
        long peak = HeapMeter.peakBytes();
        long live = HeapMeter.liveBytes();
        // The statements of one read, counted on the reader itself: over every schema, or on the biggest
        // fleet over the loop's sample (the count does not depend on the number of schemas; the full
        // one-pass catalog would not fit the heap the scan itself needs).
        List<String> counted = big ? sample.stream().map(Tenant::schema).toList() : schemas;
        StatementCounter counter = new StatementCounter();
        Catalog catalog;
        try (Connection c = server.connect(db)) {
            catalog = PostgresCatalogReader.builder().schemas(counted).statementTimeout(Duration.ofMinutes(10)).build()
                    .read(counter.wrap(c), db);
        }
        statementCounts.add(new StatementCount(db + (big ? " (" + counted.size() + " of its schemas)" : ""),
                counted.size() * options.tables(), counter.statements().size(), counter.catalogQueries(),
                counter.parameterDescriptions()));
        long objects = big ? catalog.size() * (long) tenants / counted.size() : catalog.size();
        report.heading("One database of " + tenants + " tenant schemas of " + options.tables() + " tables (about "
                + objects + " Drift objects)");
        report.paragraph(String.format(Locale.ROOT, "%d schemas with injected drift; %d distinct shapes. Creating (or "
                        + "finding) the database took %s. Drift (FleetScanner with a schema pattern) reads every tenant "
                        + "schema in one pass of the bulk queries, splits the rows per tenant schema, maps each to "
                        + "the canonical tenant schema and interns it; the benchmark then groups by fingerprint and "
                        + "diffs each distinct shape once. Heap of one scan and comparison: peak %s (sum of pool "
                        + "peaks), %s live afterwards, -Xmx %s.",
                InjectedDrift.driftedTenants(plan), comparison.distinctShapes(), Format.millis(setupMillis),
                Format.megabytes(peak), Format.megabytes(live), Format.megabytes(HeapMeter.maxBytes())));
        double d = results.get(drift).medianMillis();
        List<List<String>> rows = new ArrayList<>();
        double scale = (double) fleet.size() / sample.size();
        for (SideBySide.Result r : results.values()) {
            double median = r.label().equals(loop) ? r.medianMillis() * scale : r.medianMillis();
            String output = r.label().equals(loop) ? r.output() + " of " + (sample.size() - 1) + " differ"
                    : r.label().equals(drift) ? r.output() + " (" + InjectedDrift.driftedTenants(plan) + ")" : "";
            String cpuCell = r.label().equals(loop) && scale > 1 ? r.medianCpu() + " (" + sample.size() + " schemas)"
                    : r.medianCpu();
            rows.add(List.of(r.label(), Format.millis(median), r.runs(), output, Format.ratio(median / d), cpuCell));
        }
        report.table(List.of("approach", "median", "runs (measured)", "tenants found drifted", "time / Drift", CPU_COLUMN),
                rows);
        figures.ifPresent(this::breakdown);
        if (results.containsKey(whole)) {
            double ratio = results.get(whole).medianMillis() / d;
            report.target(tenants + " schemas: Drift at least 2x faster than pg_dump of the whole database",
                    Format.ratio(ratio) + " (" + Format.millis(d) + " vs " + Format.millis(results.get(whole).medianMillis())
                            + results.get(whole).cpuRatio(results.get(drift)) + ")", ratio >= 2);
            double loopMillis = results.get(loop).medianMillis() * scale;
            report.target(tenants + " schemas: Drift at least 20x faster than the per-schema pg_dump loop",
                    Format.ratio(loopMillis / d) + " (" + Format.millis(d) + " vs " + Format.millis(loopMillis)
                            + (scale > 1 ? ", extrapolated from " + sample.size() + " schemas" : "") + ")",
                    loopMillis / d >= 20);
        }
        builder.drop(List.of(db));
    }

    /** {@code tenants} synthetic catalogs of a few shapes, compared in memory. */
    void inMemory(int tenants) throws Exception {
        if (options.buildOnly()) {
            return;
        }
        TenantShape shape = SchemaGenerator.generate(options.tables(), options.seed());
        Random random = new Random(options.seed() + 3);
        List<List<InjectedDrift>> variants = List.of(List.of(), InjectedDrift.drifts(shape, 1, random),
                InjectedDrift.drifts(shape, 2, random), InjectedDrift.drifts(shape, 1, random),
                InjectedDrift.drifts(shape, 3, random));
        int[] variantOf = new int[tenants];
        int expected = 0;
        for (int i = 0; i < tenants; i++) {
            variantOf[i] = i == 0 || random.nextDouble() < 0.9 ? 0 : 1 + random.nextInt(variants.size() - 1);
            expected += variantOf[i] == 0 ? 0 : 1;
        }
        Progress.say("building and fingerprinting " + tenants + " synthetic tenant catalogs");
        HeapMeter.reset();
        long start = System.nanoTime();
        ShapeGroups groups = new ShapeGroups();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            indexes.add(i);
        }
        Parallel.map(indexes, scan.parallelism(), "building the synthetic fleet", i -> {
            String name = FleetBuilder.tenantName("tenant", i);
            groups.add(name, SyntheticCatalogs.catalog(name, shape, variants.get(variantOf[i])));
            return i;
        });
        double scanMillis = (System.nanoTime() - start) / 1e6;
        Map<String, SideBySide.Result> results = new SideBySide(cpu)
                .add("group by fingerprint, diff each distinct shape once", options.runs(), true,
                        () -> groups.compareWithMajority().driftedTenants())
                .run();
        long peak = HeapMeter.peakBytes();
        long live = HeapMeter.liveBytes();
        int naiveSample = Math.min(tenants, 200);
        Catalog reference = SyntheticCatalogs.catalog("reference", shape, List.of());
        start = System.nanoTime();
        for (int i = 0; i < naiveSample; i++) {
            Differ.compare(reference, SyntheticCatalogs.catalog("t", shape, variants.get(variantOf[i])));
        }
        double naivePerTenant = (System.nanoTime() - start) / 1e6 / naiveSample;
        SideBySide.Result r = results.values().iterator().next();
        report.heading(tenants + " synthetic tenant catalogs in memory (" + options.tables() + " tables, "
                + reference.size() + " objects each, " + groups.distinctShapes() + " distinct shapes)");
        report.paragraph(String.format(Locale.ROOT, "The stand-in for the scan (building each tenant's catalog afresh "
                        + "and fingerprinting it on %d threads, keeping one catalog per shape) took %s (%.2f ms per "
                        + "tenant). Heap over the whole scenario: peak %s (sum of pool peaks), %s live afterwards, "
                        + "-Xmx %s. For scale: diffing every tenant against the reference without grouping costs "
                        + "%.2f ms per tenant (measured on %d), %s for %d tenants.",
                scan.parallelism(), Format.millis(scanMillis), scanMillis / tenants, Format.megabytes(peak),
                Format.megabytes(live), Format.megabytes(HeapMeter.maxBytes()), naivePerTenant, naiveSample,
                Format.millis(naivePerTenant * tenants), tenants));
        report.table(List.of("comparison after the scan", "median", "runs", "tenants found drifted (injected)"),
                List.of(List.of(r.label(), Format.millis(r.medianMillis()), r.runs(), r.output() + " (" + expected + ")")));
        if (tenants >= 10_000) {
            report.target("comparing 10,000 tenants of a few shapes in under 1 s after the scan",
                    Format.millis(r.medianMillis()), r.medianMillis() < 1000);
            report.target("... within 512 MB of heap", Format.megabytes(peak) + " peak (-Xmx "
                    + Format.megabytes(HeapMeter.maxBytes()) + ")", peak < 512 * MB);
        }
    }

    private void fleetTable(Map<String, SideBySide.Result> results, String drift, int expected) {
        double d = results.get(drift).medianMillis();
        List<List<String>> rows = new ArrayList<>();
        for (SideBySide.Result r : results.values()) {
            String found = r.label().endsWith("extrapolated)") ? r.output() + " in the sample" : r.output() + " (" + expected + ")";
            rows.add(List.of(r.label(), Format.millis(r.medianMillis()), r.runs(), found,
                    Format.ratio(r.medianMillis() / d), r.medianCpu()));
        }
        report.table(List.of("approach", "median", "runs", "tenants found drifted (injected)", "time / Drift", CPU_COLUMN),
                rows);
    }

    /** A HikariCP pool on one database of the server, opening one connection up front. */
    private static HikariDataSource pool(PostgresServer server, String database, int size) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName("drift-bench-" + database);
        return new HikariDataSource(config);
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
