package dev.drift.cli;

import dev.drift.core.DriftException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values of options, from the environment and from a properties file, as Flyway and Liquibase
 * take theirs. For an option such as {@code fleet --statement-timeout}, the first of these wins:
 * <ol>
 *   <li>the command line;</li>
 *   <li>{@code DRIFT_FLEET_STATEMENT_TIMEOUT}, then {@code DRIFT_STATEMENT_TIMEOUT} (upper case, dashes as
 *       underscores);</li>
 *   <li>{@code fleet.statement-timeout}, then {@code statement-timeout}, in the file {@code --config FILE}
 *       names, else in {@code drift.properties} in the working directory if there is one;</li>
 *   <li>the built-in default shown in {@code --help}.</li>
 * </ol>
 * A repeatable option takes one value this way. Help and version options have no defaults.
 */
final class Defaults implements CommandLine.IDefaultValueProvider {

    static final String FILE_NAME = "drift.properties";

    private final Map<String, String> environment;
    private final Properties file;

    private Defaults(Map<String, String> environment, Properties file) {
        this.environment = environment;
        this.file = file;
    }

    /**
     * @param config the file {@code --config} names, if it was given
     * @param workingDirectory where {@value #FILE_NAME} is looked for when it was not
     */
    static Defaults load(Map<String, String> environment, Optional<Path> config, Path workingDirectory) {
        Path path = config.orElse(workingDirectory.resolve(FILE_NAME));
        Properties props = new Properties();
        if (config.isPresent() && !Files.isRegularFile(path)) {
            throw new DriftException("--config: no such file: " + path);
        }
        if (Files.isRegularFile(path)) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new DriftException("cannot read the configuration file " + path + ": " + e.getMessage());
            }
        }
        return new Defaults(environment, props);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()
                || option.longestName().equals("--config")) {
            return null;
        }
        String name = option.longestName().replaceFirst("^-+", "");
        String command = arg.command() == null ? "" : arg.command().name();
        String commandKey = command.equals("drift") || command.isEmpty() ? null : command + "." + name;
        return Optional.ofNullable(commandKey).map(k -> environment.get(variable(k)))
                .or(() -> Optional.ofNullable(environment.get(variable(name))))
                .or(() -> Optional.ofNullable(commandKey).map(file::getProperty))
                .or(() -> Optional.ofNullable(file.getProperty(name)))
                .filter(v -> !v.isEmpty())
                .orElse(null);
    }

    /** {@code fleet.statement-timeout} is {@code DRIFT_FLEET_STATEMENT_TIMEOUT}. */
    static String variable(String key) {
        return "DRIFT_" + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }
}
