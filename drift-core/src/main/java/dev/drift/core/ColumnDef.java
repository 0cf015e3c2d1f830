package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column.
 *
 * @param key                 the column's key (parent: its table)
 * @param position            1-based position among the table's live columns (dropped columns do not count);
 *                            compared only when the caller asks for column order
 * @param type                the type as {@code format_type} renders it, e.g. {@code numeric(12,2)}
 * @param notNull             whether the column is {@code NOT NULL}
 * @param defaultExpression   the default as {@code pg_get_expr} renders it (not for generated columns)
 * @param identity            identity generation and its sequence options
 * @param generated           the expression of a generated column and how it is kept
 * @param collation           the collation, when it is not the type's default
 */
public record ColumnDef(ObjectKey key, int position, String type, boolean notNull, Optional<String> defaultExpression,
                        Optional<Identity> identity, Optional<Generated> generated, Optional<String> collation)
        implements DbObject {

    /** How an identity column generates values, and the options of its sequence. */
    public record Identity(Generation generation, SequenceOptions options) {
        public enum Generation { ALWAYS, BY_DEFAULT }

        public Identity {
            Objects.requireNonNull(generation, "generation");
            Objects.requireNonNull(options, "options");
        }
    }

    /** A {@code GENERATED ALWAYS AS (expression)} column: stored, or (PostgreSQL 18) virtual. */
    public record Generated(String expression, Storage storage) {
        public enum Storage { STORED, VIRTUAL }

        public Generated {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(storage, "storage");
        }
    }

    public ColumnDef {
        Keys.require(key, ObjectKind.COLUMN);
        if (position < 1) {
            throw new IllegalArgumentException("position must be at least 1 but was " + position);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(collation, "collation");
    }

    /** A plain nullable column with no default. */
    public static ColumnDef of(String schema, String table, String name, int position, String type) {
        return new ColumnDef(ObjectKey.column(schema, table, name), position, type, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ColumnDef withNotNull(boolean value) {
        return new ColumnDef(key, position, type, value, defaultExpression, identity, generated, collation);
    }

    public ColumnDef withDefault(String expression) {
        return new ColumnDef(key, position, type, notNull, Optional.of(expression), identity, generated,
                collation);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.column(this);
    }
}
