package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.report.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift snapshot}: prints (or saves) a database's catalog as a JSON snapshot, or in the text form. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Reads a database's schema and writes it as a JSON snapshot (format drift-catalog/1): a"
                + " baseline to keep in git and to pass to 'drift diff --reference <file>'.",
                "--format text prints the canonical text form (the one fingerprints are computed from) instead."})
final class SnapshotCommand implements Callable<Integer> {

    enum Format { JSON, TEXT }

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "<url>", description = "The database to read.")
    String url;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--format", defaultValue = "json", paramLabel = "<format>",
            description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = connection.reader().read(ConnectionOptions.url(url));
        if (format == Format.JSON && output != null) {
            Snapshots.write(catalog, output);
        } else {
            String text = format == Format.JSON ? Snapshots.toJson(catalog) : text(catalog);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return Main.NO_DRIFT;
            }
            TextFiles.writeAtomically(output, text);
        }
        spec.commandLine().getErr().println("drift: wrote " + catalog.size() + " objects of " + catalog.database()
                + " to " + output + " (fingerprint " + catalog.fingerprint().substring(0, 12) + ")");
        return Main.NO_DRIFT;
    }

    private static String text(Catalog catalog) {
        return "-- drift snapshot of " + catalog.database() + " (server_version_num " + catalog.serverVersion()
                + ", " + catalog.size() + " objects, fingerprint " + catalog.fingerprint() + ")\n"
                + catalog.canonicalText();
    }
}
