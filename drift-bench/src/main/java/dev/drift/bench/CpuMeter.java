package dev.drift.bench;

import dev.drift.testkit.PostgresServer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time spent by the benchmark and by the PostgreSQL server, from {@code /proc}: on a machine other
 * builds share, CPU time says what an approach costs far more steadily than the wall clock.
 *
 * <p>The benchmark's share is this JVM's user and system time plus that of its finished children
 * (pg_dump, diff). The server's share is the postmaster's time, its finished children's (every backend
 * that has disconnected) and its live children's. Linux only, and only when the server runs on this
 * machine with a readable {@code postmaster.pid}; otherwise nothing is measured.
 */
final class CpuMeter {

    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code USER_HZ}, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private final Optional<Long> postmaster;

    private CpuMeter(Optional<Long> postmaster) {
        this.postmaster = postmaster;
    }

    static CpuMeter of(PostgresServer server) {
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            return new CpuMeter(Optional.empty());
        }
        try {
            Optional<String> dir = server.queryValue("postgres", "SHOW data_directory");
            if (dir.isEmpty()) {
                return new CpuMeter(Optional.empty());
            }
            String first = Files.readAllLines(Path.of(dir.get(), "postmaster.pid")).get(0).trim();
            long pid = Long.parseLong(first);
            return new CpuMeter(Files.isReadable(Path.of("/proc", first, "stat")) ? Optional.of(pid) : Optional.empty());
        } catch (IOException | RuntimeException e) {
            Progress.say("no CPU figures: cannot find the server's process (" + e.getMessage() + ")");
            return new CpuMeter(Optional.empty());
        }
    }

    boolean available() {
        return postmaster.isPresent();
    }

    /** Milliseconds of CPU used so far by this JVM (with its finished children) and by the server. */
    long totalMillis() {
        return clientMillis() + serverMillis();
    }

    /** Milliseconds of CPU used so far by this JVM and its finished children (pg_dump, diff). */
    long clientMillis() {
        if (postmaster.isEmpty()) {
            return 0;
        }
        return stat(Path.of("/proc/self/stat"), true).orElse(0L) * 1000 / TICKS_PER_SECOND;
    }

    /** Milliseconds of CPU used so far by the server: the postmaster and its backends, live or gone. */
    long serverMillis() {
        if (postmaster.isEmpty()) {
            return 0;
        }
        long pm = postmaster.get();
        long ticks = stat(Path.of("/proc", Long.toString(pm), "stat"), true).orElse(0L);
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                String[] fields = fields(p.resolve("stat"));
                if (fields.length > 14 && Long.parseLong(fields[1]) == pm) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime (+ cutime + cstime) of one process. */
    private static Optional<Long> stat(Path file, boolean withChildren) {
        String[] f = fields(file);
        if (f.length < 15) {
            return Optional.empty();
        }
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withChildren) {
            t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return Optional.of(t);
    }

    /** The fields after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] fields(Path file) {
        try {
            String s = Files.readString(file);
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
