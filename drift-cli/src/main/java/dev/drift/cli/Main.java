package dev.drift.cli;

import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import dev.drift.core.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code drift} command. Exit codes: 0 no drift, 1 drift found, 2 any error (one line on stderr,
 * the stack trace only with {@code --verbose}). Nothing it prints on stderr carries a secret: every
 * error line and stack trace goes through {@link Secrets#redact}, and mistyped command lines are
 * answered by {@link UsageErrors}, which never repeats a value.
 */
@Command(name = "drift",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds schema drift between PostgreSQL databases and writes the SQL that fixes it.",
        footer = {"", "Defaults for any option come from DRIFT_<COMMAND>_<OPTION> or DRIFT_<OPTION> environment variables,"
                + " then from <command>.<option> or <option> in the --config file (else ./drift.properties); see docs/cli.md."})
public final class Main {

    /**
     * The subcommands, by name, in the order {@code drift --help} lists them. Not in the annotation: picocli
     * builds every annotated subcommand's model by reflection (about 0.15 s of CPU on each run), so a command
     * line that names one of them gets a tree of that one only ({@link #commandLine(String[])}); the names
     * are the commands' own ({@code CliHabitsTest} checks they agree).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("diff", DiffCommand::new);
        all.put("snapshot", SnapshotCommand::new);
        all.put("fleet", FleetCommand::new);
        all.put("apply", ApplyCommand::new);
        all.put("demo", DemoCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        all.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return Collections.unmodifiableMap(all);
    }

    /** The top-level options that take a value (the subcommand's name is the first argument that is not one). */
    private static final Set<String> OPTIONS_WITH_A_VALUE = Set.of("--config");
    /** The top-level options without a value that may stand before a subcommand's name and change nothing here. */
    private static final Set<String> PLAIN_OPTIONS = Set.of("--verbose");

    static final int NO_DRIFT = 0;
    static final int DRIFT = 1;
    static final int ERROR = 2;

    @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--config", paramLabel = "<file>", scope = CommandLine.ScopeType.INHERIT,
            description = "Read option defaults from this properties file (default: ./drift.properties, if present).")
    Path config;

    /**
     * pgjdbc reports some URL problems through java.util.logging before it throws; Drift says the same
     * in its own one-line error, so the driver's log is silenced. Held in a field: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    public static void main(String[] args) {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv(), Path.of(""));
    }

    /** The same with this environment and working directory (where drift.properties is looked for). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        boolean noColour = java.util.Arrays.asList(args).contains("--no-color") || !environment.getOrDefault("NO_COLOR", "").isEmpty();
        if (noColour) {
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        try {
            cli.setDefaultValueProvider(Defaults.load(environment, configFile(args), workingDirectory));
        } catch (DriftException e) {
            err.println("drift: " + oneLine(e.getMessage()));
            err.flush();
            return ERROR;
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("drift: " + errorLine(e));
            if (parseResult.hasMatchedOption("--verbose") || parseResult.subcommand() != null
                    && parseResult.subcommand().hasMatchedOption("--verbose")) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                commandLine.getErr().print(TerminalText.escape(Secrets.redact(trace.toString())));
            }
            commandLine.getErr().flush();
            return ERROR;
        });
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionStrategy(Main::execute);
        return cli.execute(args);
    }

    /** The whole command tree, with {@code --version} answering on every subcommand alike. */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command tree a command line needs: when it names one of Drift's commands (not {@code help} or
     * {@code generate-completion}, which describe the others), that one only; else (no command, a mistyped
     * one that gets suggestions, {@code --help}, an {@code @file} argument) the whole tree.
     */
    static CommandLine commandLine(String[] args) {
        return commandLine(named(args).map(Set::of).orElse(SUBCOMMANDS.keySet()));
    }

    /**
     * The command a command line names, when it names one that stands for itself and nothing before it
     * needs the whole tree (an {@code @file} of arguments is not a name).
     */
    static Optional<String> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_A_VALUE.contains(arg)) {
                i++;
            } else if (arg.startsWith("-")) {
                if (!PLAIN_OPTIONS.contains(arg) && !arg.startsWith("--config=")) {
                    // --help, --version, a mistyped option, "--": answered by (or about) the whole tree.
                    return Optional.empty();
                }
            } else {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") && !arg.equals("generate-completion")
                        ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cli = new CommandLine(new Main());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(command.get());
            }
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Version version = new Version();
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return cli;
    }

    /** The error line for a failure: Drift's own message, or the exception's kind and message, never a secret. */
    static String errorLine(Exception e) {
        String message = e instanceof DriftException || e instanceof IllegalArgumentException
                ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Secrets.redact(oneLine(message));
    }

    /**
     * Runs the command the line names; with {@code -o FILE}, what it prints lands in the file (written once
     * it finished), and with {@code --quiet} and no file it goes nowhere.
     */
    private static int execute(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult leaf = parseResult;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        CommandLine command = leaf.commandSpec().commandLine();
        Optional<OutputOptions> output = Optional.ofNullable(leaf.commandSpec().mixins().get("output"))
                .map(m -> (OutputOptions) m.userObject());
        if (output.isEmpty() || output.get().file == null && !output.get().quiet) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        PrintWriter original = command.getOut();
        StringWriter buffer = new StringWriter();
        command.setOut(new PrintWriter(output.get().file == null ? Writer.nullWriter() : buffer, true));
        int exit;
        try {
            exit = new CommandLine.RunLast().execute(parseResult);
        } finally {
            command.setOut(original);
        }
        Path file = output.get().file;
        if (file != null && !output.get().written) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                TextFiles.writeAtomically(file, buffer.toString());
            } catch (IOException e) {
                throw new CommandLine.ExecutionException(command, "cannot write " + file + ": " + e.getMessage(),
                        new DriftException("cannot write " + file + ": " + e.getMessage()));
            }
        }
        return exit;
    }

    /** {@code --config FILE} or {@code --config=FILE}, wherever it stands: defaults are needed before parsing. */
    static Optional<Path> configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--config=")) {
                return Optional.of(Path.of(args[i].substring("--config=".length())));
            }
        }
        return Optional.empty();
    }

    /** A message on one line, with what a terminal would act on (escape sequences in names) shown escaped. */
    static String oneLine(String message) {
        return message == null ? "unknown error"
                : TerminalText.line(message.replaceAll("\\s*\\R\\s*", " ").trim());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"drift " + (v == null ? "(development build)" : v)};
        }
    }
}
