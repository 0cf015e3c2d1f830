package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import dev.drift.core.TriggerDef;
import dev.drift.core.ViewDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Views: {@code CREATE VIEW} with its options, replaced in place ({@code CREATE OR REPLACE VIEW}) when its new
 * columns start with its old ones, options set and reset with {@code ALTER VIEW}; otherwise dropped and created
 * again with what depends on it. {@code DROP VIEW} is destructive (what reads it fails).
 */
final class ViewPlanner extends KindPlanner<ViewDef> {

    ViewPlanner() {
        super(ObjectKind.VIEW, ViewDef.class);
    }

    @Override
    Planned create(ViewDef view, PlanContext context) {
        return Planned.builder().add(createStatement(view)).add(createChildren(view.key(), context)).build();
    }

    private static FixStatement createStatement(ViewDef view) {
        return new FixStatement(Phase.VIEWS, view.key(), createSql(view, false), true, List.of());
    }

    private static String createSql(ViewDef view, boolean orReplace) {
        StringBuilder b = new StringBuilder(orReplace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ")
                .append(Sql.qualified(view.key()));
        List<String> options = new ArrayList<>();
        if (view.securityBarrier()) {
            options.add("security_barrier = true");
        }
        if (view.securityInvoker()) {
            options.add("security_invoker = true");
        }
        if (!options.isEmpty()) {
            b.append(" WITH (").append(String.join(", ", options)).append(')');
        }
        b.append(" AS\n").append(view.definition());
        view.checkOption().ifPresent(o -> b.append("\n  WITH ").append(o.toUpperCase(Locale.ROOT)).append(" CHECK OPTION"));
        return b.toString();
    }

    /** The indexes and triggers of a view or materialized view created whole. */
    static Planned createChildren(ObjectKey relation, PlanContext context) {
        Planned.Builder out = Planned.builder();
        context.reference.childrenOf(ObjectKey.table(relation.schema(), relation.name()))
                .forEach(c -> out.add(KindPlanners.create(c, context)));
        return out.build();
    }

    @Override
    Planned drop(ViewDef view, PlanContext context) {
        return Planned.of(dropStatement(view.key(), PlanContext.dataLoss(
                "drops a view the reference does not have; what reads it fails")));
    }

    private static FixStatement dropStatement(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_VIEWS, key, "DROP VIEW " + Sql.qualified(key), true, List.of(hazards));
    }

    /** Whether PostgreSQL cannot turn {@code target} into {@code reference} in place. */
    @Override
    boolean needsRecreate(ViewDef reference, ViewDef target) {
        List<String> old = target.columns();
        List<String> now = reference.columns();
        return now.size() < old.size() || !now.subList(0, old.size()).equals(old);
    }

    /** The in-place change of a view whose new columns start with its old ones. */
    @Override
    Planned alter(Change.Changed change, ViewDef reference, ViewDef target, PlanContext context) {
        ObjectKey key = reference.key();
        if (!reference.definition().equals(target.definition()) || !reference.columns().equals(target.columns())) {
            // Replacing also sets every option the reference has and resets the others.
            return Planned.of(new FixStatement(Phase.VIEWS, key, createSql(reference, true), true, List.of()));
        }
        Map<String, String> set = new TreeMap<>();
        List<String> reset = new ArrayList<>();
        option("check_option", target.checkOption().orElse(null), reference.checkOption().orElse(null), set, reset);
        option("security_barrier", flag(target.securityBarrier()), flag(reference.securityBarrier()), set, reset);
        option("security_invoker", flag(target.securityInvoker()), flag(reference.securityInvoker()), set, reset);
        Planned.Builder out = Planned.builder();
        String alter = "ALTER VIEW " + Sql.qualified(key);
        if (!set.isEmpty()) {
            List<String> parts = new ArrayList<>();
            set.forEach((k, v) -> parts.add(k + " = " + v));
            out.add(Phase.VIEWS, key, alter + " SET (" + String.join(", ", parts) + ")");
        }
        if (!reset.isEmpty()) {
            out.add(Phase.VIEWS, key, alter + " RESET (" + String.join(", ", reset) + ")");
        }
        return out.build();
    }

    private static String flag(boolean on) {
        return on ? "true" : null;
    }

    private static void option(String name, String from, String to, Map<String, String> set, List<String> reset) {
        if (to == null && from != null) {
            reset.add(name);
        } else if (to != null && !to.equals(from)) {
            set.put(name, to);
        }
    }

    // ---- dropped and created again

    @Override
    Optional<String> cannotRecreate(ViewDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(ViewDef old, Optional<ViewDef> wanted, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                               PlanContext context) {
        Planned.Builder out = Planned.builder().add(dropStatement(old.key(), why));
        wanted.ifPresent(w -> out.add(createStatement(w)));
        return withChildren(old.key(), wanted.isPresent(), out.build(), rebuiltAnyway, context);
    }

    /**
     * A dropped view or materialized view takes its indexes and triggers with it: they are created again as the
     * reference has them (unless they are rebuilt on their own account), and their own changes need nothing more.
     *
     * @param recreated whether the reference has the relation (it is created again, not only dropped)
     */
    static Recreation withChildren(ObjectKey relation, boolean recreated, Planned dropAndCreate,
                                   Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        Planned.Builder out = Planned.builder().add(recreated ? dropAndCreate.map(s -> s.recreating(relation))
                : dropAndCreate);
        Set<ObjectKey> takesCareOf = new HashSet<>();
        takesCareOf.add(relation);
        ObjectKey asTable = ObjectKey.table(relation.schema(), relation.name());
        for (DbObject child : context.target.childrenOf(asTable)) {
            takesCareOf.add(child.key());
        }
        for (DbObject child : context.reference.childrenOf(asTable)) {
            takesCareOf.add(child.key());
            if (rebuiltAnyway.test(child.key())) {
                continue; // created again by its own rebuild
            }
            if (child instanceof IndexDef i && !i.backsConstraint()) {
                out.add(IndexPlanner.rebuild(i).recreating(i.key()));
            } else if (child instanceof TriggerDef t) {
                out.add(TriggerPlanner.createStatements(t).map(s -> s.recreating(t.key())));
            }
        }
        return new Recreation(out.build(), takesCareOf);
    }
}
