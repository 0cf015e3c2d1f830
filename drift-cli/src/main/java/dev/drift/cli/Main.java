package dev.drift.cli;

import dev.drift.core.DriftException;
import dev.drift.core.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code drift} command. Exit codes: 0 no drift, 1 drift found, 2 any error (one line on stderr,
 * the stack trace only with {@code --verbose}).
 */
@Command(name = "drift",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds schema drift between PostgreSQL databases and writes the SQL that fixes it.",
        subcommands = {DiffCommand.class, SnapshotCommand.class, FleetCommand.class, ApplyCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    static final int NO_DRIFT = 0;
    static final int DRIFT = 1;
    static final int ERROR = 2;

    @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

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
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            String message = e instanceof DriftException || e instanceof IllegalArgumentException
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            commandLine.getErr().println("drift: " + oneLine(message));
            if (verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            return ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("drift: " + oneLine(e.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            return ERROR;
        });
        return cli.execute(args);
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
