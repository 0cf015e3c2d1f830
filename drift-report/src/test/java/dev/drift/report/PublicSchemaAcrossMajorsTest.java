package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKind;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL 15 stopped granting CREATE on schema {@code public} to PUBLIC and made
 * {@code pg_database_owner} its owner. A baseline from a newer major against a PostgreSQL 14 tenant
 * reports that as drift (any role may create objects in public on the tenant), deliberately: the fix is
 * the statement PostgreSQL 15 itself applies, and it converges. See docs/coverage.md.
 */
class PublicSchemaAcrossMajorsTest {

    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    @Test
    void aFreshPostgres14DatabaseDiffersFromAFresh17OneOnlyInPublicSchemaPrivileges() throws Exception {
        Optional<PostgresServer> old = PostgresServer.ofVersion(14);
        assumeTrue(old.isPresent() && PostgresServer.shared().majorVersion() >= 15, "needs PostgreSQL 14 and 15+");
        try (TestDatabase reference = PostgresServer.shared().createDatabase("pubref");
             TestDatabase target = old.get().createDatabase("pub14")) {
            SchemaDiff diff = Differ.compare(read(reference), read(target));
            assertThat(diff.changes()).singleElement().satisfies(c -> {
                assertThat(c.key().kind()).isEqualTo(ObjectKind.PRIVILEGE);
                assertThat(c.key().toString()).contains("public").contains("PUBLIC");
            });
            FixScript fix = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(fix.sqlStatements()).containsExactly("REVOKE CREATE ON SCHEMA public FROM PUBLIC;");
            apply(target, fix);
            assertThat(Differ.compare(read(reference), read(target)).changes()).isEmpty();

            // Owners are compared only when asked: then the owner differs too (pg_database_owner on 15+).
            DiffOptions withOwners = DiffOptions.DEFAULTS.withCompareOwners(true);
            SchemaDiff owners = Differ.compare(read(reference), read(target), withOwners);
            assertThat(owners.changes()).extracting(Change::key).extracting(k -> k.kind())
                    .containsExactly(ObjectKind.OWNER);
            FixScript ownerFix = FixPlanner.plan(owners, PlanOptions.DEFAULTS);
            assertThat(ownerFix.sqlStatements()).containsExactly("ALTER SCHEMA public OWNER TO pg_database_owner;");
            apply(target, ownerFix);
            assertThat(Differ.compare(read(reference), read(target), withOwners).changes()).isEmpty();
        }
    }

    private static void apply(TestDatabase db, FixScript fix) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : fix.sqlStatements()) {
                s.execute(sql);
            }
        }
    }

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }
}
