package dev.drift.cli;

import dev.drift.core.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift snapshot}: prints (or saves) a database's catalog in Drift's stable text form. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Reads a database's schema and prints it in a stable, readable form.")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "<url>", description = "The database to read.")
    String url;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = connection.reader().read(ConnectionOptions.url(url));
        String text = "-- drift snapshot of " + catalog.database() + " (server_version_num " + catalog.serverVersion()
                + ", " + catalog.size() + " objects, fingerprint " + catalog.fingerprint() + ")\n"
                + catalog.canonicalText();
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".drift-snapshot", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println("drift: wrote " + catalog.size() + " objects to " + output);
        }
        return Main.NO_DRIFT;
    }
}
