package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.CollationDef;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What the golden cases cannot show for collations (they compare with the default options, owners left out):
 * an owner change when owners are compared, and a recorded library version that differs without being drift.
 */
class CollationOptionsTest {

    private static final String OWNER_ROLE = "drift_coll_owner";
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();
    private static final DiffOptions WITH_OWNERS = DiffOptions.DEFAULTS.withCompareOwners(true);

    private static Catalog read(TestDatabase db) {
        try (Connection c = db.connect()) {
            return READER.read(c, db.name());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void apply(TestDatabase db, FixScript script) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (FixStatement statement : script.statements()) {
                s.execute(statement.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOwnerChangeIsAlterCollationOwnerTo() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("coll_owner_ref");
             TestDatabase target = server.createDatabase("coll_owner_tgt")) {
            String role = "DO $$ BEGIN CREATE ROLE " + OWNER_ROLE
                    + "; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";
            reference.execute(role);
            reference.execute("CREATE COLLATION public.\"by C\" (LOCALE = 'C')");
            reference.execute("ALTER COLLATION public.\"by C\" OWNER TO " + OWNER_ROLE);
            target.execute("CREATE COLLATION public.\"by C\" (LOCALE = 'C')");
            Catalog ref = read(reference);
            SchemaDiff diff = Differ.compare(ref, read(target), WITH_OWNERS);

            FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(script.sqlStatements()).containsExactly(
                    "ALTER COLLATION public.\"by C\" OWNER TO " + OWNER_ROLE + ";");
            apply(target, script);
            assertThat(Differ.compare(ref, read(target), WITH_OWNERS).isEmpty()).isTrue();
        }
    }

    @Test
    void theRecordedVersionOfACollationIsNotDrift() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("coll_version_ref");
             TestDatabase target = server.createDatabase("coll_version_tgt")) {
            String create = "CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de')";
            reference.execute(create);
            target.execute(create);
            // What another machine's ICU would have recorded.
            target.execute("UPDATE pg_collation SET collversion = '1.0' WHERE collname = 'german'");
            Catalog ref = read(reference);
            assertThat(ref.objects(CollationDef.class)).singleElement()
                    .satisfies(c -> assertThat(c.provider()).isEqualTo(CollationDef.Provider.ICU));
            assertThat(Differ.compare(ref, read(target), WITH_OWNERS).isEmpty()).isTrue();
        }
    }
}
