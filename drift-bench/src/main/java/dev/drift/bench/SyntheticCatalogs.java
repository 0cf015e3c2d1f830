package dev.drift.bench;

import dev.drift.bench.TenantShape.Column;
import dev.drift.bench.TenantShape.Index;
import dev.drift.bench.TenantShape.Table;
import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Drift catalog a generated tenant would read as, without a database: the in-memory
 * benchmark compares thousands of these. Every call builds fresh objects, as a scan would.
 */
final class SyntheticCatalogs {

    private static final String SCHEMA = "public";

    private SyntheticCatalogs() {
    }

    static Catalog catalog(String database, TenantShape shape, List<InjectedDrift> drifts) {
        List<DbObject> objects = new ArrayList<>();
        objects.add(SchemaDef.of(SCHEMA));
        objects.add(new SequenceDef(ObjectKey.sequence(SCHEMA, "document_number_seq"),
                new SequenceOptions("bigint", 1000, 1, 1, Long.MAX_VALUE, 1, false), Optional.empty()));
        for (Table t : shape.tables()) {
            List<InjectedDrift> mine = drifts.stream().filter(d -> d.table().equals(t.name())).toList();
            table(objects, t, mine);
        }
        return new Catalog(database, 150000, objects);
    }

    private static boolean has(List<InjectedDrift> drifts, InjectedDrift.Kind kind) {
        return drifts.stream().anyMatch(d -> d.kind() == kind);
    }

    private static void table(List<DbObject> out, Table t, List<InjectedDrift> drifts) {
        out.add(TableDef.of(SCHEMA, t.name()));
        int position = 0;
        for (Column c : t.columns()) {
            if (c.name().equals(SchemaGenerator.DROPPABLE_COLUMN) && has(drifts, InjectedDrift.Kind.MISSING_COLUMN)) {
                continue;
            }
            String type = c.name().equals(SchemaGenerator.RETYPED_COLUMN) && has(drifts, InjectedDrift.Kind.CHANGED_TYPE)
                    ? "character varying(80)" : c.renderedType();
            Optional<String> dflt = c.name().equals(SchemaGenerator.DEFAULTED_COLUMN)
                    && has(drifts, InjectedDrift.Kind.CHANGED_DEFAULT) ? Optional.of(InjectedDrift.CHANGED_DEFAULT)
                    : c.renderedDefault();
            Optional<ColumnDef.Identity> identity = c.identity()
                    ? Optional.of(new ColumnDef.Identity(ColumnDef.Identity.Generation.ALWAYS,
                    SequenceOptions.defaults("bigint"))) : Optional.empty();
            out.add(new ColumnDef(ObjectKey.column(SCHEMA, t.name(), c.name()), ++position, type, c.notNull(), dflt,
                    identity, Optional.empty(), Optional.empty()));
        }
        if (has(drifts, InjectedDrift.Kind.EXTRA_COLUMN)) {
            out.add(ColumnDef.of(SCHEMA, t.name(), InjectedDrift.EXTRA_COLUMN, ++position, "text"));
        }
        String qualified = SCHEMA + "." + t.name();
        constraint(out, t, "_pkey", ConstraintDef.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), Optional.empty());
        out.add(new IndexDef(ObjectKey.index(SCHEMA, t.name(), t.name() + "_pkey"),
                "CREATE UNIQUE INDEX " + t.name() + "_pkey ON " + qualified + " USING btree (id)",
                Optional.of(t.name() + "_pkey")));
        constraint(out, t, "_amount_check", ConstraintDef.Type.CHECK, "CHECK ((amount >= (0)::numeric))",
                List.of("amount"), Optional.empty());
        constraint(out, t, "_name_check", ConstraintDef.Type.CHECK, "CHECK ((length((name)::text) > 0))",
                List.of("name"), Optional.empty());
        if (t.uniqueCode()) {
            constraint(out, t, "_code_key", ConstraintDef.Type.UNIQUE, "UNIQUE (code)", List.of("code"), Optional.empty());
            out.add(new IndexDef(ObjectKey.index(SCHEMA, t.name(), t.name() + "_code_key"),
                    "CREATE UNIQUE INDEX " + t.name() + "_code_key ON " + qualified + " USING btree (code)",
                    Optional.of(t.name() + "_code_key")));
        }
        if (t.references().isPresent() && !has(drifts, InjectedDrift.Kind.MISSING_FK)) {
            String r = t.references().get();
            constraint(out, t, "_parent_fk", ConstraintDef.Type.FOREIGN_KEY,
                    "FOREIGN KEY (parent_id) REFERENCES " + SCHEMA + "." + r + "(id) ON DELETE SET NULL",
                    List.of("parent_id"), Optional.of(ObjectKey.table(SCHEMA, r)));
        }
        for (Index i : t.indexes()) {
            if (i.name().endsWith(SchemaGenerator.DROPPABLE_INDEX_SUFFIX) && has(drifts, InjectedDrift.Kind.MISSING_INDEX)) {
                continue;
            }
            String keys = i.keys().equals("(lower(name))") ? "(lower((name)::text))" : i.keys();
            out.add(new IndexDef(ObjectKey.index(SCHEMA, t.name(), i.name()),
                    (i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + i.name() + " ON " + qualified
                            + " USING btree " + keys + i.predicate().map(p -> " WHERE " + p).orElse(""),
                    Optional.empty()));
        }
    }

    private static void constraint(List<DbObject> out, Table t, String suffix, ConstraintDef.Type type,
                                   String definition, List<String> columns, Optional<ObjectKey> references) {
        out.add(new ConstraintDef(ObjectKey.constraint(SCHEMA, t.name(), t.name() + suffix), type, definition, columns,
                references));
    }
}
