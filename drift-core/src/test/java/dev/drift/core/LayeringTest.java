package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering that module-info cannot express on its own (tests run on the class path, where
 * qualified exports are not enforced): the model and diff never reach into the fleet package, the
 * internals of drift-core are used only where module-info exports them, and no module's main code
 * imports a module further down the data flow (read, compare, plan, render or apply).
 */
class LayeringTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Which Drift packages each module's main code may import, besides its own. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "drift-core", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"),
            "drift-jdbc", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"),
            "drift-report", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.drift\\.[\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    @Test
    void theModelAndDiffNeverImportTheFleetOrInternalPackages() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve("drift-core/src/main/java/dev/drift/core"), 1)) {
            importsOf(file).stream().filter(p -> !p.equals("dev.drift.core"))
                    .forEach(p -> violations.add(ROOT.relativize(file) + " imports " + p));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void eachLowerModuleImportsOnlyWhatItMayDependOn() {
        List<String> violations = new ArrayList<>();
        ALLOWED.forEach((module, allowed) -> {
            String own = "dev.drift." + module.substring("drift-".length());
            for (Path file : javaFiles(ROOT.resolve(module).resolve("src/main/java"), Integer.MAX_VALUE)) {
                for (String p : importsOf(file)) {
                    if (!p.startsWith(own) && !allowed.contains(p)) {
                        violations.add(ROOT.relativize(file) + " imports " + p);
                    }
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void coreInternalsAreUsedOnlyByTheReaderAndThePlanner() {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src"))).toList()) {
                String name = module.getFileName().toString();
                if (Set.of("drift-core", "drift-jdbc", "drift-report").contains(name)) {
                    continue;
                }
                for (Path file : javaFiles(module.resolve("src"), Integer.MAX_VALUE)) {
                    if (importsOf(file).contains("dev.drift.core.internal")) {
                        violations.add(ROOT.relativize(file) + " imports dev.drift.core.internal");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> importsOf(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            List<String> packages = new ArrayList<>();
            while (m.find()) {
                packages.add(m.group(1).replaceAll("\\.[A-Z]\\w*$", ""));
            }
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
