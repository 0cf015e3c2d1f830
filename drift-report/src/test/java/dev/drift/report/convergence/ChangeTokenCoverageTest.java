package dev.drift.report.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.jdbc.ChangeToken;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The change token covers every database-local catalog table of every supported major, but the ones
 * it leaves out on purpose ({@link ChangeToken#LEFT_OUT}: statistics and large-object data): a catalog
 * added by a new major fails here until it is covered or named. Runs on the servers the convergence
 * tests start (each embedded major is started once per test JVM). Together with the token check in
 * {@link ConvergenceRunner} (every case, every major: a script that ran statements changed the token),
 * this is the evidence that the token never calls a changed catalog unchanged.
 */
class ChangeTokenCoverageTest {

    @TestFactory
    Stream<DynamicTest> theTokenCoversEveryCatalogTable() {
        return PostgresServer.SUPPORTED_VERSIONS.stream().map(major -> DynamicTest.dynamicTest("PostgreSQL " + major,
                () -> {
                    Optional<PostgresServer> server = PostgresServer.ofVersion(major);
                    Assumptions.assumeTrue(server.isPresent(), "an external server of another major is configured");
                    List<String> tables = new ArrayList<>();
                    try (Connection c = server.get().connect("postgres"); Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT relname FROM pg_catalog.pg_class WHERE relnamespace"
                                 + " = 'pg_catalog'::regnamespace AND relkind = 'r' AND NOT relisshared ORDER BY 1")) {
                        while (rs.next()) {
                            tables.add(rs.getString(1));
                        }
                        TreeSet<String> covered = new TreeSet<>(ChangeToken.catalogs(major));
                        covered.addAll(ChangeToken.LEFT_OUT);
                        assertThat(covered).as("catalog tables of PostgreSQL " + major).containsExactlyElementsOf(
                                new TreeSet<>(tables));
                        assertThat(ChangeToken.read(c).value()).hasSize(64);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }
}
