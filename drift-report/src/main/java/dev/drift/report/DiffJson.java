package dev.drift.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKind;
import dev.drift.core.PropertyChange;
import dev.drift.core.SchemaDiff;
import java.util.List;
import java.util.Locale;

/**
 * A diff report as a {@value #FORMAT} JSON document, for tools: status, fingerprints, changes (with
 * the objects in the catalog snapshot's own form), the statements with their hazards, the held-back
 * statements and what no statement fixes. Documented in {@code docs/json-format.md}.
 */
final class DiffJson {

    static final String FORMAT = "drift-diff/1";

    private DiffJson() {
    }

    static String write(DiffReport report) {
        return ModelJson.print(tree(report));
    }

    /** The document as a tree, for documents that embed it (the fleet report's situations). */
    static ObjectNode tree(DiffReport report) {
        SchemaDiff diff = report.diff();
        FixScript script = report.script();
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("reference", report.referenceName());
        root.put("target", report.targetName());
        root.put("referenceFingerprint", diff.reference().fingerprint());
        root.put("targetFingerprint", diff.target().fingerprint());
        root.put("status", diff.status().name());
        ArrayNode changes = root.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode n = changes.addObject();
            n.put("change", c.getClass().getSimpleName().toLowerCase(Locale.ROOT));
            n.put("kind", c.key().kind().label());
            n.put("object", c.key().displayName());
            n.set("key", ModelJson.toTree(c.key()));
            if (c instanceof Change.Missing m) {
                definition(n, m.object(), diff.reference());
            } else if (c instanceof Change.Unexpected u) {
                definition(n, u.object(), diff.target());
            } else if (c instanceof Change.Changed changed) {
                ArrayNode props = n.putArray("properties");
                for (PropertyChange p : changed.properties()) {
                    ObjectNode pn = props.addObject();
                    pn.put("name", p.name());
                    p.reference().ifPresent(v -> pn.put("reference", v));
                    p.target().ifPresent(v -> pn.put("target", v));
                }
            }
        }
        statements(root.putArray("statements"), script.statements());
        statements(root.putArray("heldBack"), script.heldBack());
        ArrayNode unsupported = root.putArray("unsupported");
        script.unsupported().forEach(unsupported::add);
        report.proof().ifPresent(v -> {
            ObjectNode proof = root.putObject("proof");
            proof.put("verdict", v.status());
            proof.put("line", v.line());
            ArrayNode still = proof.putArray("stillToRun");
            v.stillToRun().forEach(still::add);
        });
        return root;
    }

    /** The object, and for a whole table its columns, constraints and indexes (listed as one change). */
    private static void definition(ObjectNode change, DbObject object, Catalog side) {
        change.set("definition", ModelJson.toTree(object));
        if (object.key().kind() == ObjectKind.TABLE) {
            ArrayNode children = change.putArray("children");
            side.childrenOf(object.key()).forEach(child -> children.add(ModelJson.toTree(child)));
        }
    }

    private static void statements(ArrayNode out, List<FixStatement> statements) {
        for (FixStatement s : statements) {
            ObjectNode n = out.addObject();
            n.put("sql", s.toSql());
            n.put("phase", s.phase().name());
            n.put("subject", s.subject().toString());
            n.put("transactional", s.transactional());
            n.put("commitBefore", s.commitBefore());
            n.put("destructive", s.destructive());
            ArrayNode hazards = n.putArray("hazards");
            s.hazards().forEach(h -> hazards.addObject().put("kind", h.kind().name()).put("explanation", h.explanation()));
        }
    }
}
