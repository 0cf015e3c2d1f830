package dev.drift.bench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated tenant schema, as the generator decided it: rendered as DDL for a real database
 * ({@link SchemaDdl}) or as a Drift catalog for the in-memory benchmark ({@link SyntheticCatalogs}).
 *
 * @param enums  enum types: name and labels
 * @param tables tables in creation order (a foreign key only ever points to an earlier table)
 */
record TenantShape(List<EnumType> enums, List<Table> tables) {

    TenantShape {
        enums = List.copyOf(enums);
        tables = List.copyOf(tables);
    }

    int tableCount() {
        return tables.size();
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the generated schema has no table " + name));
    }

    record EnumType(String name, List<String> labels) {
        EnumType {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A column.
     *
     * @param ddlType      the type as the DDL writes it ({@code varchar(40)})
     * @param renderedType the type as {@code format_type} renders it ({@code character varying(40)})
     * @param defaultSql   the default as the DDL writes it
     * @param renderedDefault the default as {@code pg_get_expr} renders it under {@code search_path = pg_catalog}
     */
    record Column(String name, String ddlType, String renderedType, boolean notNull, boolean identity,
                  Optional<String> defaultSql, Optional<String> renderedDefault) {
        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultSql, "defaultSql");
            Objects.requireNonNull(renderedDefault, "renderedDefault");
        }
    }

    /**
     * A secondary index (not one that backs a constraint).
     *
     * @param keys      the key list as written, e.g. {@code (lower(name))}
     * @param predicate for a partial index, its {@code WHERE} condition
     */
    record Index(String name, boolean unique, String keys, Optional<String> predicate) {
    }

    /**
     * A table and what hangs off it.
     *
     * @param references the earlier table that {@code parent_id} points to, if any
     * @param uniqueCode whether {@code code} carries a {@code UNIQUE} constraint
     * @param view       whether a view selects from it
     * @param trigger    whether a {@code BEFORE UPDATE} trigger keeps {@code updated_at}
     * @param function   whether an SQL function sums its amounts
     */
    record Table(String name, List<Column> columns, Optional<String> references, boolean uniqueCode,
                 List<Index> indexes, boolean view, boolean trigger, boolean function) {
        Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
        }

        String foreignKeyName() {
            return name + "_parent_fk";
        }
    }
}
