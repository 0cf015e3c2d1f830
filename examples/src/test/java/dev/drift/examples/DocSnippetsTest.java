package dev.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet in the README and in docs/ is a complete compilation unit (imports included) that
 * compiles against Drift as it is, so that it works when pasted; and every Maven or Gradle coordinate of
 * Drift they show names the version this build makes.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern MAVEN = Pattern.compile(
            "<groupId>dev\\.drift</groupId>\\s*<artifactId>([\\w-]+)</artifactId>\\s*(?:<!--.*?-->\\s*)?"
                    + "(?:<version>([^<]*)</version>)?");
    private static final Pattern GRADLE = Pattern.compile("\"dev\\.drift:([\\w-]+):([^\"]*)\"");

    record Snippet(Path file, int line, String source) {
        String where() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> out = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = JAVA_BLOCK.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                out.add(new Snippet(doc, line, m.group(1)));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("snippets found in README.md and docs/").hasSizeGreaterThanOrEqualTo(8);
        Path classes = Files.createTempDirectory("drift-snippets");
        return snippets.stream().map(s -> DynamicTest.dynamicTest(s.where(), () -> compile(s, classes)));
    }

    private static void compile(Snippet snippet, Path classes) {
        Matcher type = TYPE.matcher(snippet.source());
        assertThat(type.find()).as(snippet.where() + " is not a complete compilation unit (no class)").isTrue();
        String name = type.group(2);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                "-proc:none", "-Xlint:none", "--release", "17");
        boolean ok = javac.getTask(null, null, diagnostics, options, null, List.of(source)).call();
        List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> snippet.where() + " +" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
        assertThat(errors).as("the snippet at " + snippet.where() + " does not compile").isEmpty();
        assertThat(ok).isTrue();
    }

    @Test
    void everyCoordinateNamesThisVersion() throws IOException {
        String version = System.getProperty("drift.version");
        assertThat(version).as("set by the examples pom").isNotBlank();
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Path doc : documents()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            for (Pattern p : List.of(MAVEN, GRADLE)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found++;
                    if (!version.equals(m.group(2))) {
                        wrong.add(ROOT.relativize(doc) + ": " + m.group(1) + " " + m.group(2));
                    }
                }
            }
        }
        assertThat(found).as("coordinates in README.md and docs/").isGreaterThanOrEqualTo(4);
        assertThat(wrong).as("coordinates without version " + version).isEmpty();
    }
}
