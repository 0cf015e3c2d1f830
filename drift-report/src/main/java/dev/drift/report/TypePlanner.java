package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.CompositeTypeDef;
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
import java.util.stream.Collectors;

/**
 * Enum, domain, composite and range types. Enum values are added in place ({@code ADD VALUE ...
 * BEFORE/AFTER}); removed or reordered values are reported as unsupported, never approximated. A range,
 * or a type whose kind or base type changed, has no in-place change: it is dropped and created again,
 * flagged as data loss (and fails while columns use it).
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
        } else if (r instanceof DomainDef rd && t instanceof DomainDef td
                && rd.baseType().equals(td.baseType()) && rd.collation().equals(td.collation())) {
            return alterDomain(rd, td);
        } else if (r instanceof CompositeTypeDef rc && t instanceof CompositeTypeDef tc) {
            return alterComposite(rc, tc);
        }
        return rebuild(change, r, t);
    }

    /** No in-place change exists: drop and create again, flagged. */
    private static Planned rebuild(Change.Changed change, TypeDef r, TypeDef t) {
        return Planned.builder().add(Phase.DROP_TYPES, t.key(), dropSql(t), PlanContext.dataLoss(
                        "the type is dropped and created again (" + change.properties().stream().map(p -> p.name())
                                .distinct().collect(Collectors.joining(", "))
                                + " differ); fails while a column or another object uses it"))
                .add(createStatements(r))
                .build().map(s -> s.recreating(r.key()));
    }

    private static Planned alterEnum(EnumTypeDef r, EnumTypeDef t) {
        String name = Sql.qualified(r.key());
        List<String> removed = t.labels().stream().filter(l -> !r.labels().contains(l)).toList();
        if (!removed.isEmpty()) {
            return Planned.unsupported("enum type " + r.key().displayName() + " has values " + removed
                    + " the reference lacks: PostgreSQL cannot remove an enum value; rebuild the type by hand"
                    + " (reference values: " + r.labels() + ")");
        }
        List<String> kept = r.labels().stream().filter(t.labels()::contains).toList();
        if (!kept.equals(t.labels())) {
            return Planned.unsupported("enum type " + r.key().displayName() + " orders its values " + t.labels()
                    + ", the reference " + r.labels() + ": PostgreSQL cannot reorder enum values; rebuild the type by hand");
        }
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
