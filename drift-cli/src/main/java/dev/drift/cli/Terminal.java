package dev.drift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person is watching standard error or standard output. Java 17 can only tell whether stdin and
 * stdout are both a terminal ({@link System#console()}), and {@code drift fleet ... > fleet.html} is the case
 * that needs a progress bar most. So: the launcher's answer ({@code [ -t 2 ]}, {@code [ -t 1 ]}, passed as
 * {@value #PROPERTY} and {@value #STDOUT_PROPERTY}), else on Linux what {@code /proc/self/fd/N} points to,
 * else {@link System#console()}.
 */
final class Terminal {

    static final String PROPERTY = "drift.stderr.terminal";
    static final String STDOUT_PROPERTY = "drift.stdout.terminal";

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        return isTerminal(PROPERTY, 2);
    }

    static boolean stdoutIsTerminal() {
        return isTerminal(STDOUT_PROPERTY, 1);
    }

    private static boolean isTerminal(String property, int descriptor) {
        String told = System.getProperty(property);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.trim());
        }
        Path fd = Path.of("/proc/self/fd/" + descriptor);
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
