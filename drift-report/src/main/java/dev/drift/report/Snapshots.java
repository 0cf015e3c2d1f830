package dev.drift.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.Catalog;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.DriftException;
import dev.drift.core.internal.Background;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalog snapshots as JSON files: a baseline that lives in git, is reviewed like code, and stands in for
 * a database wherever Drift wants a reference.
 *
 * <p>The format ({@value #CATALOG_FORMAT}) is documented in {@code docs/json-format.md}: a top-level
 * {@code format} field, then the catalog's database, server version and fingerprint, then its objects
 * in key order, each with its fields in a fixed order, pretty-printed with LF line ends. Writing the
 * same catalog twice gives the same bytes, and reading a file gives a catalog {@code equals} to the one
 * written.
 *
 * <pre>{@code
 * Snapshots.write(catalog, Path.of("baseline.json"));
 * Catalog baseline = Snapshots.read(Path.of("baseline.json"));
 * }</pre>
 */
public final class Snapshots {

    /** The family of catalog snapshot files. */
    public static final String CATALOG_FAMILY = "drift-catalog";
    /** The newest catalog format version this Drift writes and reads (older ones are read too: SnapshotFormats). */
    public static final int CATALOG_VERSION = 2;
    /** The value of the {@code format} field of the catalog snapshots this Drift writes. */
    public static final String CATALOG_FORMAT = CATALOG_FAMILY + "/" + CATALOG_VERSION;

    private static final Pattern FORMAT = Pattern.compile("([a-z-]+)/([0-9]{1,9})");
    private static final Set<String> CATALOG_FIELDS = Set.of("format", "database", "serverVersion", "fingerprint",
            "objects", "dependencies");
    private static final ModelJson.StreamReader OBJECT = ModelJson.streamReader(DbObject.class);
    private static final ModelJson.StreamReader DEPENDENCY = ModelJson.streamReader(Dependency.class);
    private static final ObjectReader READER = ModelJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Snapshots() {
    }

    /** The snapshot of a catalog, as the text of a file (ends with a line feed). */
    public static String toJson(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * (catalog.size() + 1));
        try {
            writeTo(catalog, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Streams the snapshot, object by object, in the layout {@link ModelJson} documents (the same bytes a
     * tree of the whole catalog would print, without building that tree).
     */
    private static void writeTo(Catalog catalog, OutputStream out) throws IOException {
        writeTo(catalog, out, catalog::fingerprint);
    }

    /**
     * Writes the snapshot with the fingerprint {@code fingerprint} gives, and returns where in the output its
     * value ends (the byte after its last hex digit).
     */
    private static long writeTo(Catalog catalog, OutputStream out, Supplier<String> fingerprint) throws IOException {
        CountingOutputStream counted = new CountingOutputStream(out);
        long fingerprintEnd;
        try (JsonGenerator g = ModelJson.generator(counted)) {
            g.writeStartObject();
            g.writeStringField("format", CATALOG_FORMAT);
            g.writeStringField("database", catalog.database());
            g.writeNumberField("serverVersion", catalog.serverVersion());
            g.writeStringField("fingerprint", fingerprint.get());
            g.flush();
            fingerprintEnd = counted.count - 1; // before the closing quote
            g.writeArrayFieldStart("objects");
            for (DbObject o : catalog.objects()) {
                ModelJson.write(g, o);
            }
            g.writeEndArray();
            if (!ModelJson.leftOut(catalog.dependencies())) {
                g.writeFieldName("dependencies");
                ModelJson.write(g, catalog.dependencies());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return fingerprintEnd;
    }

    /** Counts what passes through, so that the fingerprint's place in a file is known. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Stands for the fingerprint in a file while it is computed: as long as one, and never one (not hex). */
    private static final String FINGERPRINT_PENDING = "x".repeat(64);

    /**
     * Writes the snapshot into {@code tmp} while another thread computes the catalog's fingerprint (both take
     * about as long on a big catalog), then puts the fingerprint in its place, checking that the place holds
     * the stand-in.
     */
    private static void writeWhileFingerprinting(Catalog catalog, Path tmp) throws IOException {
        Future<String> fingerprint = Background.start("drift-fingerprint", catalog::fingerprint);
        long end;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            end = writeTo(catalog, out, () -> FINGERPRINT_PENDING);
        }
        String value;
        try {
            value = Background.await(fingerprint, RuntimeException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fingerprinting the catalog", e);
        }
        if (value.length() != FINGERPRINT_PENDING.length()) {
            throw new IllegalStateException("a fingerprint is 64 hex digits, not " + value);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = end - FINGERPRINT_PENDING.length();
            ByteBuffer placed = ByteBuffer.allocate(FINGERPRINT_PENDING.length());
            while (placed.hasRemaining() && channel.read(placed, at + placed.position()) >= 0) {
                // read it all
            }
            if (!new String(placed.array(), StandardCharsets.US_ASCII).equals(FINGERPRINT_PENDING)) {
                throw new IllegalStateException("the snapshot's fingerprint is not where it was written");
            }
            ByteBuffer real = ByteBuffer.wrap(value.getBytes(StandardCharsets.US_ASCII));
            while (real.hasRemaining()) {
                channel.write(real, at + real.position());
            }
        }
    }

    /**
     * Writes the snapshot of a catalog to a file, atomically where the file system allows it (a reader
     * never sees half a file), creating missing parent directories.
     */
    public static void write(Catalog catalog, Path file) {
        Objects.requireNonNull(catalog, "catalog");
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stay with the snapshot.
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp");
            try {
                writeWhileFingerprinting(catalog, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DriftException("cannot write the snapshot " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads a snapshot file.
     *
     * @throws DriftException naming the file and what is wrong: missing, unreadable, malformed (with the
     *                        line and column), of a newer format version than this Drift reads (naming
     *                        both versions), holding an invalid value (with its JSON path), or failing the
     *                        safety checks of snapshots (names, references, texts that would make an unsafe
     *                        statement: see {@code SnapshotCheck})
     */
    public static Catalog read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DriftException("the snapshot file " + file + " does not exist");
        } catch (IOException e) {
            throw new DriftException("cannot read the snapshot file " + file + ": " + e.getMessage());
        }
        return fromJson(bytes, file.toString());
    }

    /**
     * Reads a snapshot from a stream, e.g. a class-path resource shipped with an application.
     *
     * @param source what to call the stream in error messages, e.g. {@code classpath:/drift/baseline.json}
     */
    public static Catalog read(InputStream in, String source) {
        try {
            return fromJson(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot " + source, e);
        }
    }

    /**
     * Reads a snapshot from its text.
     *
     * @param source what to call the text in error messages (a file name)
     */
    public static Catalog fromJson(String json, String source) {
        Objects.requireNonNull(json, "json");
        return fromJson(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a snapshot from its bytes (UTF-8): the one read path. Files are parsed as they are stored, not
     * decoded into a string first (a copy as large as the file, twice as large when it holds a non-Latin-1
     * character).
     */
    private static Catalog fromJson(byte[] json, String source) {
        // A snapshot is a file anyone may have written: its names, references and texts are checked once here.
        return SnapshotCheck.check(shapeOf(json, source), source);
    }

    /** The catalog a snapshot's text holds, in shape only: without {@link SnapshotCheck} (for the format's tests). */
    static Catalog shapeOf(String json, String source) {
        Objects.requireNonNull(json, "json");
        return shapeOf(json.getBytes(StandardCharsets.UTF_8), source);
    }

    private static Catalog shapeOf(byte[] json, String source) {
        return shapeOf(json, source, true);
    }

    /**
     * The same, every object and dependency read from its tree (the reference the stream reader is tested
     * against: the same catalog, the same errors).
     */
    static Catalog shapeByTrees(String json, String source) {
        return shapeOf(json.getBytes(StandardCharsets.UTF_8), source, false);
    }

    private static Catalog shapeOf(byte[] json, String source, boolean stream) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        try (JsonParser parser = ModelJson.MAPPER.getFactory().createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DriftException(source + " is empty: expected a Drift JSON document");
            }
            if (first != JsonToken.START_OBJECT) {
                // Not ours, or not JSON: the tree parser names what is wrong, and where.
                parse(json, source);
                throw new DriftException(source + " is not a Drift JSON document: expected an object at the top");
            }
            if (parser.nextToken() == JsonToken.FIELD_NAME && parser.currentName().equals("format")) {
                // As Drift writes it: the format first, checked before anything else is read; then one object
                // at a time, never the whole document as a tree.
                parser.nextToken();
                ObjectNode format = ModelJson.MAPPER.createObjectNode();
                format.set("format", parser.readValueAsTree());
                int version = checkFormat(format, CATALOG_FAMILY, CATALOG_VERSION, source);
                parser.nextToken();
                Catalog catalog = catalog(parser, stream && version == CATALOG_VERSION ? json : null, version, source);
                if (parser.nextToken() != null) {
                    throw new DriftException(source + " is not valid JSON" + where(parser.currentLocation())
                            + ": more content after the document");
                }
                return catalog;
            }
            // The format field elsewhere (a hand-made file): the whole tree first, to check it before the rest.
            JsonNode root = parse(json, source);
            int version = checkFormat(root, CATALOG_FAMILY, CATALOG_VERSION, source);
            try (JsonParser tree = root.traverse(ModelJson.MAPPER)) {
                tree.nextToken();
                tree.nextToken();
                return catalog(tree, null, version, source);
            }
        } catch (JsonProcessingException e) {
            throw new DriftException(source + " is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does not fail", e);
        }
    }

    /**
     * Reads the catalog's fields, from the parser's current token (a field name, or the end of the top
     * object) to the end of the top object; each object and dependency of an older format is brought to the
     * current one first ({@link SnapshotFormats}).
     *
     * @param json the bytes the parser reads, when objects and dependencies may be read straight from its
     *             tokens ({@link ModelJson#fromStream}: a file of the current format); {@code null}: a tree
     *             each (older formats are rewritten as trees)
     */
    private static Catalog catalog(JsonParser parser, byte[] json, int version, String source) throws IOException {
        try {
            Set<String> seen = new TreeSet<>();
            Set<String> unknown = new TreeSet<>();
            JsonNode database = null;
            JsonNode serverVersion = null;
            List<DbObject> objects = new ArrayList<>();
            List<Dependency> dependencies = new ArrayList<>();
            for (JsonToken token = parser.currentToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!seen.add(name)) {
                    throw new ModelJson.ReadException(name, "appears twice");
                }
                switch (name) {
                    case "database" -> database = parser.readValueAsTree();
                    case "serverVersion" -> serverVersion = parser.readValueAsTree();
                    case "objects" -> {
                        requireArray(parser, value, "objects");
                        ModelJson.At at = ModelJson.At.root("objects");
                        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                            ModelJson.At here = at.index(i);
                            objects.add(json == null
                                    ? ModelJson.dbObject(SnapshotFormats.upgrade(parser.readValueAsTree(), version), here)
                                    : ModelJson.fromStream(parser, json, OBJECT, tree -> ModelJson.dbObject(tree, here)));
                        }
                    }
                    case "dependencies" -> {
                        requireArray(parser, value, "dependencies");
                        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                            int here = i;
                            dependencies.add(json == null
                                    ? dependency(SnapshotFormats.upgrade(parser.readValueAsTree(), version), here)
                                    : ModelJson.fromStream(parser, json, DEPENDENCY, tree -> dependency(tree, here)));
                        }
                    }
                    default -> {
                        if (!CATALOG_FIELDS.contains(name)) {
                            unknown.add(name);
                        }
                        parser.skipChildren();
                    }
                }
            }
            if (!unknown.isEmpty()) {
                throw new ModelJson.ReadException("", "unknown top-level field(s) " + String.join(", ", unknown));
            }
            return new Catalog((String) ModelJson.fromTree(database, String.class, "database"),
                    (Integer) ModelJson.fromTree(serverVersion, int.class, "serverVersion"), objects, dependencies);
        } catch (ModelJson.ReadException e) {
            throw new DriftException(source + ": " + e);
        } catch (IllegalArgumentException e) {
            throw new DriftException(source + ": " + e.getMessage());
        }
    }

    private static Dependency dependency(JsonNode tree, int index) {
        return (Dependency) ModelJson.fromTree(tree, Dependency.class, "dependencies[" + index + "]");
    }

    private static void requireArray(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            throw new ModelJson.ReadException(field, "must be an array");
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Parses JSON text; a syntax error names the source, the line and the column. */
    static JsonNode parse(String json, String source) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    private static JsonNode parse(byte[] json, String source) {
        try {
            JsonNode root = READER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new DriftException(source + " is empty: expected a Drift JSON document");
            }
            if (!root.isObject()) {
                throw new DriftException(source + " is not a Drift JSON document: expected an object at the top");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DriftException(source + " is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does not fail", e);
        }
    }

    /**
     * Checks the {@code format} field: the right family, and a version this Drift reads.
     *
     * @return the version the document has
     */
    static int checkFormat(JsonNode root, String family, int newest, String source) {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new DriftException(source + " is not a Drift " + family + " document: it has no \"format\" field"
                    + " (expected \"format\": \"" + family + "/" + newest + "\")");
        }
        Matcher m = FORMAT.matcher(format.textValue());
        if (!m.matches() || !m.group(1).equals(family)) {
            throw new DriftException(source + " is not a " + family + " document: its format is \"" + format.textValue()
                    + "\" (expected \"" + family + "/" + newest + "\")");
        }
        int version = Integer.parseInt(m.group(2));
        if (version < 1) {
            throw new DriftException(source + ": \"" + format.textValue() + "\" is not a valid format version");
        }
        if (version > newest) {
            throw new DriftException(source + " is in format " + format.textValue() + ", but this Drift reads "
                    + family + "/" + newest + " at most: read it with a newer Drift");
        }
        return version;
    }
}
