package dev.drift.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.core.ObjectKind;

/**
 * How a catalog snapshot of an older format is read: each object's (and dependency's) tree is rewritten into
 * the current format before the generic reading ({@link ModelJson}) sees it, so the model knows only the
 * current format.
 *
 * <ul>
 *   <li>{@code drift-catalog/1} wrote the key of default privileges for every schema with the schema {@code "*"};
 *       from {@code drift-catalog/2} such an object belongs to the database, and its key's schema is empty
 *       ({@code ObjectKey.databaseLevel}).</li>
 * </ul>
 */
final class SnapshotFormats {
    /** The schema format 1 gave the key of default privileges for every schema. */
    private static final String ALL_SCHEMAS_V1 = "*";

    private SnapshotFormats() {
    }

    /** Rewrites one tree of a snapshot of format {@code version} into the current format, in place; returns it. */
    static JsonNode upgrade(JsonNode node, int version) {
        if (version < 2 && node != null) {
            databaseLevelKeys(node);
        }
        return node;
    }

    private static void databaseLevelKeys(JsonNode node) {
        if (node.isObject()) {
            JsonNode kind = node.get("kind");
            JsonNode schema = node.get("schema");
            if (kind != null && kind.isTextual() && kind.textValue().equals(ObjectKind.DEFAULT_PRIVILEGE.name())
                    && schema != null && schema.isTextual() && schema.textValue().equals(ALL_SCHEMAS_V1)) {
                ((ObjectNode) node).put("schema", "");
            }
        }
        node.forEach(SnapshotFormats::databaseLevelKeys);
    }
}
