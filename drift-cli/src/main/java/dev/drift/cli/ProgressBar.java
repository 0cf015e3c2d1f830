package dev.drift.cli;

import dev.drift.jdbc.FleetScanner;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for a person at a terminal: shown once a scan has run for half a
 * second (a short scan prints nothing), redrawn at most ten times a second.
 */
final class ProgressBar implements FleetScanner.ScanListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long SHOW_AFTER_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lastLength;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(int done, int total, String tenant) {
        long now = System.nanoTime();
        if (now - started < SHOW_AFTER_NANOS || done < total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = render(done, total);
        err.print("\r" + line);
        err.flush();
        lastLength = line.length();
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    synchronized void finish() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }

    /** {@code scanning [###########-------------------] 120/300 tenants}. */
    static String render(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "scanning [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " tenants";
    }
}
