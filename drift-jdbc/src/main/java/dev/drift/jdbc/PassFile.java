package dev.drift.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} or {@code passfile=} names):
 * lines of {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \:} and
 * {@code \\} escaping, the first matching line winning. As libpq does, a file that group or others may
 * read is ignored (and the reason is kept for the message that says no password was found).
 */
final class PassFile {

    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.complementOf(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private PassFile() {
    }

    /** @param description where the password came from, or why none was found, safe to print */
    record Lookup(Optional<String> password, String description) {
    }

    /** {@code ~/.pgpass}, or {@code %APPDATA%\postgresql\pgpass.conf} on Windows, as libpq looks for it. */
    static Optional<Path> defaultLocation(Map<String, String> env) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return Optional.ofNullable(env.get("APPDATA")).map(a -> Path.of(a, "postgresql", "pgpass.conf"));
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home, ".pgpass"));
    }

    static Lookup lookUp(Path file, String host, int port, String database, String user) {
        String none = "none: not in the URL, PGPASSWORD unset, and ";
        if (!Files.isRegularFile(file)) {
            return new Lookup(Optional.empty(), none + "no password file at " + file);
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null && posix.readAttributes().permissions().stream().anyMatch(TOO_OPEN::contains)) {
                return new Lookup(Optional.empty(), none + "the password file " + file + " was ignored: group or others"
                        + " may read it (chmod 0600 it)");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), Integer.toString(port))
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return new Lookup(Optional.of(fields.get(4)), "the password file " + file + " (line " + (i + 1) + ")");
                }
            }
            return new Lookup(Optional.empty(), none + "no line of the password file " + file + " matches " + host + ":"
                    + port + ":" + database + ":" + user);
        } catch (IOException | RuntimeException e) {
            return new Lookup(Optional.empty(), none + "the password file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits on unescaped colons; the fifth field (the password) takes the rest of the line. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
