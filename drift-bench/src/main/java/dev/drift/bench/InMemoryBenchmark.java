package dev.drift.bench;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the Java-side work per tenant, in a warm JVM: building a catalog, its
 * fingerprint, one diff, and the comparison of a grouped fleet. Run with
 * {@code java -jar drift-bench.jar jmh} (any JMH options follow).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class InMemoryBenchmark {

    /** Tables per tenant. */
    @Param("50")
    public int tables;

    /** Tenants in the grouped fleet. */
    @Param("1000")
    public int tenants;

    private TenantShape shape;
    private Catalog reference;
    private Catalog drifted;
    private ShapeGroups groups;

    @Setup
    public void setUp() {
        shape = SchemaGenerator.generate(tables, 42);
        Random random = new Random(7);
        List<InjectedDrift> drift = InjectedDrift.drifts(shape, 3, random);
        reference = SyntheticCatalogs.catalog("reference", shape, List.of());
        drifted = SyntheticCatalogs.catalog("drifted", shape, drift);
        groups = new ShapeGroups();
        for (int i = 0; i < tenants; i++) {
            groups.add("tenant_" + i, SyntheticCatalogs.catalog("tenant_" + i, shape, i % 10 == 9 ? drift : List.of()));
        }
    }

    /** Building one tenant's catalog (records, keys, the sorted map), as a scan does per tenant. */
    @Benchmark
    public Catalog buildCatalog() {
        return SyntheticCatalogs.catalog("t", shape, List.of());
    }

    /** Fingerprinting one catalog (canonical text and SHA-256); a fresh catalog, so nothing is cached. */
    @Benchmark
    public String fingerprint() {
        return new Catalog("t", reference.serverVersion(), reference.objects()).fingerprint();
    }

    /** One diff of two tenants that differ in three places. */
    @Benchmark
    public SchemaDiff diff() {
        return Differ.compare(reference, drifted);
    }

    /** Comparing a grouped fleet after the scan: one diff per distinct shape. */
    @Benchmark
    public ShapeGroups.Comparison compareGroupedFleet() {
        return groups.compareWithMajority();
    }
}
