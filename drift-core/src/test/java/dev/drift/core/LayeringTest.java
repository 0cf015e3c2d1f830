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
 * imports a module further down the data flow (read, compare, plan, render or apply), and the reader never
 * applies (it only reads, in read-only transactions; applying is drift-apply's). In the planner,
 * statements are written only by the planner of their kind, each statement form in one place, and the
 * passes after planning (order, holding back, the online arrangement, commit points) and the planners
 * never call each other: the passes know the statements and the catalogs, nothing a planner kept. In the
 * reader, only the kind readers map rows to model records.
 */
class LayeringTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Which Drift packages each module's main code may import, besides its own. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "drift-core", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"),
            "drift-jdbc", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"),
            "drift-report", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.core.internal"),
            "drift-apply", Set.of("dev.drift.core", "dev.drift.core.fleet", "dev.drift.jdbc", "dev.drift.jdbc.session",
                    "dev.drift.report"));

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

    /** Statements that change a database: drift-jdbc's main code writes none. */
    private static final Pattern WRITES = Pattern.compile(
            "\"\\s*(CREATE|ALTER|DROP|GRANT|REVOKE|COMMENT ON|INSERT|UPDATE|DELETE|TRUNCATE|REINDEX|VACUUM)\\b");

    @Test
    void theReaderNeverApplies() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve("drift-jdbc/src/main/java"), Integer.MAX_VALUE)) {
            String code = withoutComments(read(file));
            Matcher m = WRITES.matcher(code);
            while (m.find()) {
                violations.add(ROOT.relativize(file) + " writes a " + m.group(1) + " statement");
            }
            // A transaction of the reader's is read-only, so nothing it runs inside can write either.
            if (code.contains("setAutoCommit(false)") && !code.contains("READ ONLY")) {
                violations.add(ROOT.relativize(file) + " opens a transaction that is not READ ONLY");
            }
        }
        // Applying lives in drift-apply: its types are used above it only, and the session settings it shares
        // with the reader (dev.drift.jdbc.session) by it alone.
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src"))).toList()) {
                String name = module.getFileName().toString();
                for (Path file : javaFiles(module.resolve("src/main/java"), Integer.MAX_VALUE)) {
                    List<String> imports = importsOf(file);
                    if (Set.of("drift-core", "drift-jdbc", "drift-report").contains(name)
                            && imports.contains("dev.drift.apply")) {
                        violations.add(ROOT.relativize(file) + " imports dev.drift.apply");
                    }
                    if (!Set.of("drift-jdbc", "drift-apply").contains(name) && imports.contains("dev.drift.jdbc.session")) {
                        violations.add(ROOT.relativize(file) + " imports dev.drift.jdbc.session");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(violations).isEmpty();
    }

    private static final Path PLANNER = ROOT.resolve("drift-report/src/main/java/dev/drift/report");

    /** The passes over a plan's statements (see FixPlanner). */
    private static final Set<String> PASSES = Set.of("DependencyOrder", "HoldBack", "OnlineArrangement", "CommitPoints");

    /** The one planner per kind: {@code XxxPlanner}, besides FixPlanner (the entry point) and their base class. */
    private static boolean kindPlanner(Path file) {
        String name = className(file);
        return name.endsWith("Planner") && !name.equals("FixPlanner") && !name.equals("KindPlanner");
    }

    @Test
    void statementsAreWrittenOnlyByThePlannerOfTheirKind() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(PLANNER, 1)) {
            boolean mayWrite = kindPlanner(file) || Set.of("FixStatement", "Planned").contains(className(file));
            if (!mayWrite && read(file).contains("new FixStatement(")) {
                violations.add(ROOT.relativize(file) + " makes a statement");
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Each form of statement ({@code DROP INDEX}, {@code ALTER DOMAIN}, {@code CREATE OR REPLACE VIEW}...: the
     * keywords a string literal starts a statement with) is written in one class.
     */
    @Test
    void eachStatementFormIsWrittenInOnePlace() {
        Pattern head = Pattern.compile("\"((?:CREATE|DROP|ALTER|COMMENT ON|GRANT|REVOKE) [A-Z]+(?: [A-Z]+)*)");
        Map<String, Set<String>> writers = new java.util.TreeMap<>();
        for (Path file : javaFiles(PLANNER, 1)) {
            Matcher m = head.matcher(read(file));
            while (m.find()) {
                writers.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(className(file));
            }
        }
        assertThat(writers).containsKeys("DROP INDEX", "CREATE INDEX", "ALTER TABLE");
        writers.forEach((form, classes) -> assertThat(classes).as("the classes that write %s", form).hasSize(1));
    }

    @Test
    void thePassesAfterPlanningAndThePlannersNeverCallEachOther() {
        List<String> violations = new ArrayList<>();
        Pattern planner = Pattern.compile("\\b(\\w+Planners?)\\b");
        Pattern pass = Pattern.compile("\\b(" + String.join("|", PASSES) + ")\\b");
        for (Path file : javaFiles(PLANNER, 1)) {
            String code = withoutComments(read(file));
            if (PASSES.contains(className(file))) {
                Matcher m = planner.matcher(code);
                while (m.find()) {
                    violations.add(className(file) + " uses " + m.group(1));
                }
            } else if (kindPlanner(file)) {
                Matcher m = pass.matcher(code);
                while (m.find()) {
                    violations.add(className(file) + " uses " + m.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * The reader knows each kind in one place, its {@code KindReader} (and Dependencies, which resolves pg_depend's
     * edges through an index's constraint and reads SQL function bodies): the rest of drift-jdbc handles objects,
     * keys and dependencies whatever their kind.
     */
    @Test
    void onlyTheKindReadersMapRowsToModelRecords() {
        Pattern record = Pattern.compile("^import dev\\.drift\\.core\\.(\\w+Def);", Pattern.MULTILINE);
        Set<String> allowed = Set.of("KindReaders", "Dependencies");
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve("drift-jdbc/src/main/java"), Integer.MAX_VALUE)) {
            Matcher m = record.matcher(read(file));
            while (m.find()) {
                if (!allowed.contains(className(file))) {
                    violations.add(ROOT.relativize(file) + " imports " + m.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static String className(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without its comments (a comment may name what the code does not use). */
    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
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
