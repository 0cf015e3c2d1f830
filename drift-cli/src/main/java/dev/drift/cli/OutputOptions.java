package dev.drift.cli;

import dev.drift.core.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's report or script goes and how loud it is: shared by every command that prints one
 * ({@code diff}, {@code snapshot}, {@code fleet}, {@code apply}). {@code -o} is carried out by {@link Main}
 * for all of them alike: the command prints as always, and the text lands in the file, written atomically,
 * only when the command finished (an error leaves any earlier file as it was). A JSON snapshot is the one
 * exception: {@code drift snapshot} streams it into the file itself, atomically too ({@link #written}).
 */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "Write the report or script to this file (atomically) instead of standard output.")
    Path file;

    @Option(names = {"-q", "--quiet"},
            description = "Print nothing but errors: no report on standard output (unless -o), no progress bar, no notes.")
    boolean quiet;

    @Option(names = "--no-color", negatable = false,
            description = "No colours in text output (also when the NO_COLOR environment variable is set).")
    boolean noColour;

    /**
     * Set by a command that wrote {@link #file} itself (a snapshot, streamed object by object from the catalog,
     * atomically): {@link Main} then writes nothing more there.
     */
    boolean written;

    /** The text with its status words coloured, when a person reads standard output and colour is allowed. */
    String colour(String text) {
        return file == null && !noColour ? TerminalColour.forTerminal(text) : text;
    }

    /**
     * A script, JSON, Markdown or HTML as the command prints it: exactly as it is into a file or a pipe (what
     * psql and other programs read); on a terminal with the characters a terminal acts on escaped
     * ({@link TerminalText#escape}), since a name read from a tenant may hold an escape sequence that rewrites
     * the screen, and a note on stderr says so. Text reports escape their names themselves and keep colours.
     */
    String exact(String text, PrintWriter err) {
        if (file != null || !Terminal.stdoutIsTerminal()) {
            return text;
        }
        String shown = TerminalText.escape(text);
        if (!shown.equals(text)) {
            note(err, "drift: characters a terminal would act on are shown escaped (as \\x1b or \\u202e); write to a"
                    + " file (-o) or a pipe for the exact text");
        }
        return shown;
    }

    /** An informational line on stderr ({@code drift: wrote ...}), unless quiet. */
    void note(PrintWriter err, String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }

    /** A progress bar on stderr when a person watches it (stderr is a terminal, whatever stdout is) and not quiet. */
    ProgressBar progressBar(PrintWriter err) {
        return quiet || !Terminal.stderrIsTerminal() ? null : new ProgressBar(err);
    }
}
