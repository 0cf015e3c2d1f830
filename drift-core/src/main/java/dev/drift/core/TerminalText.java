package dev.drift.core;

/**
 * Text meant for a terminal, made safe to print: a name read from a tenant may hold characters that a
 * terminal acts on instead of showing (an escape sequence that rewrites the screen or the window title, a
 * carriage return that overwrites the line, a bidirectional override that reorders what follows). Those are
 * shown as escapes instead ({@code \x1b}, {@code \u202e}); everything else is printed as it is.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with every character a terminal would act on escaped; line ends and tabs kept. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@link #escape}, line feeds and tabs escaped too: one line, whatever a name holds. */
    public static String line(String text) {
        return escape(text, true);
    }

    /** A writer that escapes ({@link #escape}) everything written through it before passing it on. */
    public static java.io.PrintWriter printWriter(java.io.Writer out) {
        return new java.io.PrintWriter(new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                out.write(escape(String.valueOf((char) c)));
            }

            @Override
            public void write(char[] chars, int off, int len) throws java.io.IOException {
                out.write(escape(new String(chars, off, len)));
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                out.write(escape(str.substring(off, off + len)));
            }
        }, true);
    }

    private static String escape(String text, boolean oneLine) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A carriage return right before a line feed is a line end (Windows' line separator), nothing more.
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean keep = !actedOn(c) || !oneLine && (lineEnd || c == '\t');
            if (keep) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            b.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
        return b == null ? text : b.toString();
    }

    /**
     * C0 controls (escape, carriage return, backspace, bell...), DEL, C1 controls (8-bit CSI among them), the
     * Unicode line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates.
     */
    private static boolean actedOn(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
