package dev.drift.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the possibly qualified names in SQL text ({@code a}, {@code s.a}, {@code "S"."A"}), skipping
 * comments, string literals and dollar-quoted strings. A deliberately simple scanner: it over-reports
 * (a column that shares a table's name matches the table), which only adds ordering constraints.
 */
final class SqlNames {
    private SqlNames() {
    }

    static List<List<String>> qualifiedNames(String sql) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean afterDot = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = skipTo(sql, i, "\n");
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipTo(sql, i + 2, "*/");
            } else if (c == '\'') {
                i = skipQuoted(sql, i, '\'');
                afterDot = flush(out, current);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                i = skipTo(sql, i + tag.length(), tag);
                afterDot = flush(out, current);
            } else if (c == '"') {
                int end = skipQuoted(sql, i, '"');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                afterDot = add(out, current, afterDot, name);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                afterDot = add(out, current, afterDot, sql.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else if (c == '.' && !current.isEmpty()) {
                afterDot = true;
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    afterDot = flush(out, current);
                }
                i++;
            }
        }
        flush(out, current);
        return out;
    }

    private static boolean add(List<List<String>> out, List<String> current, boolean afterDot, String name) {
        if (!afterDot) {
            flush(out, current);
        }
        current.add(name);
        return false;
    }

    private static boolean flush(List<List<String>> out, List<String> current) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
        }
        return false;
    }

    private static int skipTo(String sql, int from, String end) {
        int at = sql.indexOf(end, from);
        return at < 0 ? sql.length() : at + end.length();
    }

    private static int skipQuoted(String sql, int from, char quote) {
        int i = from + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The tag of a dollar quote starting at {@code from} ({@code $$} or {@code $name$}), or null. */
    private static String dollarTag(String sql, int from) {
        int i = from + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i < sql.length() && sql.charAt(i) == '$' && (i == from + 1 || !Character.isDigit(sql.charAt(from + 1)))) {
            return sql.substring(from, i + 1);
        }
        return null;
    }
}
