package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every script carries the fingerprint of the target it was planned against, on its second line. */
class FixScriptFingerprintHeaderTest {

    private static FixScript script(String fingerprint) {
        return new FixScript("tenant_a", "tenant_b", fingerprint, List.of(new FixStatement(Phase.COLUMNS,
                ObjectKey.column("public", "orders", "external_id"), "ALTER TABLE public.orders ADD COLUMN external_id text",
                true, List.of())), List.of(), List.of());
    }

    @Test
    void theHeaderFollowsTheFirstLine() {
        assertThat(script("00ff").toSql()).isEqualTo("""
                -- Drift fix script: makes tenant_b match tenant_a
                -- drift:target-fingerprint 00ff
                %sALTER TABLE public.orders ADD COLUMN external_id text;
                """.formatted(SessionSettings.scriptPreamble()));
    }

    @Test
    void aPlanCarriesTheFingerprintOfItsDiffsTarget() {
        Catalog target = Catalog.of();
        FixScript plan = FixPlanner.plan(Differ.compare(Catalog.of(), target), PlanOptions.DEFAULTS);

        assertThat(plan.targetFingerprint()).isEqualTo(target.fingerprint());
        assertThat(plan.toSql()).isEqualTo("-- Drift fix script: makes " + target.database() + " match "
                + target.database() + "\n-- drift:target-fingerprint " + target.fingerprint() + "\n-- Nothing to run.\n");
    }

    @Test
    void onlyHexIsAccepted() {
        for (String bad : List.of("abc\nDROP TABLE x", "", "00FF", "0a 1b")) {
            assertThatThrownBy(() -> script(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lowercase hex");
        }
    }
}
