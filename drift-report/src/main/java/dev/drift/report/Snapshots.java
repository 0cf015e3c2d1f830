package dev.drift.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.Catalog;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.DriftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    /** The newest catalog format version this Drift writes and reads. */
    public static final int CATALOG_VERSION = 1;
    /** The value of the {@code format} field of the catalog snapshots this Drift writes. */
    public static final String CATALOG_FORMAT = CATALOG_FAMILY + "/" + CATALOG_VERSION;

    private static final Pattern FORMAT = Pattern.compile("([a-z-]+)/([0-9]{1,9})");
    private static final Set<String> CATALOG_FIELDS = Set.of("format", "database", "serverVersion", "fingerprint",
            "objects", "dependencies");
    private static final ObjectReader READER = ModelJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Snapshots() {
    }

    /** The snapshot of a catalog, as the text of a file (ends with a line feed). */
    public static String toJson(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        root.put("format", CATALOG_FORMAT);
        root.put("database", catalog.database());
        root.put("serverVersion", catalog.serverVersion());
        root.put("fingerprint", catalog.fingerprint());
        ArrayNode objects = root.putArray("objects");
        catalog.objects().forEach(o -> objects.add(ModelJson.toTree(o)));
        JsonNode dependencies = ModelJson.toTree(catalog.dependencies());
        if (dependencies != null) {
            root.set("dependencies", dependencies);
        }
        return ModelJson.print(root);
    }

    /**
     * Writes the snapshot of a catalog to a file, atomically where the file system allows it (a reader
     * never sees half a file), creating missing parent directories.
     */
    public static void write(Catalog catalog, Path file) {
        String json = toJson(catalog);
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stay with the snapshot.
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp");
            try {
                Files.writeString(tmp, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
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
        return fromJson(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads a snapshot from a stream, e.g. a class-path resource shipped with an application.
     *
     * @param source what to call the stream in error messages, e.g. {@code classpath:/drift/baseline.json}
     */
    public static Catalog read(InputStream in, String source) {
        try {
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
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
        // A snapshot is a file anyone may have written: its names, references and texts are checked once here.
        return SnapshotCheck.check(shapeOf(json, source), source);
    }

    /** The catalog a snapshot's text holds, in shape only: without {@link SnapshotCheck} (for the format's tests). */
    static Catalog shapeOf(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        JsonNode root = parse(json, source);
        checkFormat(root, CATALOG_FAMILY, CATALOG_VERSION, source);
        try {
            Set<String> unknown = new TreeSet<>();
            root.fieldNames().forEachRemaining(unknown::add);
            unknown.removeAll(CATALOG_FIELDS);
            if (!unknown.isEmpty()) {
                throw new ModelJson.ReadException("", "unknown top-level field(s) " + String.join(", ", unknown));
            }
            String database = (String) ModelJson.fromTree(root.get("database"), String.class, "database");
            int serverVersion = (Integer) ModelJson.fromTree(root.get("serverVersion"), int.class, "serverVersion");
            JsonNode objectsNode = root.get("objects");
            if (objectsNode != null && !objectsNode.isArray()) {
                throw new ModelJson.ReadException("objects", "must be an array");
            }
            List<DbObject> objects = new ArrayList<>();
            if (objectsNode != null) {
                for (int i = 0; i < objectsNode.size(); i++) {
                    objects.add(ModelJson.dbObject(objectsNode.get(i), "objects[" + i + "]"));
                }
            }
            List<Dependency> dependencies = new ArrayList<>();
            JsonNode dependencyNodes = root.get("dependencies");
            if (dependencyNodes != null) {
                if (!dependencyNodes.isArray()) {
                    throw new ModelJson.ReadException("dependencies", "must be an array");
                }
                for (int i = 0; i < dependencyNodes.size(); i++) {
                    dependencies.add((Dependency) ModelJson.fromTree(dependencyNodes.get(i), Dependency.class,
                            "dependencies[" + i + "]"));
                }
            }
            return new Catalog(database, serverVersion, objects, dependencies);
        } catch (ModelJson.ReadException e) {
            throw new DriftException(source + ": " + e);
        } catch (IllegalArgumentException e) {
            throw new DriftException(source + ": " + e.getMessage());
        }
    }

    /** Parses JSON text; a syntax error names the source, the line and the column. */
    static JsonNode parse(String json, String source) {
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
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DriftException(source + " is not valid JSON" + where + ": " + e.getOriginalMessage());
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
