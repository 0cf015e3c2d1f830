package dev.drift.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens the way PostgreSQL's lexer (and psql's copy of it) does with
 * {@code standard_conforming_strings = on}, the setting every Drift session and script runs under: string
 * constants {@code '...'} (quotes doubled, backslashes plain), escape strings {@code E'...'} (backslash
 * escapes), {@code U&'...'}, {@code N'...'}, bit strings {@code B'...'} and {@code X'...'} (which end at the
 * first quote), quoted identifiers {@code "..."} and {@code U&"..."}, dollar quotes {@code $tag$...$tag$},
 * {@code --} comments (to a line feed or carriage return) and nested block comments. Comments and
 * whitespace are dropped. A backslash outside any of these is returned as a token of its own: psql would
 * take it for a meta-command.
 */
final class SqlLexer {

    /** What a token is. */
    enum Type {
        /** An unquoted word: a keyword or a name. */
        WORD,
        /** A double-quoted identifier. */
        QUOTED_IDENT,
        /** A string constant of any form, dollar-quoted included. */
        STRING,
        /** Digits (with dots and exponents), or a {@code $n} parameter. */
        NUMBER,
        /** A backslash outside a quoted token or comment. */
        BACKSLASH,
        /** {@code ;} */
        SEMICOLON,
        /** Any other character: operators and punctuation, one character each. */
        SYMBOL
    }

    /**
     * One token: where it stands in the text it was read from (its text is cut only when asked for, so that
     * checking a large snapshot's texts allocates little).
     *
     * @param source the text read
     * @param start  where it starts in the text (a character index)
     * @param end    where it ends (exclusive)
     */
    record Token(Type type, String source, int start, int end) {
        String text() {
            return source.substring(start, end);
        }

        /** The word in upper case, or empty for anything else. */
        String keyword() {
            return type == Type.WORD ? text().toUpperCase(Locale.ROOT) : "";
        }

        /** Whether it is this symbol, or this keyword (given in upper case) in any case. */
        boolean is(String symbolOrKeyword) {
            return end - start == symbolOrKeyword.length()
                    && source.regionMatches(type == Type.WORD, start, symbolOrKeyword, 0, symbolOrKeyword.length());
        }
    }

    /** Text that is not complete SQL: an unterminated quote or comment, or a NUL character. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int position;

        Malformed(String message, int position) {
            super(message);
            this.position = position;
        }

        int position() {
            return position;
        }
    }

    /** Where comments were: the block comments and line comments, as start and end indexes. */
    record Comment(int start, int end) {
    }

    /** The tokens and comments of a text. */
    record Lexed(List<Token> tokens, List<Comment> comments) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private int i;

    private SqlLexer(String text) {
        this.text = text;
    }

    /**
     * The tokens of {@code text}.
     *
     * @throws Malformed if a quote or comment never ends, or the text holds a NUL character (which no
     *                   PostgreSQL text can hold)
     */
    static Lexed lex(String text) {
        SqlLexer lexer = new SqlLexer(text);
        lexer.run();
        return new Lexed(List.copyOf(lexer.tokens), List.copyOf(lexer.comments));
    }

    static List<Token> tokens(String text) {
        return lex(text).tokens();
    }

    private void run() {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new Malformed("a NUL character", nul);
        }
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '-' && next(1) == '-') {
                int start = i;
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                comments.add(new Comment(start, i));
            } else if (c == '/' && next(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                quoted(i, i + 1, false, true);
            } else if ((c == 'E' || c == 'e') && next(1) == '\'') {
                quoted(i, i + 2, true, true);
            } else if ((c == 'N' || c == 'n') && next(1) == '\'') {
                quoted(i, i + 2, false, true);
            } else if ((c == 'B' || c == 'b' || c == 'X' || c == 'x') && next(1) == '\'') {
                quoted(i, i + 2, false, false);
            } else if ((c == 'U' || c == 'u') && next(1) == '&' && next(2) == '\'') {
                quoted(i, i + 3, false, true);
            } else if ((c == 'U' || c == 'u') && next(1) == '&' && next(2) == '"') {
                identifier(i, i + 3);
            } else if (c == '"') {
                identifier(i, i + 1);
            } else if (c == '$' && dollarQuote()) {
                continue;
            } else if (c == '$' && isDigit(next(1))) {
                int start = i++;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                add(Type.NUMBER, start);
            } else if (isIdentStart(c)) {
                int start = i++;
                while (i < n && isIdentCont(text.charAt(i))) {
                    i++;
                }
                add(Type.WORD, start);
            } else if (isDigit(c) || c == '.' && isDigit(next(1))) {
                number();
            } else if (c == '\\') {
                i++;
                add(Type.BACKSLASH, i - 1);
            } else if (c == ';') {
                i++;
                add(Type.SEMICOLON, i - 1);
            } else {
                i++;
                add(Type.SYMBOL, i - 1);
            }
        }
    }

    private char next(int ahead) {
        return i + ahead < text.length() ? text.charAt(i + ahead) : '\0';
    }

    private void add(Type type, int start) {
        tokens.add(new Token(type, text, start, i));
    }

    private void blockComment() {
        int start = i;
        int depth = 0;
        do {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
            } else if (i >= text.length()) {
                throw new Malformed("a comment that is never closed", start);
            } else {
                i++;
            }
        } while (depth > 0);
        comments.add(new Comment(start, i));
    }

    /**
     * A string constant from {@code start}, its body from {@code from}. Quotes are doubled inside, except in
     * bit strings ({@code doubling} false), which end at the first quote; escape strings also skip the
     * character after a backslash.
     */
    private void quoted(int start, int from, boolean backslashEscapes, boolean doubling) {
        int j = from;
        int n = text.length();
        while (true) {
            if (j >= n) {
                throw new Malformed("a string constant that is never closed", start);
            }
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == '\'') {
                if (doubling && j + 1 < n && text.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    i = j + 1;
                    add(Type.STRING, start);
                    return;
                }
            } else {
                j++;
            }
        }
    }

    private void identifier(int start, int from) {
        int j = from;
        int n = text.length();
        while (true) {
            int close = text.indexOf('"', j);
            if (close < 0) {
                throw new Malformed("a quoted identifier that is never closed", start);
            }
            if (close + 1 < n && text.charAt(close + 1) == '"') {
                j = close + 2;
            } else {
                i = close + 1;
                add(Type.QUOTED_IDENT, start);
                return;
            }
        }
    }

    /** A {@code $tag$...$tag$} constant at {@code i}; false when the dollar sign starts none. */
    private boolean dollarQuote() {
        int j = i + 1;
        int n = text.length();
        if (j < n && isDollarTagStart(text.charAt(j))) {
            j++;
            while (j < n && isDollarTagCont(text.charAt(j))) {
                j++;
            }
        }
        if (j >= n || text.charAt(j) != '$') {
            return false;
        }
        String tag = text.substring(i, j + 1);
        int close = text.indexOf(tag, j + 1);
        if (close < 0) {
            throw new Malformed("a dollar-quoted string that is never closed", i);
        }
        int start = i;
        i = close + tag.length();
        add(Type.STRING, start);
        return true;
    }

    private void number() {
        int start = i;
        int n = text.length();
        while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_'
                || Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x80)) {
            char c = text.charAt(i);
            i++;
            if ((c == 'e' || c == 'E') && i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
        }
        add(Type.NUMBER, start);
    }

    /** PostgreSQL's {@code space}: space, tab, line feed, carriage return, form feed, vertical tab. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code ident_start}: a letter, an underscore or any non-ASCII character. */
    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentStart(c);
    }

    private static boolean isDollarTagCont(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
