package dev.drift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person is watching standard error. Java 17 can only tell whether stdin and stdout are a
 * terminal ({@link System#console()}), and {@code drift fleet ... > fleet.html} is the case that needs a
 * progress bar most. So: the launcher's answer ({@code [ -t 2 ]}, passed as {@value #PROPERTY}), else on
 * Linux what {@code /proc/self/fd/2} points to, else {@link System#console()}.
 */
final class Terminal {

    static final String PROPERTY = "drift.stderr.terminal";

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(PROPERTY);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.trim());
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
