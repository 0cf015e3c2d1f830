package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.ObjectKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixScriptFingerprintHeaderTest {

    private final FixScript script = new FixScript("tenant_a", "tenant_b", List.of(new FixStatement(Phase.COLUMNS,
            ObjectKey.column("public", "orders", "external_id"), "ALTER TABLE public.orders ADD COLUMN external_id text",
            true, List.of())), List.of(), List.of());

    @Test
    void theHeaderFollowsTheFirstLineAndTheRestIsUnchanged() {
        String plain = script.toSql();
        String withHeader = script.toSql("00ff");

        assertThat(withHeader.lines().toList()).element(1).isEqualTo("-- drift:target-fingerprint 00ff");
        assertThat(withHeader.replace("-- drift:target-fingerprint 00ff\n", "")).isEqualTo(plain);
    }

    @Test
    void onlyHexIsAccepted() {
        assertThatThrownBy(() -> script.toSql("abc\nDROP TABLE x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowercase hex");
    }
}
