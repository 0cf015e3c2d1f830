package dev.drift.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where Drift takes secrets out of text it is about to print, log or write: error messages,
 * fleet reports, summaries, stack traces. Everything a person or a log sees passes through
 * {@link #redact(String)} at the point it leaves Drift's hands (an exception's message, a failed tenant's
 * reason, the command line's error line).
 *
 * <p>What it recognises, in any text (a URL given on the command line, a driver's message, a picocli
 * error):
 * <ul>
 *   <li>the password of a URL's user info, whatever the scheme ({@code jdbc:postgresql://app:pw@db/x},
 *       {@code postgresql://app:pw@db/x}), and a bare {@code user:pw@host} such as a driver's
 *       "unknown host" message shows;</li>
 *   <li>the value of a {@code password}, {@code sslpassword} or {@code passwd} parameter, in a URL query
 *       ({@code ?password=pw&...}) or a libpq key/value string ({@code password=pw},
 *       {@code password='p w'}).</li>
 * </ul>
 * Each secret becomes {@value #MASK}; the rest of the text stays as it was, so that the message still
 * says which server and which database.
 *
 * <p>Never applied to a fix script or a snapshot: SQL text may hold {@code password=} as data.
 */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /**
     * {@code scheme://user:secret@}: the secret runs to the last {@code @} before a query, a space or a quote,
     * so that a password typed with a raw {@code @} or {@code /} in it is masked whole (a host lost with it
     * is the lesser harm).
     */
    private static final Pattern URL_USER_INFO = Pattern.compile("(://[^/?#@\\s:'\"]*):[^\\s'\"?#]*@");
    /** {@code user:secret@host} without a scheme, as a driver echoes a host it could not resolve. */
    private static final Pattern BARE_USER_INFO =
            Pattern.compile("(?<![:/\\w.@-])([\\w.+-]+):[^\\s'\"?#/]+@(?=[\\w\\[.-])");
    /** {@code password=secret} in a query or a libpq key/value string; a quoted value may hold spaces. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)\\b((?:pg)?(?:ssl)?password|passwd)(\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^&;\\s'\"]*)");

    private Secrets() {
    }

    /** The text with every secret it holds replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = URL_USER_INFO.matcher(text).replaceAll("$1:" + MASK + "@");
        out = BARE_USER_INFO.matcher(out).replaceAll("$1:" + MASK + "@");
        Matcher m = PASSWORD_PARAMETER.matcher(out);
        StringBuilder b = new StringBuilder(out.length());
        while (m.find()) {
            String value = m.group(3);
            String masked = value.isEmpty() ? value : value.startsWith("'") ? "'" + MASK + "'" : MASK;
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + m.group(2) + masked));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The text with these known secrets (a password read from the environment or a password file) replaced
     * too, wherever they appear. Secrets shorter than four characters are left alone: masking every
     * {@code "pw"} in a message would garble it without protecting anything.
     */
    public static String redact(String text, Iterable<String> known) {
        String out = redact(text);
        if (out == null) {
            return null;
        }
        for (String secret : known) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }
}
