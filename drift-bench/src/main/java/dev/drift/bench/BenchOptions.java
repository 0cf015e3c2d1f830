package dev.drift.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The command line of the benchmark. */
record BenchOptions(Scale scale, Set<String> only, int runs, int slowRuns, int parallelism, double driftRate,
                    long seed, int tables, int loopSample, Optional<String> pgDump, Path out, boolean driftOnly,
                    boolean keep, boolean buildOnly, List<Integer> tenants) {

    static final Set<String> SCENARIOS = Set.of("single", "databases", "schemas", "memory");

    static final String USAGE = """
            usage: java -Xmx512m -jar drift-bench.jar [options]
              --scale small|medium|large  sizes to run (default small):
                                            small:  1 db of 50 tables; 20 tenant dbs; 20 schemas; 1,000 in memory
                                            medium: 1 db of 50, 200, 1,000 tables; 100 tenant dbs; 100 schemas;
                                                    10,000 in memory
                                            large:  medium plus 1,000 tenant dbs and 1,000 schemas
              --only LIST                 scenarios, comma-separated: single,databases,schemas,memory (default all)
              --runs N                    measured runs per approach, after one warm-up (default 3 small, 5 else)
              --slow-runs N               runs of the slow baselines (per-schema pg_dump loop; 1,000-tenant
                                          pg_dump loops and metadata walk), without warm-up (default 2)
              --parallelism N             connections Drift and the metadata walk use (default 4)
              --drift-rate R              share of tenants with injected drift, 0..1 (default 0.1)
              --seed S                    seed of the generated schemas and drift (default 42)
              --tables N                  tables per tenant (default 50)
              --loop-sample N             per-schema pg_dump loop: dump at most N schemas and extrapolate
                                          (default 100)
              --pg-dump PATH              the pg_dump to use (default: DRIFT_PG_DUMP, the usual places, PATH)
              --drift-only                run Drift alone (e.g. under -Xmx256m to check its heap); no pg_dump
              --tenants LIST              fleet sizes instead of the scale's, e.g. 1000 (databases and schemas)
              --keep                      leave the generated fleets on the server and reuse them next time
                                          (useful with an external server, DRIFT_TEST_JDBC_URL)
              --build-only                create the fleets (kept) and measure nothing
              --out FILE                  where to write the Markdown results (default target/bench-results-SCALE.md)
            """;

    enum Scale {
        SMALL(List.of(50), List.of(20), List.of(20), 1_000, 3),
        MEDIUM(List.of(50, 200, 1000), List.of(100), List.of(100), 10_000, 5),
        LARGE(List.of(50, 200, 1000), List.of(100, 1000), List.of(100, 1000), 10_000, 5);

        final List<Integer> singleTables;
        final List<Integer> tenantDatabases;
        final List<Integer> tenantSchemas;
        final int inMemoryTenants;
        final int defaultRuns;

        Scale(List<Integer> singleTables, List<Integer> tenantDatabases, List<Integer> tenantSchemas,
              int inMemoryTenants, int defaultRuns) {
            this.singleTables = singleTables;
            this.tenantDatabases = tenantDatabases;
            this.tenantSchemas = tenantSchemas;
            this.inMemoryTenants = inMemoryTenants;
            this.defaultRuns = defaultRuns;
        }
    }

    boolean runs(String scenario) {
        return only.contains(scenario);
    }

    static BenchOptions parse(String... args) {
        Scale scale = Scale.SMALL;
        Set<String> only = new LinkedHashSet<>(List.of("single", "databases", "schemas", "memory"));
        Integer runs = null;
        int slowRuns = 2;
        int parallelism = 4;
        double driftRate = 0.1;
        long seed = 42;
        int tables = 50;
        int loopSample = 100;
        Optional<String> pgDump = Optional.empty();
        Path out = null;
        boolean driftOnly = false;
        boolean keep = false;
        boolean buildOnly = false;
        List<Integer> tenants = List.of();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (option.equals("--drift-only")) {
                driftOnly = true;
                continue;
            }
            if (option.equals("--keep")) {
                keep = true;
                continue;
            }
            if (option.equals("--build-only")) {
                buildOnly = true;
                keep = true;
                continue;
            }
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case "--scale" -> scale = scale(value);
                case "--only" -> only = only(value);
                case "--runs" -> runs = positive(option, value);
                case "--slow-runs" -> slowRuns = positive(option, value);
                case "--parallelism" -> parallelism = positive(option, value);
                case "--drift-rate" -> driftRate = rate(value);
                case "--seed" -> seed = number(option, value);
                case "--tables" -> tables = positive(option, value);
                case "--loop-sample" -> loopSample = Math.max(2, positive(option, value));
                case "--pg-dump" -> pgDump = Optional.of(value);
                case "--out" -> out = Path.of(value);
                case "--tenants" -> tenants = sizes(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new BenchOptions(scale, only, runs == null ? scale.defaultRuns : runs, slowRuns, parallelism, driftRate,
                seed, tables, loopSample, pgDump,
                out == null ? Path.of("target", "bench-results-" + scale.name().toLowerCase(Locale.ROOT) + ".md") : out, driftOnly,
                keep, buildOnly, tenants);
    }

    /** The database-per-tenant fleet sizes to run. */
    List<Integer> tenantDatabases() {
        return tenants.isEmpty() ? scale.tenantDatabases : tenants;
    }

    /** The schema-per-tenant fleet sizes to run. */
    List<Integer> tenantSchemas() {
        return tenants.isEmpty() ? scale.tenantSchemas : tenants;
    }

    private static List<Integer> sizes(String value) {
        List<Integer> out = new ArrayList<>();
        for (String s : value.split(",")) {
            int n = positive("--tenants", s.trim());
            if (n < 2) {
                throw new IllegalArgumentException("--tenants needs at least 2 tenants per fleet, not " + n);
            }
            out.add(n);
        }
        return List.copyOf(out);
    }

    private static Scale scale(String value) {
        try {
            return Scale.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scale must be small, medium or large, not '" + value + "'");
        }
    }

    private static Set<String> only(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : value.split(",")) {
            String name = s.trim().toLowerCase(Locale.ROOT);
            if (!SCENARIOS.contains(name)) {
                throw new IllegalArgumentException("--only takes single, databases, schemas, memory; not '" + s + "'");
            }
            out.add(name);
        }
        return out;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + value + "'");
        }
    }

    private static int positive(String option, String value) {
        long n = number(option, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
        return (int) n;
    }

    private static double rate(String value) {
        try {
            double r = Double.parseDouble(value);
            if (r < 0 || r > 1) {
                throw new NumberFormatException();
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--drift-rate must be a number from 0 to 1, not '" + value + "'");
        }
    }
}
