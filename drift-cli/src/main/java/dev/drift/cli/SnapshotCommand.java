package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.report.Snapshots;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift snapshot}: prints (or saves) a database's catalog as a JSON snapshot, or in the text form. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Reads a database's schema and writes it as a JSON snapshot (format " + Snapshots.CATALOG_FORMAT + "): a"
                + " baseline to keep in git and to pass to 'drift diff --reference <file>'.",
                "--format text prints the canonical text form (the one fingerprints are computed from) instead."})
final class SnapshotCommand implements Callable<Integer> {

    enum Format { JSON, TEXT }

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "<url>", description = "The database to read.")
    String url;

    @Option(names = "--format", defaultValue = "json", paramLabel = "<format>",
            description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Catalog catalog = connection.reader().read(ConnectionOptions.url(url));
        if (format == Format.JSON && output.file != null) {
            // Streamed into the file (atomically, as -o does), not made into a string, printed into a buffer and
            // written from there: three copies of a text as large as the catalog (48 MB at 5,000 tables).
            Snapshots.write(catalog, output.file);
            output.written = true;
        } else {
            spec.commandLine().getOut().print(output.exact(format == Format.JSON ? Snapshots.toJson(catalog) : text(catalog),
                    spec.commandLine().getErr()));
            spec.commandLine().getOut().flush();
        }
        if (output.file != null) {
            output.note(spec.commandLine().getErr(), "drift: wrote " + catalog.size() + " objects of " + catalog.database()
                    + " to " + output.file + " (fingerprint " + catalog.fingerprint().substring(0, 12) + ")");
        }
        return Main.NO_DRIFT;
    }

    private static String text(Catalog catalog) {
        return "-- drift snapshot of " + catalog.database() + " (server_version_num " + catalog.serverVersion()
                + ", " + catalog.size() + " objects, fingerprint " + catalog.fingerprint() + ")\n"
                + catalog.canonicalText();
    }
}
