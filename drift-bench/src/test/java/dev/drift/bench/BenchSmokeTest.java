package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The three approaches on a tiny fleet find the same drifted tenant. Skipped without pg_dump: the
 * benchmark itself runs only from its main.
 */
class BenchSmokeTest {

    @Test
    void driftPgDumpAndTheMetadataWalkFindTheSameDriftedTenant() throws Exception {
        assumeTrue(PgDump.find(Optional.empty()).isPresent(), "pg_dump is not installed");
        Optional<PostgresServer> server = PostgresServer.ofVersion(BenchServer.MAJOR);
        assumeTrue(server.isPresent(), "the configured external server is not PostgreSQL " + BenchServer.MAJOR);
        TenantShape shape = SchemaGenerator.generate(4, 42);
        List<List<InjectedDrift>> plan = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        plan.set(2, List.of(new InjectedDrift(InjectedDrift.Kind.CHANGED_DEFAULT, shape.tables().get(1).name())));
        String prefix = "smoke" + ProcessHandle.current().pid();
        FleetBuilder builder = new FleetBuilder(server.get(), false);
        List<Tenant> fleet = builder.databasePerTenant(prefix, shape, plan, "smoke");
        Path work = Files.createTempDirectory("drift-bench-smoke");
        try {
            ShapeGroups groups = new LibraryFleetScan(server.get(), 2).scanDatabases(fleet);
            assertThat(groups.compareWith(fleet.get(0).name()).driftedTenants()).isEqualTo(1);
            assertThat(PgDump.locate(Optional.empty(), server.get(), work).dumpAndDiff(fleet, false, 2)).isEqualTo(1);
            assertThat(MetadataWalk.walkAndCompare(server.get(), fleet, 2)).isEqualTo(1);
        } finally {
            List<String> databases = new ArrayList<>(fleet.stream().map(Tenant::database).toList());
            databases.add(prefix + "_template");
            builder.drop(databases);
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(work);
        }
    }
}
