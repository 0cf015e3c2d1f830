package dev.drift.bench;

import java.util.Locale;

/** Number formats for the results. */
final class Format {
    private Format() {
    }

    static String millis(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1fx", value);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
