package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name read from a tenant may hold an escape sequence: a script, JSON or snapshot printed to a terminal
 * shows it escaped (and says so), while a file or a pipe gets the exact text.
 */
class TerminalOutputTest {

    /** Sets the window title and clears the screen, on a terminal that acts on it. */
    private static final String EVIL = "evil\u001b]0;pwned\u0007\u001b[2J";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(Terminal.STDOUT_PROPERTY);
    }

    @Test
    void aTerminalSeesEscapesAFileTheExactScript() throws Exception {
        try (TestDatabase reference = PostgresServer.shared().createDatabase("term_ref");
             TestDatabase target = PostgresServer.shared().createDatabase("term_tgt")) {
            reference.execute("CREATE TABLE public.\"" + EVIL + "\" (id integer)");
            String[] diff = {"diff", "--reference", InProcessDrift.url(reference), "--target", InProcessDrift.url(target),
                    "--format", "sql"};

            System.setProperty(Terminal.STDOUT_PROPERTY, "true");
            InProcessDrift.Run shown = InProcessDrift.drift(diff);
            assertThat(shown.exit()).isEqualTo(1);
            assertThat(shown.out()).doesNotContain("\u001b").doesNotContain("\u0007")
                    .contains("CREATE TABLE public.\"evil\\x1b]0;pwned\\x07\\x1b[2J\"");
            assertThat(shown.err()).contains("shown escaped");

            for (String format : new String[] {"json", "markdown"}) {
                InProcessDrift.Run other = InProcessDrift.drift("diff", "--reference", InProcessDrift.url(reference),
                        "--target", InProcessDrift.url(target), "--format", format);
                assertThat(other.out()).as(format).doesNotContain("\u001b").doesNotContain("\u0007");
            }
            InProcessDrift.Run snapshot = InProcessDrift.drift("snapshot", "--url", InProcessDrift.url(reference),
                    "--format", "text");
            assertThat(snapshot.out()).doesNotContain("\u001b").contains("\\x1b");

            Path file = dir.resolve("fix.sql");
            InProcessDrift.Run written = InProcessDrift.drift(diff[0], diff[1], diff[2], diff[3], diff[4], diff[5], diff[6],
                    "-o", file.toString());
            assertThat(written.exit()).isEqualTo(1);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("CREATE TABLE public.\"" + EVIL + "\"");
            assertThat(written.err()).doesNotContain("shown escaped");

            System.setProperty(Terminal.STDOUT_PROPERTY, "false");
            InProcessDrift.Run piped = InProcessDrift.drift(diff);
            assertThat(piped.out()).contains("CREATE TABLE public.\"" + EVIL + "\"");
            assertThat(piped.err()).doesNotContain("shown escaped");
        }
    }
}
