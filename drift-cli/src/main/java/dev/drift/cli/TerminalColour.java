package dev.drift.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours the status words of a text report, and only when a person is looking: standard output is a
 * terminal ({@link System#console()}) and {@code NO_COLOR} is not set (https://no-color.org). Pipes,
 * files, CI logs and every other format stay plain text, byte for byte.
 */
final class TerminalColour {

    private static final String RESET = "\u001b[0m";
    private static final Map<String, String> COLOURS = Map.of(
            "IN_SYNC", "\u001b[32m", "no drift", "\u001b[32m",
            "BEHIND", "\u001b[33m", "AHEAD", "\u001b[34m",
            "DIVERGED", "\u001b[35m", "FAILED", "\u001b[31;1m", "PARTIAL", "\u001b[35;1m",
            "data loss", "\u001b[31m", "Held back", "\u001b[31m");
    private static final Pattern WORDS = Pattern.compile("\\b(IN_SYNC|no drift|BEHIND|AHEAD|DIVERGED|FAILED|PARTIAL|data loss|Held back)\\b");

    private TerminalColour() {
    }

    /** Whether output to standard output should be coloured. */
    static boolean wanted() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }

    /** The text with its status words coloured. */
    static String colour(String text) {
        Matcher m = WORDS.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(COLOURS.get(m.group(1)) + m.group(1) + RESET));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@link #colour} when {@link #wanted}, else the text as it is. */
    static String forTerminal(String text) {
        return wanted() ? colour(text) : text;
    }
}
