package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.CompositeTypeDef;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.RangeTypeDef;
import dev.drift.core.Sql;
import dev.drift.core.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DDL for enum, domain, composite and range types. Enum values are added in place ({@code ADD VALUE ...
 * BEFORE/AFTER}); removed or reordered values are reported as unsupported, never approximated. A range,
 * or a type whose kind or base type changed, has no in-place change: it is dropped and created again,
 * flagged as data loss (and fails while columns use it).
 */
final class TypeDdl {
    private static final String NOT_VALID = " NOT VALID";

    private final PlanContext context;
    /**
     * The plan's {@code ADD VALUE} statements, each with the ways expressions render the value once added:
     * {@code 'gold'::public.tier} under Drift's search path, {@code 'gold'::tier} where the type is visible.
     */
    private final Map<String, List<String>> addedValues = new HashMap<>();

    TypeDdl(PlanContext context) {
        this.context = context;
    }

    static Phase phase(TypeDef type) {
        if (type instanceof DomainDef) {
            return Phase.DOMAINS;
        }
        return type instanceof CompositeTypeDef ? Phase.COMPOSITE_TYPES : Phase.TYPES;
    }

    void create(TypeDef type) {
        context.add(phase(type), type.key(), createSql(type));
        if (type instanceof DomainDef d) {
            // CREATE DOMAIN takes no NOT VALID check: such a check is added after.
            d.constraints().stream().filter(c -> c.definition().endsWith(NOT_VALID)).forEach(c -> addCheck(d.key(), c));
        }
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
            return "CREATE TYPE " + name + " AS (" + c.attributes().stream().map(TypeDdl::attribute)
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

    void drop(TypeDef type) {
        context.add(Phase.DROP_TYPES, type.key(), dropSql(type),
                PlanContext.dataLoss("drops the type; fails while a column or another object uses it"));
    }

    private static String dropSql(TypeDef type) {
        return (type instanceof DomainDef ? "DROP DOMAIN " : "DROP TYPE ") + Sql.qualified(type.key());
    }

    void alter(Change.Changed change, TypeDef r, TypeDef t) {
        if (r instanceof EnumTypeDef re && t instanceof EnumTypeDef te) {
            alterEnum(re, te);
        } else if (r instanceof DomainDef rd && t instanceof DomainDef td
                && rd.baseType().equals(td.baseType()) && rd.collation().equals(td.collation())) {
            alterDomain(rd, td);
        } else if (r instanceof CompositeTypeDef rc && t instanceof CompositeTypeDef tc) {
            alterComposite(rc, tc);
        } else {
            rebuild(change, r, t);
        }
    }

    /** No in-place change exists: drop and create again, flagged. */
    private void rebuild(Change.Changed change, TypeDef r, TypeDef t) {
        context.add(Phase.DROP_TYPES, t.key(), dropSql(t), PlanContext.dataLoss("the type is dropped and created again ("
                + change.properties().stream().map(p -> p.name()).distinct().collect(Collectors.joining(", "))
                + " differ); fails while a column or another object uses it"));
        create(r);
        context.recreated(r.key());
    }

    private void alterEnum(EnumTypeDef r, EnumTypeDef t) {
        String name = Sql.qualified(r.key());
        List<String> removed = t.labels().stream().filter(l -> !r.labels().contains(l)).toList();
        if (!removed.isEmpty()) {
            context.unsupported("enum type " + r.key().displayName() + " has values " + removed + " the reference lacks: "
                    + "PostgreSQL cannot remove an enum value; rebuild the type by hand (reference values: " + r.labels() + ")");
            return;
        }
        List<String> kept = r.labels().stream().filter(t.labels()::contains).toList();
        if (!kept.equals(t.labels())) {
            context.unsupported("enum type " + r.key().displayName() + " orders its values " + t.labels()
                    + ", the reference " + r.labels() + ": PostgreSQL cannot reorder enum values; rebuild the type by hand");
            return;
        }
        List<String> labels = r.labels();
        int first = labels.indexOf(kept.isEmpty() ? null : kept.get(0));
        if (first < 0) {
            for (String label : labels) {
                addValue(r.key(), name, label, "");
            }
            return;
        }
        for (int i = first - 1; i >= 0; i--) {
            addValue(r.key(), name, labels.get(i), " BEFORE " + Sql.literal(labels.get(i + 1)));
        }
        for (int i = first + 1; i < labels.size(); i++) {
            if (!t.labels().contains(labels.get(i))) {
                addValue(r.key(), name, labels.get(i), " AFTER " + Sql.literal(labels.get(i - 1)));
            }
        }
    }

    private void addValue(ObjectKey key, String name, String label, String position) {
        String sql = "ALTER TYPE " + name + " ADD VALUE " + Sql.literal(label) + position;
        context.add(Phase.TYPES, key, sql);
        addedValues.put(sql, List.of(Sql.literal(label) + "::" + name, Sql.literal(label) + "::" + Sql.ident(key.name())));
    }

    /**
     * Marks the first statement that uses an enum value added earlier in the script to run after a commit:
     * PostgreSQL refuses a new enum value in the transaction that added it ("unsafe use of new value").
     */
    List<FixStatement> markCommits(List<FixStatement> ordered) {
        if (addedValues.isEmpty()) {
            return ordered;
        }
        List<FixStatement> out = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        for (FixStatement s : ordered) {
            if (!s.transactional()) {
                pending.clear(); // runs on its own, after a commit
            }
            if (!pending.isEmpty() && pending.stream().anyMatch(s.sql()::contains)) {
                s = s.withCommitBefore();
                pending.clear();
            }
            pending.addAll(addedValues.getOrDefault(s.sql(), List.of()));
            out.add(s);
        }
        return out;
    }

    private void alterDomain(DomainDef r, DomainDef t) {
        ObjectKey key = r.key();
        String alter = "ALTER DOMAIN " + Sql.qualified(key);
        if (!r.defaultExpression().equals(t.defaultExpression())) {
            context.add(Phase.DOMAINS, key, alter + r.defaultExpression().map(d -> " SET DEFAULT " + d).orElse(" DROP DEFAULT"));
        }
        if (r.notNull() != t.notNull()) {
            if (r.notNull()) {
                context.add(Phase.DOMAINS, key, alter + " SET NOT NULL",
                        PlanContext.mayFail("fails if a column of the domain holds nulls"));
            } else {
                context.add(Phase.DOMAINS, key, alter + " DROP NOT NULL");
            }
        }
        Map<String, DomainDef.Check> targetChecks = byName(t.constraints());
        Map<String, DomainDef.Check> referenceChecks = byName(r.constraints());
        for (DomainDef.Check tc : t.constraints()) {
            DomainDef.Check rc = referenceChecks.get(tc.name());
            if (rc == null) {
                context.add(Phase.DOMAINS, key, alter + " DROP CONSTRAINT " + Sql.ident(tc.name()),
                        PlanContext.dataLoss("removes a check the reference does not have; the data it guarded may change"));
            } else if (!rc.definition().equals(tc.definition())) {
                if (tc.definition().equals(rc.definition() + NOT_VALID)) {
                    context.add(Phase.DOMAINS, key, alter + " VALIDATE CONSTRAINT " + Sql.ident(rc.name()),
                            PlanContext.mayFail("fails if existing values violate it"));
                } else {
                    context.add(Phase.DOMAINS, key, alter + " DROP CONSTRAINT " + Sql.ident(tc.name()));
                    addCheck(key, rc);
                }
            }
        }
        for (DomainDef.Check rc : r.constraints()) {
            if (!targetChecks.containsKey(rc.name())) {
                addCheck(key, rc);
            }
        }
    }

    private void addCheck(ObjectKey domain, DomainDef.Check check) {
        String sql = "ALTER DOMAIN " + Sql.qualified(domain) + " ADD CONSTRAINT " + Sql.ident(check.name()) + " "
                + check.definition();
        if (check.definition().endsWith(NOT_VALID)) {
            context.add(Phase.DOMAINS, domain, sql);
        } else {
            context.add(Phase.DOMAINS, domain, sql, PlanContext.mayFail("fails if existing values violate it"));
        }
    }

    private static Map<String, DomainDef.Check> byName(List<DomainDef.Check> checks) {
        Map<String, DomainDef.Check> out = new LinkedHashMap<>();
        checks.forEach(c -> out.put(c.name(), c));
        return out;
    }

    private void alterComposite(CompositeTypeDef r, CompositeTypeDef t) {
        ObjectKey key = r.key();
        String alter = "ALTER TYPE " + Sql.qualified(key);
        List<String> order = new ArrayList<>();
        for (CompositeTypeDef.Attribute ta : t.attributes()) {
            Optional<CompositeTypeDef.Attribute> ra = r.attribute(ta.name());
            if (ra.isEmpty()) {
                context.add(Phase.COMPOSITE_TYPES, key, alter + " DROP ATTRIBUTE " + Sql.ident(ta.name()),
                        PlanContext.dataLoss("drops the attribute and its values wherever the type is stored"));
                continue;
            }
            order.add(ta.name());
            if (!ra.get().equals(ta)) {
                context.add(Phase.COMPOSITE_TYPES, key, alter + " ALTER ATTRIBUTE " + Sql.ident(ta.name()) + " TYPE "
                                + ra.get().type() + ra.get().collation().map(c -> " COLLATE " + c).orElse(""),
                        PlanContext.mayFail("fails while a table column uses the type"));
            }
        }
        for (CompositeTypeDef.Attribute ra : r.attributes()) {
            if (t.attribute(ra.name()).isEmpty()) {
                order.add(ra.name());
                context.add(Phase.COMPOSITE_TYPES, key, alter + " ADD ATTRIBUTE " + attribute(ra),
                        PlanContext.mayFail("fails while a table column uses the type"));
            }
        }
        List<String> wanted = r.attributes().stream().map(CompositeTypeDef.Attribute::name).toList();
        if (!order.equals(wanted)) {
            context.unsupported("composite type " + key.displayName() + " will have its attributes in the order " + order
                    + ", the reference has " + wanted + " (PostgreSQL cannot move an attribute without rebuilding the type)");
        }
    }
}
