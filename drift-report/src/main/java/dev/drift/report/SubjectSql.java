package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.DomainDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;

/**
 * How an object is named after {@code COMMENT ON}, {@code GRANT ... ON} and {@code ALTER ... OWNER TO}.
 * Kinds are matched by name, so that kinds another part of Drift models (views, routines, triggers) are
 * named here without this class depending on them.
 */
final class SubjectSql {
    private SubjectSql() {
    }

    /** The object as {@code COMMENT ON} names it, e.g. {@code COLUMN public.orders.total}. */
    static String commentTarget(ObjectKey s) {
        return switch (s.kind().name()) {
            case "SCHEMA" -> "SCHEMA " + Sql.ident(s.name());
            case "COLUMN" -> "COLUMN " + Ddl.parentTable(s) + "." + Sql.ident(s.name());
            case "CONSTRAINT", "TRIGGER", "POLICY" -> s.kind().name() + " " + Sql.ident(s.name()) + " ON " + Ddl.parentTable(s);
            case "INDEX" -> "INDEX " + Sql.qualified(s.schema(), s.name());
            case "ROUTINE" -> routine("ROUTINE", s);
            case "AGGREGATE" -> routine("AGGREGATE", s);
            default -> keyword(s) + " " + Sql.qualified(s.schema(), s.name());
        };
    }

    /** The object as {@code GRANT ... ON} names it; tables, views and sequences alike are a TABLE or SEQUENCE. */
    static String grantTarget(ObjectKey s) {
        return switch (s.kind().name()) {
            case "SCHEMA" -> "SCHEMA " + Sql.ident(s.name());
            case "SEQUENCE" -> "SEQUENCE " + Sql.qualified(s.schema(), s.name());
            case "TYPE" -> "TYPE " + Sql.qualified(s.schema(), s.name());
            case "ROUTINE" -> routine("ROUTINE", s);
            case "AGGREGATE" -> routine("FUNCTION", s);
            case "COLUMN" -> "TABLE " + Ddl.parentTable(s);
            default -> "TABLE " + Sql.qualified(s.schema(), s.name());
        };
    }

    /** {@code ALTER <kind> <name>} for an owner change; a domain is altered as a domain. */
    static String alterTarget(ObjectKey s, Catalog reference) {
        if (s.kind().name().equals("TYPE") && reference.find(s).filter(DomainDef.class::isInstance).isPresent()) {
            return "ALTER DOMAIN " + Sql.qualified(s.schema(), s.name());
        }
        return "ALTER " + commentTarget(s);
    }

    private static String routine(String keyword, ObjectKey s) {
        return keyword + " " + Sql.qualified(s.schema(), s.name()) + "(" + String.join(", ", s.arguments()) + ")";
    }

    private static String keyword(ObjectKey s) {
        return s.kind().name().replace('_', ' ');
    }
}
