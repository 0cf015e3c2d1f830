package dev.drift.core;

import java.util.Objects;
import java.util.Set;

/**
 * The one place where names and values become SQL text. Every identifier Drift writes goes through
 * {@link #ident}, every string literal through {@link #literal}; nothing is concatenated unquoted.
 */
public final class Sql {

    /**
     * PostgreSQL's keywords that may not stand unquoted as a column or table name: every category of
     * {@code pg_get_keywords()} but "unreserved", as PostgreSQL 18 lists them (older versions reserve
     * a subset, so quoting these is safe on every supported version).
     */
    private static final Set<String> RESERVED = Set.of(String.join(" ",
            "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean",
            "both case cast char character check coalesce collate collation column concurrently constraint",
            "create cross current_catalog current_date current_role current_schema current_time",
            "current_timestamp current_user dec decimal default deferrable desc distinct do else end except",
            "exists extract false fetch float for foreign freeze from full grant greatest group grouping having",
            "ilike in initially inner inout int integer intersect interval into is isnull join json json_array",
            "json_arrayagg json_exists json_object json_objectagg json_query json_scalar json_serialize",
            "json_table json_value lateral leading least left like limit localtime localtimestamp merge_action",
            "national natural nchar none normalize not notnull null nullif numeric offset on only or order out",
            "outer overlaps overlay placing position precision primary real references returning right row",
            "select session_user setof similar smallint some substring symmetric system_user table tablesample",
            "then time timestamp to trailing treat trim true union unique user using values varchar variadic",
            "verbose when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces",
            "xmlparse xmlpi xmlroot xmlserialize xmltable",
            "").trim().split(" "));

    private Sql() {
    }

    /**
     * Quotes an identifier when PostgreSQL needs it quoted, the way {@code quote_ident} does: names
     * made of lower-case ASCII letters, digits, underscores and dollar signs that do not start with a
     * digit or dollar and are not reserved words stand bare; anything else is double-quoted with
     * embedded double quotes doubled.
     */
    public static String ident(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an SQL identifier must not be empty");
        }
        return isPlain(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return ident(schema) + '.' + ident(name);
    }

    /** The qualified name of a schema-level object, or the schema's own name for a schema. */
    public static String qualified(ObjectKey key) {
        return key.kind() == ObjectKind.SCHEMA ? ident(key.name()) : qualified(key.schema(), key.name());
    }

    /**
     * A string literal that means the same whatever {@code standard_conforming_strings} is: single
     * quotes are doubled, and a value holding a backslash is written as an escape string
     * ({@code E'...'}) with the backslashes doubled.
     */
    public static String literal(String value) {
        Objects.requireNonNull(value, "value");
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') >= 0) {
            return "E'" + quoted.replace("\\", "\\\\") + "'";
        }
        return "'" + quoted + "'";
    }

    private static boolean isPlain(String name) {
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!ok) {
                return false;
            }
        }
        return !RESERVED.contains(name);
    }
}
