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
    void aTenantSchemasNameIsTheThirdLineQuotedSoThatNothingOfItLeavesTheComment() {
        assertThat(FixScript.headerName("tenant_1")).isEqualTo("\"tenant_1\"");
        assertThat(FixScript.headerName("a\"b\\c")).isEqualTo("\"a\"\"b\\c\"");
        assertThat(FixScript.headerName("t\n1; DROP")).isEqualTo("U&\"t\\000A1; DROP\"");
        assertThat(FixScript.headerName("x\\\u00e9\ud83d\ude00\"")).isEqualTo("U&\"x\\\\\\00E9\\+01F600\"\"\"");
        for (String name : List.of("tenant_1", "a\"b\\c", "t\n1; DROP", "x\\\u00e9\ud83d\ude00\"", "\r\u2028\u001b")) {
            assertThat(FixScript.nameInHeader(FixScript.headerName(name))).isEqualTo(name);
        }
        FixScript script = script("00ff");
        FixScript forSchema = new FixScript(script.reference(), script.target(), "00ff", script.statements(),
                List.of(), List.of(), java.util.Optional.of("t\n1"));
        assertThat(forSchema.toSql()).isEqualTo(script.toSql().replace("00ff\n", "00ff\n-- drift:schema U&\"t\\000A1\"\n"));
        assertThatThrownBy(() -> new FixScript("a", "b", "00", List.of(), List.of(), List.of(), java.util.Optional.of("")))
                .isInstanceOf(IllegalArgumentException.class);
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
