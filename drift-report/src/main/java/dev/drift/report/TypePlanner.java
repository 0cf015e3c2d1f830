package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.CompositeTypeDef;
import dev.drift.core.Dependency;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RangeTypeDef;
import dev.drift.core.Sql;
import dev.drift.core.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Enum, domain, composite and range types. Enum values are added in place ({@code ADD VALUE ...
 * BEFORE/AFTER}). An enum that loses or reorders values, a range, or a type whose kind or base type changed has no
 * in-place change: it is rebuilt, flagged as data loss (held back unless allowed), and, while columns use it,
 * under its own name with the columns converted through text ({@link #recreate}).
 */
final class TypePlanner extends KindPlanner<TypeDef> {
    private static final String NOT_VALID = " NOT VALID";

    TypePlanner() {
        super(ObjectKind.TYPE, TypeDef.class);
    }

    private static Phase phase(TypeDef type) {
        if (type instanceof DomainDef) {
            return Phase.DOMAINS;
        }
        return type instanceof CompositeTypeDef ? Phase.COMPOSITE_TYPES : Phase.TYPES;
    }

    /** The type, and PUBLIC's default USAGE on it revoked unless the reference grants it too. */
    @Override
    Planned create(TypeDef type, PlanContext context) {
        return Planned.builder().add(createStatements(type)).add(PrivilegePlanner.afterCreate(type.key(), context)).build();
    }

    private static Planned createStatements(TypeDef type) {
        Planned.Builder out = Planned.builder().add(phase(type), type.key(), createSql(type));
        if (type instanceof DomainDef d) {
            // CREATE DOMAIN takes no NOT VALID check: such a check is added after.
            d.constraints().stream().filter(c -> c.definition().endsWith(NOT_VALID)).forEach(c -> out.add(addCheck(d.key(), c)));
        }
        return out.build();
    }

    private static String createSql(TypeDef type) {
        String name = Sql.qualified(type.key());
        if (type instanceof EnumTypeDef e) {
            return "CREATE TYPE " + name + " AS ENUM (" + e.labels().stream().map(Sql::literal)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (type instanceof DomainDef d) {
            StringBuilder b = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(d.baseType());
            d.collation().ifPresent(c -> b.append(" COLLATE ").append(c));
            d.defaultExpression().ifPresent(x -> b.append(" DEFAULT ").append(x));
            if (d.notNull()) {
                b.append(" NOT NULL");
            }
            for (DomainDef.Check c : d.constraints()) {
                if (!c.definition().endsWith(NOT_VALID)) {
                    b.append(" CONSTRAINT ").append(Sql.ident(c.name())).append(' ').append(c.definition());
                }
            }
            return b.toString();
        }
        if (type instanceof CompositeTypeDef c) {
            return "CREATE TYPE " + name + " AS (" + c.attributes().stream().map(TypePlanner::attribute)
                    .collect(Collectors.joining(", ")) + ")";
        }
        RangeTypeDef r = (RangeTypeDef) type;
        List<String> options = new ArrayList<>();
        options.add("SUBTYPE = " + r.subtype());
        options.add("SUBTYPE_OPCLASS = " + r.subtypeOpclass());
        r.collation().ifPresent(c -> options.add("COLLATION = " + c));
        r.canonical().ifPresent(f -> options.add("CANONICAL = " + f));
        r.subtypeDiff().ifPresent(f -> options.add("SUBTYPE_DIFF = " + f));
        options.add("MULTIRANGE_TYPE_NAME = " + Sql.qualified(r.key().schema(), r.multirange()));
        return "CREATE TYPE " + name + " AS RANGE (" + String.join(", ", options) + ")";
    }

    private static String attribute(CompositeTypeDef.Attribute a) {
        return Sql.ident(a.name()) + " " + a.type() + a.collation().map(c -> " COLLATE " + c).orElse("");
    }

    @Override
    Planned drop(TypeDef type, PlanContext context) {
        return Planned.of(Phase.DROP_TYPES, type.key(), dropSql(type),
                PlanContext.dataLoss("drops the type; fails while a column or another object uses it"));
    }

    private static String dropSql(TypeDef type) {
        return (type instanceof DomainDef ? "DROP DOMAIN " : "DROP TYPE ") + Sql.qualified(type.key());
    }

    @Override
    Planned alter(Change.Changed change, TypeDef r, TypeDef t, PlanContext context) {
        if (r instanceof EnumTypeDef re && t instanceof EnumTypeDef te) {
            return alterEnum(re, te);
        } else if (r instanceof DomainDef rd && t instanceof DomainDef td) {
            return alterDomain(rd, td);
        }
        return alterComposite((CompositeTypeDef) r, (CompositeTypeDef) t);
    }

    /**
     * Whether PostgreSQL has no in-place change from the target's type to the reference's: an enum that loses or
     * reorders values, a domain over another base type or collation, a range that differs, a type of another kind.
     * It is rebuilt ({@link #recreate}), and what depends on it makes way.
     */
    @Override
    boolean needsRecreate(TypeDef r, TypeDef t) {
        if (r instanceof EnumTypeDef re && t instanceof EnumTypeDef te) {
            return !onlyAdded(re, te);
        } else if (r instanceof DomainDef rd && t instanceof DomainDef td) {
            return !rd.baseType().equals(td.baseType()) || !rd.collation().equals(td.collation());
        }
        return !(r instanceof CompositeTypeDef && t instanceof CompositeTypeDef);
    }

    /** Whether the reference's values are the target's, in the same order, with values added before, between or after. */
    private static boolean onlyAdded(EnumTypeDef r, EnumTypeDef t) {
        return r.labels().containsAll(t.labels())
                && r.labels().stream().filter(t.labels()::contains).toList().equals(t.labels());
    }

    @Override
    Optional<String> cannotRecreate(TypeDef target) {
        return Optional.empty();
    }

    /**
     * A type whose columns (or those of a type built on it) include a partition key column: PostgreSQL cannot
     * change such a column's type, so the type cannot be rebuilt without rebuilding the table.
     */
    @Override
    Optional<String> cannotRebuild(TypeDef target, PlanContext context) {
        for (ColumnDef column : columnsOf(target, context)) {
            Optional<ObjectKey> table = ColumnPlanner.partitionKeyUsing(column, context);
            if (table.isPresent()) {
                return Optional.of("type " + target.key().displayName() + " cannot be rebuilt: column "
                        + column.key().displayName() + " uses it and is part of the partition key of "
                        + table.get().displayName() + ", whose type PostgreSQL cannot change without rebuilding the table");
            }
        }
        for (TypeDef user : typesBuiltOn(target, context)) {
            Optional<String> refusal = cannotRebuild(user, context);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * Drops the type and creates it as the reference has it, to change what has no in-place change or to make way
     * for a change of a type it is built on (a domain over an enum that is rebuilt). Unused by any column or other
     * type, it is dropped and created. In use, PostgreSQL refuses the drop, so it is rebuilt under its name: the old
     * type is renamed out of the way, the new one created, every column of the type (or an array of it) converted
     * through text (PostgreSQL has no cast between two enums or two domains of other bases), and the old type dropped
     * once nothing uses it. Defaults, checks, indexes, views and routines that name the type were dropped before and
     * are created again after (Rebuilds), as are the types built on it, whose old copies go before this one's.
     */
    @Override
    Recreation recreate(TypeDef old, Optional<TypeDef> wanted, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                        PlanContext context) {
        ObjectKey key = old.key();
        Hazard hazard = context.change(key).orElse(null) instanceof Change.Changed c && wanted.isPresent()
                && needsRecreate(wanted.get(), old) ? rebuildHazard(c, !users(old, context).isEmpty()) : why;
        List<ColumnDef> columns = columnsOf(old, context);
        if (wanted.isEmpty() || users(old, context).isEmpty()) {
            return Recreation.of(key, Planned.of(Phase.DROP_TYPES, key, dropSql(old), hazard),
                    wanted.map(TypePlanner::createStatements));
        }
        TypeDef type = wanted.get();
        String renamed = nameOutOfTheWay(old, context);
        Planned.Builder out = Planned.builder()
                .add(Phase.TYPES, key, alterSql(old) + " RENAME TO " + Sql.ident(renamed), hazard);
        if (old instanceof RangeTypeDef range) {
            out.add(renameRangeLeftovers(range, renamed, context));
        }
        out.add(createStatements(type));
        Set<ObjectKey> converted = new TreeSet<>();
        for (ColumnDef column : columns) {
            converted.add(column.key());
            String to = column.type() + column.collation().map(coll -> " COLLATE " + coll).orElse("");
            out.add(new FixStatement(Phase.COLUMNS, column.key(), Ddl.alterTable(column.key()) + " ALTER COLUMN "
                    + Sql.ident(column.key().name()) + " TYPE " + to + " USING "
                    + Casts.throughText(Sql.ident(column.key().name()), column.type()), true, List.of(
                    PlanContext.mayFail("converts each value through its text form: a value the rebuilt type "
                            + key.displayName() + " does not accept makes it fail"),
                    new Hazard(Hazard.Kind.TABLE_REWRITE, "rewrites the table under an ACCESS EXCLUSIVE lock"))).retyping());
        }
        FixStatement dropOld = new FixStatement(Phase.COLUMNS, TypeDef.key(key.schema(), renamed),
                "DROP " + (old instanceof DomainDef ? "DOMAIN " : "TYPE ") + Sql.qualified(key.schema(), renamed), true,
                List.of());
        for (ObjectKey column : converted) {
            dropOld = dropOld.needing(column);
        }
        for (TypeDef user : typesBuiltOn(old, context)) {
            // A type built on this one, rebuilt too: its old copy goes first.
            dropOld = dropOld.needing(TypeDef.key(key.schema(), nameOutOfTheWay(user, context)));
        }
        out.add(dropOld);
        return new Recreation(out.build().map(s -> s.recreating(key)), Set.of(key));
    }

    /**
     * What keeps its name when a range is renamed, and would clash with what the new range creates: its multirange
     * type, and the constructor functions of both (the multirange's take no argument, a range, or an array of
     * ranges; the range's two bounds and optionally the bounds' inclusion). They are dropped with the old type.
     */
    private static Planned renameRangeLeftovers(RangeTypeDef range, String renamedRange, PlanContext context) {
        String schema = range.key().schema();
        String multirange = Sql.qualified(schema, range.multirange());
        String renamedMultirange = nameOutOfTheWay(schema, range.multirange(), context);
        String oldRange = Sql.qualified(schema, renamedRange);
        ObjectKey key = range.key();
        Planned.Builder out = Planned.builder()
                .add(Phase.TYPES, key, "ALTER TYPE " + multirange + " RENAME TO " + Sql.ident(renamedMultirange));
        for (String arguments : List.of("", oldRange, oldRange + "[]")) {
            out.add(Phase.TYPES, key, "ALTER FUNCTION " + multirange + "(" + arguments + ") RENAME TO "
                    + Sql.ident(renamedMultirange));
        }
        String bounds = range.subtype() + ", " + range.subtype();
        for (String arguments : List.of(bounds, bounds + ", text")) {
            out.add(Phase.TYPES, key, "ALTER FUNCTION " + Sql.qualified(key) + "(" + arguments + ") RENAME TO "
                    + Sql.ident(renamedRange));
        }
        return out.build();
    }

    private static Hazard rebuildHazard(Change.Changed change, boolean inUse) {
        String properties = change.properties().stream().map(p -> p.name()).distinct().collect(Collectors.joining(", "));
        return PlanContext.dataLoss(inUse
                ? "the type is rebuilt (" + properties + " differ): renamed, created again as the reference has it, its"
                        + " columns converted through text (a value it no longer has makes that fail), the old type"
                        + " dropped; what names it is dropped and created again"
                : "the type is dropped and created again (" + properties + " differ); fails while a column or another"
                        + " object uses it");
    }

    /** The columns and types of the target that use the type. */
    private static List<ObjectKey> users(TypeDef type, PlanContext context) {
        List<ObjectKey> out = new ArrayList<>();
        columnsOf(type, context).forEach(c -> out.add(c.key()));
        typesBuiltOn(type, context).forEach(t -> out.add(t.key()));
        return out;
    }

    /**
     * The target's columns whose type is the type or an array of it, that the plan keeps with that type (a column
     * dropped, or changing to another type, is seen to by its own change; the old type's drop still waits for it).
     */
    private static List<ColumnDef> columnsOf(TypeDef type, PlanContext context) {
        Set<String> names = new TreeSet<>(List.of(Sql.qualified(type.key())));
        if (type instanceof RangeTypeDef range) {
            names.add(Sql.qualified(type.key().schema(), range.multirange()));
        }
        List<ColumnDef> out = new ArrayList<>();
        for (Dependency d : context.target.dependentsOf(type.key())) {
            if (d.enforced() && context.target.find(d.dependent()).orElse(null) instanceof ColumnDef column
                    && names.contains(column.type().replace("[]", "")) && !context.goesAway(column.key())) {
                out.add(column);
            }
        }
        return out;
    }

    /** The target's domains, composite types and ranges built on the type. */
    private static List<TypeDef> typesBuiltOn(TypeDef type, PlanContext context) {
        List<TypeDef> out = new ArrayList<>();
        for (Dependency d : context.target.dependentsOf(type.key())) {
            if (d.enforced() && context.target.find(d.dependent()).orElse(null) instanceof TypeDef user
                    && !context.goesAway(user.key())) {
                out.add(user);
            }
        }
        return out;
    }

    private static String alterSql(TypeDef type) {
        return (type instanceof DomainDef ? "ALTER DOMAIN " : "ALTER TYPE ") + Sql.qualified(type.key());
    }

    /** The name the old type takes while its rebuild converts its columns: free in both catalogs. */
    private static String nameOutOfTheWay(TypeDef type, PlanContext context) {
        return nameOutOfTheWay(type.key().schema(), type.key().name(), context);
    }

    private static String nameOutOfTheWay(String schema, String name, PlanContext context) {
        for (int i = 1; ; i++) {
            String suffix = i == 1 ? "_old" : "_old" + i;
            String candidate = Ddl.truncated(name, suffix);
            if (!taken(schema, candidate, context.target) && !taken(schema, candidate, context.reference)) {
                return candidate;
            }
        }
    }

    /** Whether a type (or a relation, whose row type shares the name space) of that name exists in the schema. */
    private static boolean taken(String schema, String name, Catalog catalog) {
        return catalog.objects().stream().anyMatch(o -> o.key().schema().equals(schema) && o.key().name().equals(name)
                && (o instanceof TypeDef || o.key().kind().isRelation()
                        || o instanceof RangeTypeDef r && r.multirange().equals(name)))
                || catalog.objects(RangeTypeDef.class).stream()
                        .anyMatch(r -> r.key().schema().equals(schema) && r.multirange().equals(name));
    }

    /** Values added in place, each before or after one the target has (see {@link #needsRecreate}). */
    private static Planned alterEnum(EnumTypeDef r, EnumTypeDef t) {
        String name = Sql.qualified(r.key());
        List<String> kept = r.labels().stream().filter(t.labels()::contains).toList();
        Planned.Builder out = Planned.builder();
        List<String> labels = r.labels();
        int first = labels.indexOf(kept.isEmpty() ? null : kept.get(0));
        if (first < 0) {
            for (String label : labels) {
                out.add(addValue(r.key(), name, label, ""));
            }
            return out.build();
        }
        for (int i = first - 1; i >= 0; i--) {
            out.add(addValue(r.key(), name, labels.get(i), " BEFORE " + Sql.literal(labels.get(i + 1))));
        }
        for (int i = first + 1; i < labels.size(); i++) {
            if (!t.labels().contains(labels.get(i))) {
                out.add(addValue(r.key(), name, labels.get(i), " AFTER " + Sql.literal(labels.get(i - 1))));
            }
        }
        return out.build();
    }

    /**
     * {@code ADD VALUE}, with the ways expressions write the value once added: {@code 'gold'::public.tier} under
     * Drift's search path, {@code 'gold'::tier} where the type is visible (see CommitPoints).
     */
    private static FixStatement addValue(ObjectKey key, String name, String label, String position) {
        return new FixStatement(Phase.TYPES, key, "ALTER TYPE " + name + " ADD VALUE " + Sql.literal(label) + position,
                true, List.of()).usableAfterCommit(List.of(Sql.literal(label) + "::" + name,
                Sql.literal(label) + "::" + Sql.ident(key.name())));
    }

    private static Planned alterDomain(DomainDef r, DomainDef t) {
        Planned.Builder out = Planned.builder();
        ObjectKey key = r.key();
        String alter = "ALTER DOMAIN " + Sql.qualified(key);
        if (!r.defaultExpression().equals(t.defaultExpression())) {
            out.add(Phase.DOMAINS, key, alter + r.defaultExpression().map(d -> " SET DEFAULT " + d).orElse(" DROP DEFAULT"));
        }
        if (r.notNull() != t.notNull()) {
            if (r.notNull()) {
                out.add(Phase.DOMAINS, key, alter + " SET NOT NULL",
                        PlanContext.mayFail("fails if a column of the domain holds nulls"));
            } else {
                out.add(Phase.DOMAINS, key, alter + " DROP NOT NULL");
            }
        }
        Map<String, DomainDef.Check> targetChecks = byName(t.constraints());
        Map<String, DomainDef.Check> referenceChecks = byName(r.constraints());
        for (DomainDef.Check tc : t.constraints()) {
            DomainDef.Check rc = referenceChecks.get(tc.name());
            if (rc == null) {
                out.add(Phase.DOMAINS, key, alter + " DROP CONSTRAINT " + Sql.ident(tc.name()),
                        PlanContext.dataLoss("removes a check the reference does not have; the data it guarded may change"));
            } else if (!rc.definition().equals(tc.definition())) {
                if (tc.definition().equals(rc.definition() + NOT_VALID)) {
                    out.add(Phase.DOMAINS, key, alter + " VALIDATE CONSTRAINT " + Sql.ident(rc.name()),
                            PlanContext.mayFail("fails if existing values violate it"));
                } else {
                    out.add(Phase.DOMAINS, key, alter + " DROP CONSTRAINT " + Sql.ident(tc.name()));
                    out.add(addCheck(key, rc));
                }
            }
        }
        for (DomainDef.Check rc : r.constraints()) {
            if (!targetChecks.containsKey(rc.name())) {
                out.add(addCheck(key, rc));
            }
        }
        return out.build();
    }

    private static FixStatement addCheck(ObjectKey domain, DomainDef.Check check) {
        String sql = "ALTER DOMAIN " + Sql.qualified(domain) + " ADD CONSTRAINT " + Sql.ident(check.name()) + " "
                + check.definition();
        if (check.definition().endsWith(NOT_VALID)) {
            return new FixStatement(Phase.DOMAINS, domain, sql, true, List.of());
        }
        return new FixStatement(Phase.DOMAINS, domain, sql, true, List.of(PlanContext.mayFail(
                "fails if existing values violate it")));
    }

    private static Map<String, DomainDef.Check> byName(List<DomainDef.Check> checks) {
        Map<String, DomainDef.Check> out = new LinkedHashMap<>();
        checks.forEach(c -> out.put(c.name(), c));
        return out;
    }

    private static Planned alterComposite(CompositeTypeDef r, CompositeTypeDef t) {
        Planned.Builder out = Planned.builder();
        ObjectKey key = r.key();
        String alter = "ALTER TYPE " + Sql.qualified(key);
        List<String> order = new ArrayList<>();
        for (CompositeTypeDef.Attribute ta : t.attributes()) {
            Optional<CompositeTypeDef.Attribute> ra = r.attribute(ta.name());
            if (ra.isEmpty()) {
                out.add(Phase.COMPOSITE_TYPES, key, alter + " DROP ATTRIBUTE " + Sql.ident(ta.name()),
                        PlanContext.dataLoss("drops the attribute and its values wherever the type is stored"));
                continue;
            }
            order.add(ta.name());
            if (!ra.get().equals(ta)) {
                out.add(Phase.COMPOSITE_TYPES, key, alter + " ALTER ATTRIBUTE " + Sql.ident(ta.name()) + " TYPE "
                                + ra.get().type() + ra.get().collation().map(c -> " COLLATE " + c).orElse(""),
                        PlanContext.mayFail("fails while a table column uses the type"));
            }
        }
        for (CompositeTypeDef.Attribute ra : r.attributes()) {
            if (t.attribute(ra.name()).isEmpty()) {
                order.add(ra.name());
                out.add(Phase.COMPOSITE_TYPES, key, alter + " ADD ATTRIBUTE " + attribute(ra),
                        PlanContext.mayFail("fails while a table column uses the type"));
            }
        }
        List<String> wanted = r.attributes().stream().map(CompositeTypeDef.Attribute::name).toList();
        if (!order.equals(wanted)) {
            out.unsupported("composite type " + key.displayName() + " will have its attributes in the order " + order
                    + ", the reference has " + wanted + " (PostgreSQL cannot move an attribute without rebuilding the type)");
        }
        return out.build();
    }

    // ---- attributes

    @Override
    String grantTarget(ObjectKey key) {
        return "TYPE " + Sql.qualified(key.schema(), key.name());
    }

    /** A domain's owner is changed with {@code ALTER DOMAIN}. */
    @Override
    String ownerTarget(ObjectKey key, Catalog reference) {
        if (reference.find(key).filter(DomainDef.class::isInstance).isPresent()) {
            return "ALTER DOMAIN " + Sql.qualified(key.schema(), key.name());
        }
        return "ALTER " + commentTarget(key);
    }

    @Override
    List<String> grantedToPublicOnCreate() {
        return List.of("USAGE");
    }
}
