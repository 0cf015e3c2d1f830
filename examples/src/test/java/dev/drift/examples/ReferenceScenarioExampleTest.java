package dev.drift.examples;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.ObjectKey;
import dev.drift.core.TenantStatus;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceScenarioExampleTest {

    @Test
    void detectsFixesLeavesTenantAAloneAndConverges() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReferenceScenarioExample.Outcome outcome = ReferenceScenarioExample.run(PostgresServer.shared(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(outcome.before()).hasStatus(TenantStatus.BEHIND)
                .hasMissing(ObjectKey.column("public", "orders", "external_id"));
        assertThat(outcome.fix().sqlStatements()).containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);
        assertThat(outcome.reverse().statements()).isEmpty();
        assertThat(outcome.reverse().heldBack()).hasSize(1);
        assertThat(outcome.after()).isEmpty();
        assertThat(outcome.converged()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("tenant_b is BEHIND tenant_a (1 difference)\n  missing column public.orders.external_id\n")
                .contains("After the fix, tenant_b matches tenant_a.");
    }
}
