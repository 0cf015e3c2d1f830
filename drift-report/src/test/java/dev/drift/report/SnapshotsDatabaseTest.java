package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of catalogs read from a real PostgreSQL. */
class SnapshotsDatabaseTest {

    /** A schema that uses most of what the model holds: identity, generated, checks, keys, partitions. */
    static final String RICH = """
            CREATE SCHEMA "Sales & Co";
            CREATE SEQUENCE "Sales & Co".invoice_no AS integer START 1000 INCREMENT 5 CACHE 10 CYCLE;
            CREATE TABLE public.customers (
                id bigint GENERATED ALWAYS AS IDENTITY (START WITH 7 INCREMENT BY 3) PRIMARY KEY,
                email text COLLATE "C" NOT NULL UNIQUE,
                name varchar(200) NOT NULL DEFAULT 'n/a',
                score numeric(5,2) CHECK (score >= 0),
                upper_email text GENERATED ALWAYS AS (upper(email)) STORED
            );
            CREATE UNLOGGED TABLE "Sales & Co"."Order Lines" (
                id bigserial PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES public.customers(id) ON DELETE CASCADE,
                invoice integer DEFAULT nextval('"Sales & Co".invoice_no'),
                note text
            );
            ALTER SEQUENCE "Sales & Co".invoice_no OWNED BY "Sales & Co"."Order Lines".invoice;
            CREATE INDEX lines_note ON "Sales & Co"."Order Lines" (lower(note)) WHERE note IS NOT NULL;
            CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
            """;

    @TempDir
    Path dir;

    @Test
    void aCatalogReadFromPostgresRoundTripsThroughAFile() throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase db = server.createDatabase("snapshot_rich").execute(RICH)) {
            Catalog catalog = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
            assertThat(catalog.size()).isGreaterThan(20);
            Path file = dir.resolve("baseline.json");
            Snapshots.write(catalog, file);

            Catalog back = Snapshots.read(file);
            assertThat(back).isEqualTo(catalog);
            assertThat(back.fingerprint()).isEqualTo(catalog.fingerprint());
            assertThat(Differ.compare(back, catalog).isEmpty()).isTrue();
            // Deterministic: reading again and writing again gives the same bytes.
            Catalog again = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
            assertThat(Snapshots.toJson(again)).isEqualTo(Files.readString(file));
            assertThat(Files.readString(file)).contains("\"name\": \"Order Lines\"", "\"generation\": \"ALWAYS\"",
                    "\"storage\": \"STORED\"", "\"persistence\": \"UNLOGGED\"", "\"partitionKey\": \"RANGE (at)\"");
        }
    }

    @Test
    void aSnapshotStandsInForTheReferenceDatabase() throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server)) {
            PostgresCatalogReader reader = PostgresCatalogReader.create();
            Path file = dir.resolve("tenant_a.json");
            Snapshots.write(reader.read(DatabaseUrl.parse(tenants.tenantA().jdbcUrl())), file);

            SchemaDiff diff = Differ.compare(Snapshots.read(file), reader.read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl())));
            assertThat(FixPlanner.plan(diff, PlanOptions.DEFAULTS).sqlStatements())
                    .containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);
        }
    }
}
