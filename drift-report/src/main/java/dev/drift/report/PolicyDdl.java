package dev.drift.report;

import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.PolicyDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Row-level security: the table switches ({@code ENABLE}/{@code FORCE ROW LEVEL SECURITY}) and policies
 * ({@code CREATE}/{@code ALTER}/{@code DROP POLICY}). A policy whose command or kind (permissive or
 * restrictive) changes, or that loses an expression, has no {@code ALTER}: it is dropped and created again.
 */
final class PolicyDdl {
    private final PlanContext context;

    PolicyDdl(PlanContext context) {
        this.context = context;
    }

    /** A table the plan creates gets its row security and policies from the reference. */
    void forNewTable(ObjectKey table) {
        for (DbObject child : context.reference.childrenOf(table)) {
            if (child instanceof RowSecurityDef r) {
                rowSecurity(r, new RowSecurityDef(r.key(), false, false));
            } else if (child instanceof PolicyDef p) {
                create(p);
            }
        }
    }

    void rowSecurity(RowSecurityDef want, RowSecurityDef had) {
        ObjectKey key = want.key();
        String alter = "ALTER TABLE " + Ddl.parentTable(key);
        if (want.enabled() != had.enabled()) {
            context.add(Phase.ROW_SECURITY, key, alter + (want.enabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
        if (want.forced() != had.forced()) {
            context.add(Phase.ROW_SECURITY, key, alter + (want.forced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        }
    }

    void dropRowSecurity(RowSecurityDef had) {
        if (context.goesAway(had.key().table().orElseThrow())) {
            return;
        }
        rowSecurity(new RowSecurityDef(had.key(), false, false), had);
    }

    void create(PolicyDef p) {
        context.add(createStatement(p));
    }

    /** {@code CREATE POLICY} as the reference has it (also for a policy that a rebuild drops and creates again). */
    static FixStatement createStatement(PolicyDef p) {
        StringBuilder b = new StringBuilder("CREATE POLICY ").append(Sql.ident(p.key().name())).append(" ON ")
                .append(Ddl.parentTable(p.key()));
        if (!p.permissive()) {
            b.append(" AS RESTRICTIVE");
        }
        if (p.command() != PolicyDef.Command.ALL) {
            b.append(" FOR ").append(p.command().name());
        }
        if (!p.roles().equals(List.of("public"))) {
            b.append(" TO ").append(roles(p));
        }
        p.using().ifPresent(u -> b.append(" USING (").append(u).append(')'));
        p.withCheck().ifPresent(c -> b.append(" WITH CHECK (").append(c).append(')'));
        return new FixStatement(Phase.POLICIES, p.key(), b.toString(), true, List.of());
    }

    void drop(PolicyDef p) {
        if (!context.goesAway(p.key().table().orElseThrow())) {
            context.add(dropStatement(p.key()));
        }
    }

    static FixStatement dropStatement(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_POLICIES, key, "DROP POLICY " + Sql.ident(key.name()) + " ON "
                + Ddl.parentTable(key), true, List.of(hazards));
    }

    void alter(PolicyDef r, PolicyDef t) {
        boolean losesExpression = (r.using().isEmpty() && t.using().isPresent())
                || (r.withCheck().isEmpty() && t.withCheck().isPresent());
        if (r.command() != t.command() || r.permissive() != t.permissive() || losesExpression) {
            drop(t);
            create(r);
            context.recreated(r.key());
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!r.roles().equals(t.roles())) {
            parts.add("TO " + roles(r));
        }
        if (!r.using().equals(t.using())) {
            parts.add("USING (" + r.using().orElseThrow() + ")");
        }
        if (!r.withCheck().equals(t.withCheck())) {
            parts.add("WITH CHECK (" + r.withCheck().orElseThrow() + ")");
        }
        context.add(Phase.POLICIES, r.key(), "ALTER POLICY " + Sql.ident(r.key().name()) + " ON "
                + Ddl.parentTable(r.key()) + " " + String.join(" ", parts));
    }

    private static String roles(PolicyDef p) {
        return p.roles().stream().map(r -> r.equals("public") ? "PUBLIC" : Sql.ident(r)).collect(Collectors.joining(", "));
    }
}
