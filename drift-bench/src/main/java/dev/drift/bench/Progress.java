package dev.drift.bench;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard error, so standard output carries only the results. */
final class Progress {
    private Progress() {
    }

    static void say(String message) {
        System.err.println(LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + " " + message);
    }
}
