package dev.drift.assertj;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.apply.Fix;
import dev.drift.apply.FixApplier;
import dev.drift.apply.FixOutcome;
import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The loop a test suite runs against a drifted tenant: parity fails, FixApplier's public API applies the
 * planned fix on the embedded server, and the same assertions then pass on the catalog read again.
 */
class FixThenParityTest {

    @Test
    void aDriftedTenantFixedThroughFixApplierIsInSyncAfterwards() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("fix_ref").execute(ReferenceScenario.TENANT_A);
             TestDatabase drifted = server.createDatabase("fix_drifted").execute(ReferenceScenario.TENANT_B)) {
            PostgresCatalogReader reader = PostgresCatalogReader.create();
            Catalog expected = reader.read(DatabaseUrl.parse(reference.jdbcUrl()));
            DatabaseUrl target = DatabaseUrl.parse(drifted.jdbcUrl());
            Catalog before = reader.read(target);
            assertThat(Differ.compare(expected, before)).hasStatus(TenantStatus.BEHIND)
                    .hasMissing(ObjectKey.column("public", "orders", "external_id"));
            assertThatThrownBy(() -> assertThat(before).isInSyncWith(expected))
                    .hasMessageContaining(ReferenceScenario.FIX_FOR_TENANT_B);

            FixOutcome outcome = FixApplier.builder().reader(reader).build()
                    .apply(target, new Fix.PlanNow(expected, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));

            Assertions.assertThat(outcome.status()).isEqualTo(FixOutcome.Status.APPLIED);
            Assertions.assertThat(outcome.verification().state()).isEqualTo(FixOutcome.Verification.State.PASSED);
            Assertions.assertThat(outcome.succeeded()).isTrue();
            Assertions.assertThat(outcome.result().orElseThrow().steps())
                    .extracting(step -> step.step().sql() + ";")
                    .isEqualTo(List.of(ReferenceScenario.FIX_FOR_TENANT_B));

            Catalog after = reader.read(target);
            assertThat(after).isInSyncWith(expected).hasSameFingerprintAs(expected);
            assertThat(Differ.compare(expected, after)).isEmpty();
            Assertions.assertThat(FixApplier.builder().reader(reader).build()
                    .apply(target, new Fix.PlanNow(expected, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS))
                    .status()).as("a second fix has nothing to do").isEqualTo(FixOutcome.Status.NOTHING_TO_DO);
        }
    }
}
