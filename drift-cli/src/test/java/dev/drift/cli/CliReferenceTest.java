package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code docs/cli.md} is generated from the picocli model, so the CLI reference cannot drift from the
 * code: this test fails when the file is out of date, and rewrites it when {@code DRIFT_UPDATE_GOLDEN=true}.
 */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "cli.md");

    static String render() {
        CommandLine drift = new CommandLine(new Main());
        drift.setUsageHelpWidth(100);
        StringBuilder b = new StringBuilder();
        b.append("# drift command reference\n\n")
                .append("Generated from the command definitions by `CliReferenceTest` (run it with\n")
                .append("`DRIFT_UPDATE_GOLDEN=true` after changing a command). Exit codes: 0 no drift, 1 drift,\n")
                .append("2 error (one line on stderr; `--verbose` adds the stack trace).\n\n");
        section(b, "drift", drift);
        for (Map.Entry<String, CommandLine> sub : drift.getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help")) {
                sub.getValue().setUsageHelpWidth(100);
                section(b, "drift " + sub.getKey(), sub.getValue());
            }
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, CommandLine command) {
        b.append("## ").append(title).append("\n\n```\n")
                .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing())
                .append("\n```\n\n");
    }

    @Test
    void theCliReferenceIsUpToDate() throws IOException {
        String expected = render();
        if ("true".equalsIgnoreCase(System.getenv("DRIFT_UPDATE_GOLDEN"))) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(REFERENCE).as("docs/cli.md is out of date: run the tests with DRIFT_UPDATE_GOLDEN=true")
                .exists();
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
