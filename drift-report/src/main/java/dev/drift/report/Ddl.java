package dev.drift.report;

import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.SequenceOptions;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PostgreSQL DDL fragments. Names go through {@link Sql#ident}; types, expressions and definitions are
 * the server's own rendering, read under {@code search_path = pg_catalog}, and are used as they are.
 */
final class Ddl {
    private Ddl() {
    }

    static String table(ObjectKey key) {
        return Sql.qualified(key.schema(), key.name());
    }

    /** The table a column, constraint or index belongs to. */
    static String parentTable(ObjectKey key) {
        return Sql.qualified(key.schema(), key.parent().orElseThrow());
    }

    static String alterTable(ObjectKey child) {
        return "ALTER TABLE " + parentTable(child);
    }

    /** A column as it stands in CREATE TABLE or ADD COLUMN. */
    static String columnDefinition(ColumnDef c) {
        StringBuilder b = new StringBuilder(Sql.ident(c.key().name())).append(' ').append(c.type());
        c.collation().ifPresent(coll -> b.append(" COLLATE ").append(coll));
        c.generated().ifPresent(g -> b.append(" GENERATED ALWAYS AS (").append(g.expression()).append(") ")
                .append(g.storage().name()));
        c.identity().ifPresent(i -> b.append(' ').append(identityClause(i, c.type())));
        c.defaultExpression().ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (c.notNull() && c.identity().isEmpty()) {
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    static String identityClause(ColumnDef.Identity identity, String columnType) {
        String generation = identity.generation() == ColumnDef.Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        List<String> options = sequenceOptions(identity.options(), columnType, false);
        return "GENERATED " + generation + " AS IDENTITY" + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /**
     * The options of a sequence that differ from what PostgreSQL would choose for its type, in the order
     * CREATE SEQUENCE takes them.
     *
     * @param impliedType the type PostgreSQL assumes (the column's, for identity); {@code AS} is written
     *                    when the sequence's type differs from it
     * @param withType    whether {@code AS type} may be written at all
     */
    static List<String> sequenceOptions(SequenceOptions o, String impliedType, boolean withType) {
        List<String> out = new ArrayList<>();
        if (withType && !o.dataType().equals(impliedType)) {
            out.add("AS " + o.dataType());
        }
        SequenceOptions d = defaultsFor(o.dataType(), o.increment());
        if (o.increment() != 1) {
            out.add("INCREMENT BY " + o.increment());
        }
        if (o.minValue() != d.minValue()) {
            out.add("MINVALUE " + o.minValue());
        }
        if (o.maxValue() != d.maxValue()) {
            out.add("MAXVALUE " + o.maxValue());
        }
        long defaultStart = o.increment() > 0 ? o.minValue() : o.maxValue();
        if (o.start() != defaultStart) {
            out.add("START WITH " + o.start());
        }
        if (o.cache() != 1) {
            out.add("CACHE " + o.cache());
        }
        if (o.cycle()) {
            out.add("CYCLE");
        }
        return out;
    }

    /** PostgreSQL's defaults for a sequence of this type and direction. */
    static SequenceOptions defaultsFor(String type, long increment) {
        long typeMax = SequenceOptions.maxFor(type);
        long typeMin = type.equals("smallint") ? Short.MIN_VALUE : type.equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if (increment > 0) {
            return new SequenceOptions(type, 1, increment, 1, typeMax, 1, false);
        }
        return new SequenceOptions(type, -1, increment, typeMin, -1, 1, false);
    }

    /** {@code ALTER ... SET} options that turn sequence options {@code from} into {@code to}. */
    static List<String> sequenceAlterations(SequenceOptions from, SequenceOptions to, boolean withType) {
        List<String> out = new ArrayList<>();
        if (withType && !from.dataType().equals(to.dataType())) {
            out.add("AS " + to.dataType());
        }
        if (from.increment() != to.increment()) {
            out.add("INCREMENT BY " + to.increment());
        }
        if (from.minValue() != to.minValue()) {
            out.add("MINVALUE " + to.minValue());
        }
        if (from.maxValue() != to.maxValue()) {
            out.add("MAXVALUE " + to.maxValue());
        }
        if (from.start() != to.start()) {
            out.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            out.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            out.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        return out;
    }

    /**
     * Whether turning sequence options {@code from} into {@code to} must also restart the sequence: when
     * the old start value lies outside the new range, PostgreSQL refuses the change for a sequence that
     * was never used (its current value is the old start) unless it restarts.
     */
    static boolean needsRestart(SequenceOptions from, SequenceOptions to) {
        boolean rangeChanges = from.minValue() != to.minValue() || from.maxValue() != to.maxValue();
        return rangeChanges && (from.start() < to.minValue() || from.start() > to.maxValue());
    }

    /** {@code CREATE [UNIQUE] INDEX name ON ONLY }, the name quoted or not. */
    private static final Pattern ON_ONLY = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX (?:\"(?:[^\"]|\"\")*\"|\\S+)) ON ONLY ");

    /**
     * The statement that creates an index. {@code pg_get_indexdef} writes {@code ON ONLY} for the index
     * of a partitioned table (how pg_dump builds it before attaching each partition's index); run as
     * it is, that leaves the index invalid and the partitions without one, so it is created on the
     * whole table instead, which builds the partitions' indexes too.
     */
    static String createIndex(IndexDef index) {
        return ON_ONLY.matcher(index.definition()).replaceFirst("$1 ON ");
    }

    static String addConstraint(ConstraintDef c) {
        return alterTable(c.key()) + " ADD CONSTRAINT " + Sql.ident(c.key().name()) + " " + c.definition();
    }

    static String dropConstraint(ObjectKey key) {
        return alterTable(key) + " DROP CONSTRAINT " + Sql.ident(key.name());
    }

    static String inlineConstraint(ConstraintDef c) {
        return "CONSTRAINT " + Sql.ident(c.key().name()) + " " + c.definition();
    }
}
