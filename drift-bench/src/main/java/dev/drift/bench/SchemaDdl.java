package dev.drift.bench;

import dev.drift.bench.TenantShape.Column;
import dev.drift.bench.TenantShape.Index;
import dev.drift.bench.TenantShape.Table;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a generated schema as one DDL script for a schema of a real database. */
final class SchemaDdl {

    static final String TOUCH_FUNCTION = "touch_updated_at";

    private SchemaDdl() {
    }

    static String render(TenantShape shape, String schema) {
        StringBuilder b = new StringBuilder();
        b.append("CREATE SCHEMA IF NOT EXISTS ").append(Sql.ident(schema)).append(";\n");
        for (TenantShape.EnumType e : shape.enums()) {
            b.append("CREATE TYPE ").append(Sql.qualified(schema, e.name())).append(" AS ENUM (")
                    .append(e.labels().stream().map(Sql::literal).collect(Collectors.joining(", "))).append(");\n");
        }
        b.append("CREATE SEQUENCE ").append(Sql.qualified(schema, "document_number_seq")).append(" START 1000;\n");
        b.append("CREATE FUNCTION ").append(Sql.qualified(schema, TOUCH_FUNCTION))
                .append("() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;\n");
        for (Table t : shape.tables()) {
            table(b, t, schema);
        }
        return b.toString();
    }

    private static void table(StringBuilder b, Table t, String schema) {
        String name = Sql.qualified(schema, t.name());
        List<String> lines = new ArrayList<>();
        for (Column c : t.columns()) {
            StringBuilder line = new StringBuilder("    ").append(Sql.ident(c.name())).append(' ')
                    .append(c.name().equals("status") ? Sql.qualified(schema, c.ddlType()) : c.ddlType());
            if (c.identity()) {
                line.append(" GENERATED ALWAYS AS IDENTITY");
            }
            if (c.notNull()) {
                line.append(" NOT NULL");
            }
            c.defaultSql().ifPresent(d -> line.append(" DEFAULT ").append(d));
            lines.add(line.toString());
        }
        lines.add("    CONSTRAINT " + Sql.ident(t.name() + "_pkey") + " PRIMARY KEY (id)");
        lines.add("    CONSTRAINT " + Sql.ident(t.name() + "_amount_check") + " CHECK (amount >= 0)");
        lines.add("    CONSTRAINT " + Sql.ident(t.name() + "_name_check") + " CHECK (length(name) > 0)");
        if (t.uniqueCode()) {
            lines.add("    CONSTRAINT " + Sql.ident(t.name() + "_code_key") + " UNIQUE (code)");
        }
        b.append("CREATE TABLE ").append(name).append(" (\n").append(String.join(",\n", lines)).append("\n);\n");
        t.references().ifPresent(r -> b.append("ALTER TABLE ").append(name).append(" ADD CONSTRAINT ")
                .append(Sql.ident(t.foreignKeyName())).append(" FOREIGN KEY (parent_id) REFERENCES ")
                .append(Sql.qualified(schema, r)).append(" (id) ON DELETE SET NULL;\n"));
        for (Index i : t.indexes()) {
            b.append(i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ").append(Sql.ident(i.name())).append(" ON ")
                    .append(name).append(' ').append(i.keys());
            i.predicate().ifPresent(p -> b.append(" WHERE ").append(p));
            b.append(";\n");
        }
        b.append("COMMENT ON TABLE ").append(name).append(" IS ").append(Sql.literal("Generated table " + t.name()))
                .append(";\n");
        b.append("COMMENT ON COLUMN ").append(name).append(".amount IS ")
                .append(Sql.literal("Amount in the tenant's currency")).append(";\n");
        if (t.trigger()) {
            b.append("CREATE TRIGGER ").append(Sql.ident(t.name() + "_touch")).append(" BEFORE UPDATE ON ").append(name)
                    .append(" FOR EACH ROW EXECUTE FUNCTION ").append(Sql.qualified(schema, TOUCH_FUNCTION)).append("();\n");
        }
        if (t.view()) {
            b.append("CREATE VIEW ").append(Sql.qualified(schema, t.name() + "_active"))
                    .append(" AS SELECT id, name, code, amount FROM ").append(name).append(" WHERE is_active;\n");
        }
        if (t.function()) {
            b.append("CREATE FUNCTION ").append(Sql.qualified(schema, t.name() + "_total"))
                    .append("() RETURNS numeric LANGUAGE sql STABLE AS $$SELECT coalesce(sum(amount), 0) FROM ")
                    .append(name).append("$$;\n");
        }
    }
}
