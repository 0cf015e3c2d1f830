package dev.drift.report.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.Differ;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.SessionSettings;
import dev.drift.jdbc.ChangeToken;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import dev.drift.report.Snapshots;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.Psql;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The convergence check on one server: load REFERENCE and TARGET into two fresh databases, read both
 * catalogs, diff, plan, apply the script to the target, read it again, and require no difference and
 * an empty second plan. The applied script is checked two ways: its statements over JDBC, in the
 * transactions the script file has (split at commit points; non-transactional statements on their own),
 * and (when psql is on the PATH) the whole {@code toSql()} text with
 * {@code psql -v ON_ERROR_STOP=1 -f} on a second copy of the target.
 *
 * <p>Catalogs are renamed {@code reference} and {@code target} after reading, so the script's header is
 * the same on every run and golden files can hold it. The fingerprint header's value depends on how the
 * server's catalog reads (it can differ between PostgreSQL majors): every run requires it to be the
 * fingerprint of the target as read, and the golden files hold {@code <fingerprint>} in its place.
 */
final class ConvergenceRunner {

    /** Set {@code DRIFT_UPDATE_GOLDEN=true} (env or system property) to rewrite the golden files. */
    static final boolean UPDATE_GOLDEN = Boolean.parseBoolean(setting("DRIFT_UPDATE_GOLDEN"))
            || Boolean.parseBoolean(System.getProperty("drift.update.golden", ""));

    /** What the golden files hold in place of the target's fingerprint in the script's header. */
    static final String FINGERPRINT_PLACEHOLDER = "<fingerprint>";

    /** Loads of the current and the next case, on every server that runs at once: they mostly wait for the server. */
    private static final ExecutorService LOADERS = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "convergence-loader");
        t.setDaemon(true);
        return t;
    });

    private static final ExecutorService DROPS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convergence-drops");
        t.setDaemon(true);
        return t;
    });

    /**
     * Whether a drop on an external server was queued. Only those must run before the JVM exits: an embedded
     * server's data directory is deleted with it on exit, and waiting for a backlog of its drops held a suite's JVM
     * past the 30 s Surefire gives it to exit (it was then killed before the servers' own clean-up).
     */
    private static final java.util.concurrent.atomic.AtomicBoolean EXTERNAL_DROPS =
            new java.util.concurrent.atomic.AtomicBoolean();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!EXTERNAL_DROPS.get()) {
                DROPS.shutdownNow();
                return;
            }
            DROPS.shutdown();
            try {
                DROPS.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "convergence-drops-wait"));
    }

    private final PostgresServer server;
    private final boolean jdbcPath;
    private final boolean psqlPath;
    /** Databases of a case loaded ahead, while the case before it runs: case id to its loads. */
    private final java.util.Map<String, List<CompletableFuture<TestDatabase>>> prefetched =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final PostgresCatalogReader reader = PostgresCatalogReader.create();
    /** Where the time goes: load, read, plan, jdbc, psql, in nanoseconds, summed over runs. */
    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> nanos =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private final java.util.concurrent.atomic.LongAdder runs = new java.util.concurrent.atomic.LongAdder();

    /** Checks both paths: the statements over JDBC and (when psql is on the PATH) the script file through psql. */
    ConvergenceRunner(PostgresServer server) {
        this(server, true);
    }

    /**
     * With {@code withJdbcPath} false, only the script file is run through psql (the printed script is
     * the contract; the statements over JDBC are the same text, so one major checking them is enough),
     * which saves a database, its load and a catalog read per case. Without psql on the PATH the JDBC
     * path runs anyway, so that something is always applied.
     */
    ConvergenceRunner(PostgresServer server, boolean withJdbcPath) {
        this.server = server;
        this.psqlPath = Psql.available();
        this.jdbcPath = withJdbcPath || !psqlPath;
    }

    PostgresServer server() {
        return server;
    }

    /** What one convergence run found. */
    record Outcome(FixScript script, SchemaDiff diff, SchemaDiff remaining, FixScript secondPlan) {
    }

    /** Runs a golden case: the rendered script must equal its golden file, and the target must converge. */
    void run(ConvergenceCase c) {
        run(c, Optional.empty());
    }

    /**
     * Runs a golden case and, meanwhile, loads the databases of {@code next} (the case that will run
     * after it on this server), so that {@code CREATE DATABASE} and loading overlap with reading,
     * planning and applying. Every database is still fresh and used by one case only.
     */
    void run(ConvergenceCase c, Optional<ConvergenceCase> next) {
        int major = server.majorVersion();
        List<CompletableFuture<TestDatabase>> loads = Optional.ofNullable(prefetched.remove(c.id()))
                .orElseGet(() -> runsHere(c) ? loads(c.referenceSql(), c.targetSql(), c.id()) : List.of());
        next.filter(this::runsHere).filter(n -> !prefetched.containsKey(n.id()))
                .ifPresent(n -> prefetched.put(n.id(), loads(n.referenceSql(), n.targetSql(), n.id())));
        Assumptions.assumeTrue(runsHere(c),
                () -> c.id() + " needs PostgreSQL " + c.minVersion() + " or later; this server runs " + major);
        PlanOptions options = c.planOptions();
        Outcome outcome = converge(loads, options, c.id(), script -> checkGolden(c, script), c.converges());
        if (!c.converges()) {
            System.out.println(c.id() + ": does not converge on purpose (converges=false); what remains is exactly "
                    + "what was held back or is unsupported: " + outcome.remaining().changes().stream()
                    .map(Change::describe).collect(Collectors.joining("; ")));
        }
    }

    /**
     * Runs the convergence check for two schemas; {@code beforeApply} sees the planned script before it
     * is applied (the golden check). With {@code expectFullConvergence} false, what remains after the fix
     * must be exactly what the first plan held back or reported as unsupported, and must not be empty.
     */
    Outcome converge(String referenceSql, String targetSql, PlanOptions options, String label,
                     Consumer<FixScript> beforeApply, boolean expectFullConvergence) {
        return converge(loads(referenceSql, targetSql, label), options, label, beforeApply, expectFullConvergence);
    }

    /**
     * Converges both ways between two schemas (first with {@code firstSql} as the reference, then with
     * {@code secondSql}), running each schema's SQL once: for big schemas (a random run's hundreds) a copy of a
     * database's files costs the server much less than running the SQL again. Each schema is loaded once into the
     * database that is the first run's reference or JDBC target, and every other database of the two runs is a copy
     * taken before the first run begins (a database is copied only while nobody is connected to it, and the first
     * run's target is then changed by its fix).
     */
    void convergeBothWays(String firstSql, String secondSql, PlanOptions options, String label) {
        CompletableFuture<TestDatabase> first = load("cv_ref", firstSql, label + " first schema", false);
        CompletableFuture<TestDatabase> second = load("cv_tgt", secondSql, label + " second schema", false);
        // Copies of the first schema (the second run's targets), of the second (the first run's psql target, the second
        // run's reference); then the first schema's own database becomes the first run's reference.
        List<CompletableFuture<TestDatabase>> secondRun = new ArrayList<>();
        secondRun.add(copy(second, "cv_ref", true));
        if (jdbcPath) {
            secondRun.add(copy(first, "cv_tgt", false));
        }
        if (psqlPath) {
            secondRun.add(copy(first, "cv_psql", true));
        }
        List<CompletableFuture<TestDatabase>> firstRun = new ArrayList<>();
        CompletableFuture<Void> copied = CompletableFuture.allOf(secondRun.toArray(CompletableFuture[]::new));
        firstRun.add(first.thenCombine(copied, (db, done) -> db.withHostileDefaults()));
        if (jdbcPath) {
            firstRun.add(second.thenCombine(copied, (db, done) -> db));
        }
        if (psqlPath) {
            firstRun.add(copy(second, "cv_psql", true).thenCombine(copied, (db, done) -> db));
        }
        // A database that exists but is not used (a load or copy failed) is dropped with its run.
        try {
            converge(firstRun, options, label + ", first schema as reference", s -> { }, true);
        } catch (RuntimeException | AssertionError e) {
            Databases.dropQuietly(secondRun);
            throw e;
        }
        converge(secondRun, options, label + ", second schema as reference", s -> { }, true);
    }

    /**
     * A copy of a loaded database (nobody may be connected to it meanwhile), with {@link TestDatabase#HOSTILE_DEFAULTS}
     * if asked (a copy does not take the settings of the database copied).
     */
    private CompletableFuture<TestDatabase> copy(CompletableFuture<TestDatabase> loaded, String prefix, boolean hostile) {
        return loaded.thenApplyAsync(source -> {
            TestDatabase db = server.copyOf(source, prefix);
            try {
                return hostile ? db.withHostileDefaults() : db;
            } catch (RuntimeException e) {
                db.close();
                throw new IllegalStateException("cannot set up " + db + ": " + e.getMessage(), e);
            }
        }, LOADERS);
    }

    private boolean runsHere(ConvergenceCase c) {
        return server.majorVersion() >= c.minVersion();
    }

    /**
     * Starts loading the reference, and the target once per path (each path applies to a copy of its own).
     * The reference and the copy the script file runs on then get {@link TestDatabase#HOSTILE_DEFAULTS} as database
     * defaults (after loading, so the SQL loads as written): the reader must read them as it reads a database
     * with PostgreSQL's defaults (the JDBC copy keeps those, and on the default major the plan is made from it,
     * so the golden file holds what a plain target gives), and the printed script must run under them as it is.
     */
    private List<CompletableFuture<TestDatabase>> loads(String referenceSql, String targetSql, String label) {
        List<CompletableFuture<TestDatabase>> loads = new ArrayList<>();
        loads.add(load("cv_ref", referenceSql, label + " reference.sql", true));
        if (jdbcPath) {
            loads.add(load("cv_tgt", targetSql, label + " target.sql", false));
        }
        if (psqlPath) {
            loads.add(load("cv_psql", targetSql, label + " target.sql", true));
        }
        return loads;
    }

    private Outcome converge(List<CompletableFuture<TestDatabase>> loads, PlanOptions options, String label,
                             Consumer<FixScript> beforeApply, boolean expectFullConvergence) {
        long t0 = System.nanoTime();
        runs.increment();
        try (Databases dbs = Databases.of(loads)) {
            long t1 = time("load", t0);
            // The reference is read as the command line reads a database (a URL: two connections sharing one
            // snapshot, SharedRead), the target through one connection: any difference between the two ways of
            // reading would show as drift that no fix removes.
            Catalog reference = readThroughUrl(dbs.reference(), "reference");
            if (jdbcPath) {
                // A snapshot of a catalog the server wrote passes the snapshot checks (no false refusal).
                assertThat(Snapshots.fromJson(Snapshots.toJson(reference), label + " reference.json"))
                        .isEqualTo(reference);
            }
            // Both target copies hold the same SQL: the plan is made from the first one. Its connection also checks
            // the server's texts and reads the change token the first fix is checked against (one server process
            // for the three: a suite that runs a thousand cases pays for each one it starts).
            Catalog target;
            ChangeToken firstBefore;
            try (Connection c = dbs.targets().get(0).connect()) {
                target = read(c, dbs.targets().get(0), "target");
                requireServersTexts(c, dbs.targets().get(0), target, label + " target");
                firstBefore = ChangeToken.read(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + dbs.targets().get(0), e);
            }
            requireServersTexts(dbs.reference(), reference, label + " reference");
            long t2 = time("read", t1);
            SchemaDiff diff = Differ.compare(reference, target);
            FixScript script = FixPlanner.plan(diff, options);
            String sql = script.toSql();
            // What drift apply --script checks before anything runs: the script is applicable as it is printed.
            assertThat(sql.lines().skip(1).findFirst()).as(label + ": the script's fingerprint header")
                    .hasValue(FixScript.FINGERPRINT_HEADER + target.fingerprint());
            beforeApply.accept(script);
            long t3 = time("plan", t2);

            Optional<Outcome> outcome = Optional.empty();
            int copy = 0;
            if (jdbcPath) {
                TestDatabase db = dbs.targets().get(copy++);
                apply(db, script, label);
                outcome = Optional.of(check(label + " (statements over JDBC)", reference,
                        readAfterFix(db, firstBefore, script, label), diff, script, options, expectFullConvergence));
                t3 = time("jdbc", t3);
            }
            if (psqlPath) {
                TestDatabase db = dbs.targets().get(copy);
                ChangeToken before = copy == 0 ? firstBefore : token(db);
                Psql.runFile(db, sql);
                outcome = Optional.of(check(label + " (script file through psql)", reference,
                        readAfterFix(db, before, script, label), diff, script, options, expectFullConvergence));
                time("psql", t3);
            }
            return outcome.orElseThrow();
        }
    }

    /**
     * The change token's promise, checked on every case and every major: a script that ran statements
     * changed the catalog, so the token must have changed (an unchanged token would make a cached re-scan
     * keep the old catalog).
     */
    private static void requireNewToken(ChangeToken before, Connection c, FixScript script, String label)
            throws SQLException {
        if (!script.statements().isEmpty()) {
            assertThat(ChangeToken.read(c)).as(label + ": the change token after the fix script is the one before it:\n"
                    + script.toSql()).isNotEqualTo(before);
        }
    }

    /**
     * What the reader writes in the server's words without asking the server for them, checked against the
     * server's own text on every case and every major (one connection per database: the suite opens enough),
     * so that a kind of expression or index that printed otherwise would fail here, not drift silently:
     * <ul>
     *   <li>column defaults and partition bounds, deparsed without their table ({@code pg_get_expr(x, 0)} in
     *       columns.sql and inheritance.sql, which spares the server opening and locking every table; neither
     *       can refer to a column);</li>
     *   <li>indexes on columns (with their types' default operator classes; any order, INCLUDE), written by
     *       indexes.sql rather than asked of pg_get_indexdef (whose lookups of each column's default operator
     *       class cost the server a tenth of a read): every definition the reader returned must be
     *       pg_get_indexdef's.</li>
     * </ul>
     */
    private static void requireServersTexts(TestDatabase db, Catalog catalog, String label) {
        try (Connection c = db.connect()) {
            requireServersTexts(c, db, catalog, label);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + db, e);
        }
    }

    private static void requireServersTexts(Connection c, TestDatabase db, Catalog catalog, String label) {
        String differing = """
                SELECT (SELECT count(*) FROM pg_attrdef ad
                        JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                        -- CASE, not AND: a generation expression refers to columns and fails without its table.
                        WHERE CASE WHEN a.attgenerated = ''
                                   THEN pg_get_expr(ad.adbin, ad.adrelid) IS DISTINCT FROM pg_get_expr(ad.adbin, 0)
                              END)
                     + (SELECT count(*) FROM pg_class c
                        WHERE c.relispartition
                          AND pg_get_expr(c.relpartbound, c.oid) IS DISTINCT FROM pg_get_expr(c.relpartbound, 0))
                """;
        String definitions = """
                SELECT n.nspname, c.relname, i.relname,
                       CASE WHEN c.relkind = 'p' THEN regexp_replace(pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ')
                            ELSE pg_get_indexdef(x.indexrelid) END
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class c ON c.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.oid >= 16384 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                """;
        try (Statement s = c.createStatement()) {
            // Under the reader's settings: a hostile case's database sets quote_all_identifiers, for one.
            s.execute(SessionSettings.setConfig(SessionSettings.READ, false));
            try (ResultSet rows = s.executeQuery(differing)) {
                rows.next();
                assertThat(rows.getLong(1)).as(label + ": defaults or partition bounds that deparse otherwise"
                        + " without their table").isZero();
            }
            try (ResultSet rows = s.executeQuery(definitions)) {
                while (rows.next()) {
                    ObjectKey key = ObjectKey.index(rows.getString(1), rows.getString(2), rows.getString(3));
                    String server = rows.getString(4);
                    catalog.find(key).ifPresent(index -> assertThat(((IndexDef) index).definition())
                            .as(label + ": the definition of " + key + " as the reader wrote it").isEqualTo(server));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compare the server's texts in " + db, e);
        }
    }

    private static ChangeToken token(TestDatabase db) {
        try (Connection c = db.connect()) {
            return ChangeToken.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change token of " + db, e);
        }
    }

    private Outcome check(String label, Catalog reference, Catalog after, SchemaDiff diff, FixScript script,
                          PlanOptions options, boolean expectFullConvergence) {
        SchemaDiff remaining = Differ.compare(reference, after);
        FixScript second = FixPlanner.plan(remaining, options);
        String context = label + "\nfirst diff:\n" + describe(diff) + "\nscript:\n" + script.toSql()
                + "\nremaining diff:\n" + describe(remaining) + "\nsecond plan:\n" + second.toSql();
        if (expectFullConvergence) {
            assertThat(remaining.changes()).as("the target must match the reference after the fix: " + context).isEmpty();
            assertThat(second.statements()).as("a second plan must be empty: " + context).isEmpty();
        } else {
            assertThat(script.heldBack().isEmpty() && script.unsupported().isEmpty())
                    .as("converges=false, yet the first plan held nothing back and left nothing unsupported: " + context)
                    .isFalse();
            assertThat(remaining.changes()).as("something must remain when converges=false: " + context).isNotEmpty();
            assertThat(second.statements()).as("a second plan must have nothing left to run: " + context).isEmpty();
            assertThat(sqlOf(second.heldBack())).as("what remains must be exactly what was held back: " + context)
                    .isEqualTo(sqlOf(script.heldBack()));
            assertThat(second.unsupported()).as("what remains must be exactly what is unsupported: " + context)
                    .isEqualTo(script.unsupported());
        }
        return new Outcome(script, diff, remaining, second);
    }

    private static List<String> sqlOf(List<FixStatement> statements) {
        return statements.stream().map(FixStatement::toSql).toList();
    }

    private static String describe(SchemaDiff diff) {
        if (diff.isEmpty()) {
            return "  (none)";
        }
        return diff.changes().stream().map(c -> "  " + c.describe()).collect(Collectors.joining("\n"));
    }

    private long time(String stage, long since) {
        long now = System.nanoTime();
        nanos.computeIfAbsent(stage, k -> new java.util.concurrent.atomic.LongAdder()).add(now - since);
        return now;
    }

    /** e.g. {@code 150 runs: load 61000 ms, read 9000 ms, ...}, for the test log. */
    String timings() {
        StringBuilder b = new StringBuilder().append(runs.sum()).append(" runs on PostgreSQL ")
                .append(server.majorVersion())
                .append(jdbcPath && psqlPath ? " (JDBC and psql)" : psqlPath ? " (psql only)" : " (JDBC only)").append(':');
        nanos.forEach((stage, total) -> b.append(' ').append(stage).append(' ').append(total.sum() / 1_000_000).append(" ms"));
        serverCpuMillis().ifPresent(ms -> b.append("; server CPU so far ").append(ms).append(" ms"));
        return b.toString();
    }

    /**
     * CPU time the embedded server has used (the postmaster and the backends it has reaped), from
     * {@code /proc} on Linux: unlike wall time, it does not depend on what else the machine runs.
     */
    private Optional<Long> serverCpuMillis() {
        try {
            Optional<Path> dataDirectory = server.dataDirectory();
            if (dataDirectory.isEmpty()) {
                return Optional.empty();
            }
            String pid = Files.readAllLines(dataDirectory.get().resolve("postmaster.pid")).get(0).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 of proc(5): utime, stime, cutime and cstime are fields 14 to 17, in ticks of 10 ms.
            long ticks = 0;
            for (int field = 14; field <= 17; field++) {
                ticks += Long.parseLong(fields[field - 3]);
            }
            return Optional.of(ticks * 10);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void checkGolden(ConvergenceCase c, FixScript script) {
        // The value itself was checked against the target as read (converge); the golden file holds its place.
        String actual = withFingerprintPlaceholder(script.toSql());
        int major = server.majorVersion();
        Path mainFile = c.directory().resolve("expected.sql");
        if (UPDATE_GOLDEN) {
            if (major == PostgresServer.DEFAULT_VERSION || !Files.exists(mainFile)) {
                write(mainFile, actual);
            } else {
                Path own = c.versionedExpectedFile(major);
                if (readOrEmpty(c.inheritedExpectedFile(major)).equals(actual)) {
                    delete(own);
                } else {
                    write(own, actual);
                }
            }
            return;
        }
        Path file = c.expectedFile(major);
        assertThat(Files.exists(file))
                .as(c.id() + " has no " + file.getFileName() + "; run with DRIFT_UPDATE_GOLDEN=true to write it. Script:\n"
                        + actual)
                .isTrue();
        assertThat(actual).as(c.id() + ": the planned script differs from " + file
                + " (run with DRIFT_UPDATE_GOLDEN=true to accept it)").isEqualTo(readOrEmpty(file));
    }

    /** The script with {@link #FINGERPRINT_PLACEHOLDER} for the value of its fingerprint header. */
    static String withFingerprintPlaceholder(String sql) {
        String header = "(?m)^" + Pattern.quote(FixScript.FINGERPRINT_HEADER) + "[0-9a-f]+$";
        return sql.replaceFirst(header, Matcher.quoteReplacement(FixScript.FINGERPRINT_HEADER
                + FINGERPRINT_PLACEHOLDER));
    }

    private Catalog readThroughUrl(TestDatabase db, String as) {
        Catalog catalog = reader.read(DatabaseUrl.parse(db.jdbcUrl()));
        return new Catalog(as, catalog.serverVersion(), catalog.objects(), catalog.dependencies());
    }

    private Catalog read(Connection c, TestDatabase db, String as) {
        Catalog catalog = reader.read(c, db.name());
        return new Catalog(as, catalog.serverVersion(), catalog.objects(), catalog.dependencies());
    }

    /** The target after its fix, on one connection with the check that the fix changed its change token. */
    private Catalog readAfterFix(TestDatabase db, ChangeToken before, FixScript script, String label) {
        try (Connection c = db.connect()) {
            requireNewToken(before, c, script, label);
            return read(c, db, "target");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db + " after its fix", e);
        }
    }

    /**
     * Runs the statements the way the script file groups them: consecutive transactional statements in one
     * transaction, a new one at each commit point, and each non-transactional statement on its own in
     * autocommit (where PostgreSQL refuses it inside a transaction block).
     */
    private static void apply(TestDatabase db, FixScript script, String label) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // The settings a printed script starts with, and every apply session runs under.
            s.execute(SessionSettings.setConfig(SessionSettings.WRITE, false));
            for (FixStatement statement : script.statements()) {
                try {
                    if (!c.getAutoCommit() && (!statement.transactional() || statement.commitBefore())) {
                        c.commit();
                        c.setAutoCommit(true);
                    }
                    if (statement.transactional() && c.getAutoCommit()) {
                        c.setAutoCommit(false);
                    }
                    s.execute(statement.toSql());
                } catch (SQLException e) {
                    throw new AssertionError(label + ": a fix statement failed (SQLSTATE " + e.getSQLState() + "): "
                            + e.getMessage() + "\nstatement: " + statement.toSql() + "\nscript:\n" + script.toSql(), e);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + db, e);
        }
    }

    private CompletableFuture<TestDatabase> load(String prefix, String sql, String what, boolean hostile) {
        return CompletableFuture.supplyAsync(() -> {
            TestDatabase db = server.createDatabase(prefix);
            try {
                return db.load(sql, hostile);
            } catch (RuntimeException e) {
                db.close();
                throw new IllegalStateException("cannot load " + what + ": " + e.getMessage(), e);
            }
        }, LOADERS);
    }

    /** The databases of one run (reference, then one target copy per path), dropped together. */
    private record Databases(List<TestDatabase> all) implements AutoCloseable {

        /** Waits for every load; when one failed, drops those that loaded and rethrows. */
        static Databases of(List<CompletableFuture<TestDatabase>> loads) {
            List<TestDatabase> loaded = new ArrayList<>();
            RuntimeException failure = null;
            for (CompletableFuture<TestDatabase> load : loads) {
                try {
                    loaded.add(load.join());
                } catch (CompletionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                loaded.forEach(TestDatabase::close);
                throw failure;
            }
            return new Databases(List.copyOf(loaded));
        }

        /** Drops those of {@code loads} that were made, whether or not the others failed. */
        static void dropQuietly(List<CompletableFuture<TestDatabase>> loads) {
            try {
                of(loads).close();
            } catch (RuntimeException e) {
                // of() dropped those that loaded before rethrowing.
            }
        }

        TestDatabase reference() {
            return all.get(0);
        }

        List<TestDatabase> targets() {
            return all.subList(1, all.size());
        }

        /**
         * Drops in the background: the next case need not wait (a shutdown hook waits for the last ones on an
         * external server).
         */
        @Override
        public void close() {
            all.forEach(db -> {
                if (!db.server().isEmbedded()) {
                    EXTERNAL_DROPS.set(true);
                }
                DROPS.submit(db::close);
            });
        }
    }

    private static String setting(String env) {
        String value = System.getProperty(env);
        return value != null ? value : System.getenv(env);
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
