package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalColourTest {

    @Test
    void statusWordsAreColouredAndNothingElseChanges() {
        String text = "tenant_b is BEHIND tenant_a (1 difference)\n  missing column public.orders.external_id\n";
        String coloured = TerminalColour.colour(text);
        assertThat(coloured).contains("\u001b[33mBEHIND\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(text);
    }

    @Test
    void notATerminalMeansPlainText() {
        // Tests run with standard output redirected: no console, so no colour.
        assertThat(TerminalColour.wanted()).isFalse();
        assertThat(TerminalColour.forTerminal("x is DIVERGED")).isEqualTo("x is DIVERGED");
    }
}
