package dev.drift.report;

import dev.drift.core.TerminalText;

/**
 * The one place where text read from tenants (names, expressions, reasons a server gave) becomes Markdown.
 * A report is pasted into pull requests and tickets, where Markdown is rendered: a name holding
 * {@code ](https://…)}, a backtick or a line of three backticks must show as itself, never become a link, an
 * image, the end of a code span or the end of a code block after which the rest of the name renders as
 * Markdown of its author's choosing. Every piece is also one line with nothing a terminal acts on
 * ({@link TerminalText}), since Markdown is often read first in a terminal.
 */
final class Markdown {
    /** Characters that open or close an inline construct anywhere in a line (GFM tables: the pipe too). */
    private static final String INLINE_SPECIAL = "\\`*[]<>|~";

    private Markdown() {
    }

    /**
     * Text on one line, shown as itself: every character that could start a link, an image, emphasis, a
     * code span, raw HTML, strikethrough or a table cell boundary is backslash-escaped. An underscore inside a
     * word is left alone (it cannot emphasise there, and names like {@code tenant_a} stay readable).
     */
    static String text(String text) {
        String line = TerminalText.line(text);
        StringBuilder b = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0 || (c == '_' && !insideWord(line, i))) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * An inline code span in a table cell holding the text as it is: delimited by one backtick more than the
     * longest run of backticks inside it (CommonMark), padded when the text starts or ends with a backtick,
     * and with its pipes escaped (GFM splits cells before it reads code spans).
     */
    static String tableCode(String text) {
        String line = TerminalText.line(text).replace("|", "\\|");
        String ticks = "`".repeat(longestBacktickRun(line) + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return ticks + (pad ? " " : "") + line + (pad ? " " : "") + ticks;
    }

    /**
     * A fenced code block around lines that may hold anything a name holds: the fence is longer than any run
     * of backticks inside, so no line of the body can close it.
     */
    static String fenced(String info, String body) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        return fence + info + '\n' + body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n") + fence + '\n';
    }

    /** The backticks a line opens a fenced block with, or an empty string when it opens none. */
    static String openingFence(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '`') {
            n++;
        }
        return n >= 3 ? line.substring(0, n) : "";
    }

    private static boolean insideWord(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static int longestBacktickRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
