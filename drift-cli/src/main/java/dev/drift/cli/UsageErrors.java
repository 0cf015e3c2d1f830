package dev.drift.cli;

import dev.drift.core.Secrets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Replaces picocli's messages for a mistyped command line, which repeat the arguments as given: one of them
 * may be a URL with a password ({@code drift dif --reference postgresql://app:pw@db/x}). Each message names
 * the option or command that is wrong, suggests the closest one that exists, and never shows a value.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    /** A word that can only be a mistyped command, not a value worth hiding. */
    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z-]{0,30}");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("drift: " + Secrets.redact(message(e)) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        command.getErr().flush();
        return Main.ERROR;
    }

    static String message(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(command, unmatched.getUnmatched().get(0));
        }
        // picocli checks required options before it complains of the unknown ones: '--refrence=...' would be
        // reported as a missing --reference, hiding the typo.
        if (!command.getUnmatchedArguments().isEmpty()) {
            return unmatched(command, command.getUnmatchedArguments().get(0));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(UsageErrors::name).toList();
            return "missing " + String.join(", ", names);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " is given more than once";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null) {
            return "invalid value for " + name(arg) + expected(arg) + " (the value is not shown)";
        }
        // Anything else: picocli quotes values in single quotes; keep option names, drop the rest.
        return String.valueOf(e.getMessage()).replaceAll("'(?!-)[^']*'", "'…'").replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static String unmatched(CommandLine command, String arg) {
        if (arg.startsWith("-")) {
            int eq = arg.indexOf('=');
            String option = eq < 0 ? arg : arg.substring(0, eq);
            List<String> known = command.getCommandSpec().options().stream()
                    .flatMap(o -> java.util.Arrays.stream(o.names())).toList();
            return "unknown option '" + Secrets.redact(option) + "'" + suggestion(option, known);
        }
        boolean takesCommands = !command.getSubcommands().isEmpty();
        if (takesCommands && COMMAND_WORD.matcher(arg).matches()) {
            return "unknown command '" + arg + "'" + suggestion(arg, command.getSubcommands().keySet());
        }
        return takesCommands ? "expected a command (" + String.join(", ", visible(command)) + "), not a value (not shown)"
                : "unexpected argument (not shown): every value follows its option, e.g. --target <url>";
    }

    private static List<String> visible(CommandLine command) {
        return command.getSubcommands().entrySet().stream()
                .filter(s -> !s.getValue().getCommandSpec().usageMessage().hidden()).map(s -> s.getKey()).toList();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String expected(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null && candidates.iterator().hasNext()) {
            List<String> values = new ArrayList<>();
            candidates.forEach(c -> values.add(c.toLowerCase(Locale.ROOT)));
            return ": expected " + String.join(", ", values);
        }
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return ": expected a whole number";
        }
        return "";
    }

    /** {@code " (did you mean --reference?)"} when a name is close enough to be the one meant, else "". */
    static String suggestion(String typed, Collection<String> names) {
        Optional<String> best = names.stream()
                .filter(n -> distance(typed, n) <= Math.max(2, n.length() / 3))
                .min((a, b) -> Integer.compare(distance(typed, a), distance(typed, b)));
        if (best.isEmpty()) {
            // A prefix is a good guess too: --ref for --reference.
            List<String> prefixed = names.stream().filter(n -> typed.length() >= 3 && n.startsWith(typed)).toList();
            return prefixed.isEmpty() ? "" : " (did you mean " + prefixed.stream().collect(Collectors.joining(" or ")) + "?)";
        }
        return " (did you mean " + best.get() + "?)";
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
