package dev.drift.assertj;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.DriftException;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.SessionSettings;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.Snapshots;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assertions against catalogs read from real databases: the reference scenario and a few more. */
class DriftAssertionsTest {

    private static final ObjectKey EXTERNAL_ID = ObjectKey.column("public", "orders", "external_id");

    private static ReferenceScenario.Tenants tenants;
    private static TestDatabase tenantC;
    private static TestDatabase changed;
    private static Catalog a;
    private static Catalog b;
    private static Catalog c;
    private static Catalog d;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTenants() {
        PostgresServer server = PostgresServer.shared();
        tenants = ReferenceScenario.create(server);
        tenantC = server.createDatabase("tenant_c").execute(ReferenceScenario.TENANT_A);
        changed = server.createDatabase("tenant_d").execute(ReferenceScenario.TENANT_A
                + "ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(14,2);"
                + "CREATE TABLE public.audit (id bigint PRIMARY KEY, note text);");
        PostgresCatalogReader reader = PostgresCatalogReader.create();
        a = reader.read(DatabaseUrl.parse(tenants.tenantA().jdbcUrl()));
        b = reader.read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl()));
        c = reader.read(DatabaseUrl.parse(tenantC.jdbcUrl()));
        d = reader.read(DatabaseUrl.parse(changed.jdbcUrl()));
    }

    @AfterAll
    static void dropTenants() {
        tenants.close();
        tenantC.close();
        changed.close();
    }

    @Test
    void tenantsWithTheSameSchemaAreInSync() {
        assertThat(c).isInSyncWith(a).hasSameFingerprintAs(a).hasFingerprint(a.fingerprint())
                .hasFingerprint(a.fingerprint().substring(0, 12));
        assertThat(Differ.compare(a, c)).isEmpty().hasStatus(TenantStatus.IN_SYNC);
    }

    @Test
    void aTenantThatIsBehindFailsWithTheDifferencesAndTheFix() {
        String bName = tenants.tenantB().name();
        String aName = tenants.tenantA().name();
        assertThatThrownBy(() -> assertThat(b).isInSyncWith(a))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expecting %2$s to be in sync with %1$s, but it is BEHIND (1 difference):
                          missing column public.orders.external_id

                        To bring %2$s in line with %1$s, run:

                        -- Drift fix script: makes %2$s match %1$s
                        -- drift:target-fingerprint %4$s
                        %3$sALTER TABLE public.orders ADD COLUMN external_id text;
                        """.formatted(aName, bName, SessionSettings.scriptPreamble(), b.fingerprint()));
    }

    @Test
    void theDescriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(b).as("tenant parity").isInSyncWith(a))
                .hasMessageStartingWith("[tenant parity] Expecting " + tenants.tenantB().name());
    }

    @Test
    void aDestructiveFixIsShownHeldBack() {
        assertThatThrownBy(() -> assertThat(a).isInSyncWith(b))
                .hasMessageContaining("but it is AHEAD (1 difference):\n  unexpected column public.orders.external_id\n")
                .hasMessageContaining("-- Held back: 1 destructive statement(s), not run.")
                .hasMessageContaining("--   ALTER TABLE public.orders DROP COLUMN external_id;");
    }

    @Test
    void diffOptionsNarrowTheComparison() {
        assertThat(b).usingDiffOptions(DiffOptions.DEFAULTS.withSchemas(Set.of("other"))).isInSyncWith(a);
    }

    @Test
    void aBaselineFileIsTheReference() {
        Path baseline = dir.resolve("baseline.json");
        Snapshots.write(a, baseline);
        assertThat(c).hasNoDriftFrom(baseline);
        assertThatThrownBy(() -> assertThat(b).hasNoDriftFrom(baseline))
                .hasMessageStartingWith("Expecting " + tenants.tenantB().name() + " to have no drift from the baseline "
                        + baseline + ", but it is BEHIND (1 difference):\n  missing column public.orders.external_id\n")
                .hasMessageContaining("ALTER TABLE public.orders ADD COLUMN external_id text;");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> assertThat(b).hasNoDriftFrom(missing)).isInstanceOf(DriftException.class)
                .hasMessage("the snapshot file " + missing + " does not exist");
    }

    @Test
    void fingerprintMismatchesShowBoth() {
        assertThatThrownBy(() -> assertThat(b).hasFingerprint(a.fingerprint()))
                .hasMessageContaining(a.fingerprint()).hasMessageContaining(b.fingerprint());
        assertThatThrownBy(() -> assertThat(b).hasSameFingerprintAs(a))
                .hasMessageEndingWith(":\n  missing column public.orders.external_id\n");
        assertThatThrownBy(() -> assertThat(b).hasFingerprint("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diffAssertionsNameWhatIsThere() {
        SchemaDiff behind = Differ.compare(a, b);
        assertThat(behind).isNotEmpty().hasMissing(EXTERNAL_ID).hasStatus(TenantStatus.BEHIND);
        assertThat(Differ.compare(b, a)).hasUnexpected(EXTERNAL_ID).hasStatus(TenantStatus.AHEAD);

        assertThatThrownBy(() -> assertThat(behind).hasUnexpected(EXTERNAL_ID))
                .hasMessage("Expecting unexpected column public.orders.external_id in the diff of "
                        + tenants.tenantB().name() + " from " + tenants.tenantA().name()
                        + ", but the diff has:\n  missing column public.orders.external_id\n");
        assertThatThrownBy(() -> assertThat(behind).hasStatus(TenantStatus.IN_SYNC))
                .hasMessageStartingWith("Expecting the diff of " + tenants.tenantB().name() + " from "
                        + tenants.tenantA().name() + " to be IN_SYNC but it is BEHIND:\n");
        assertThatThrownBy(() -> assertThat(behind).isEmpty())
                .hasMessageStartingWith("Expecting no drift of " + tenants.tenantB().name() + " from "
                        + tenants.tenantA().name() + ", but found 1 difference:\n")
                .hasMessageContaining("ALTER TABLE public.orders ADD COLUMN external_id text;");
        assertThatThrownBy(() -> assertThat(Differ.compare(a, c)).isNotEmpty())
                .hasMessageContaining("but there is none");
    }

    @Test
    void changedPropertiesAndWholeTables() {
        SchemaDiff diverged = Differ.compare(a, d);
        ObjectKey total = ObjectKey.column("public", "orders", "total");
        assertThat(diverged).hasChanged(total, "type").hasStatus(TenantStatus.DIVERGED)
                .hasUnexpected(ObjectKey.table("public", "audit"))
                .hasUnexpected(ObjectKey.column("public", "audit", "note"));
        assertThatThrownBy(() -> assertThat(diverged).hasChanged(total, "notNull"))
                .hasMessageStartingWith("Expecting column public.orders.total to differ in notNull, but only [type] differ:");
        assertThatThrownBy(() -> assertThat(diverged).hasChanged(EXTERNAL_ID, "type"))
                .hasMessageStartingWith("Expecting column public.orders.external_id to be changed (type) in the diff of");
        assertThatThrownBy(() -> assertThat(diverged).hasMissing(ObjectKey.column("public", "audit", "note")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void nullActualFailsLikeAssertJ() {
        assertThatThrownBy(() -> assertThat((Catalog) null).isInSyncWith(a)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> assertThat((SchemaDiff) null).isEmpty()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
