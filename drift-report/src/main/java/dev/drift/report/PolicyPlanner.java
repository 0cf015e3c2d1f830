package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PolicyDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Row-level security policies: {@code CREATE}, {@code ALTER} and {@code DROP POLICY}. A policy whose command or
 * kind (permissive or restrictive) changes, or that loses an expression, has no {@code ALTER}: it is dropped and
 * created again.
 */
final class PolicyPlanner extends KindPlanner<PolicyDef> {

    PolicyPlanner() {
        super(ObjectKind.POLICY, PolicyDef.class);
    }

    @Override
    Planned create(PolicyDef p, PlanContext context) {
        return Planned.of(createStatement(p));
    }

    /** {@code CREATE POLICY} as the reference has it (also for the policies of a table the plan creates). */
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

    @Override
    Planned drop(PolicyDef p, PlanContext context) {
        return context.goesAway(p.key().table().orElseThrow()) ? Planned.NOTHING : Planned.of(dropStatement(p.key()));
    }

    private static FixStatement dropStatement(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_POLICIES, key, "DROP POLICY " + Sql.ident(key.name()) + " ON "
                + Ddl.parentTable(key), true, List.of(hazards));
    }

    @Override
    Planned alter(Change.Changed change, PolicyDef r, PolicyDef t, PlanContext context) {
        boolean losesExpression = (r.using().isEmpty() && t.using().isPresent())
                || (r.withCheck().isEmpty() && t.withCheck().isPresent());
        if (r.command() != t.command() || r.permissive() != t.permissive() || losesExpression) {
            return Planned.builder().add(drop(t, context)).add(createStatement(r)).build()
                    .map(s -> s.recreating(r.key()));
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
        return Planned.of(Phase.POLICIES, r.key(), "ALTER POLICY " + Sql.ident(r.key().name()) + " ON "
                + Ddl.parentTable(r.key()) + " " + String.join(" ", parts));
    }

    private static String roles(PolicyDef p) {
        return p.roles().stream().map(r -> r.equals("public") ? "PUBLIC" : Sql.ident(r)).collect(Collectors.joining(", "));
    }

    // ---- dropped and created again

    @Override
    Optional<String> cannotRecreate(PolicyDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(PolicyDef old, Optional<PolicyDef> wanted, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                               PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old.key(), why)), wanted.map(w -> Planned.of(createStatement(w))));
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "POLICY " + Sql.ident(key.name()) + " ON " + Ddl.parentTable(key);
    }
}
