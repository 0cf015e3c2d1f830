package dev.drift.report;

import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;
import dev.drift.core.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * DDL of views and materialized views. A view is replaced in place ({@code CREATE OR REPLACE VIEW})
 * when its new columns start with its old ones; otherwise, and for any change of a materialized view,
 * it is dropped and created again with what depends on it.
 */
final class ViewDdl {
    private ViewDdl() {
    }

    static FixStatement create(ViewDef view) {
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

    static FixStatement drop(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_VIEWS, key, "DROP VIEW " + Sql.qualified(key), true, List.of(hazards));
    }

    /** Whether PostgreSQL cannot turn {@code target} into {@code reference} in place. */
    static boolean needsRecreate(ViewDef reference, ViewDef target) {
        List<String> old = target.columns();
        List<String> now = reference.columns();
        return now.size() < old.size() || !now.subList(0, old.size()).equals(old);
    }

    /** The in-place change of a view whose new columns start with its old ones. */
    static List<FixStatement> alter(ViewDef reference, ViewDef target) {
        ObjectKey key = reference.key();
        if (!reference.definition().equals(target.definition()) || !reference.columns().equals(target.columns())) {
            // Replacing also sets every option the reference has and resets the others.
            return List.of(new FixStatement(Phase.VIEWS, key, createSql(reference, true), true, List.of()));
        }
        Map<String, String> set = new TreeMap<>();
        List<String> reset = new ArrayList<>();
        option("check_option", target.checkOption().orElse(null), reference.checkOption().orElse(null), set, reset);
        option("security_barrier", flag(target.securityBarrier()), flag(reference.securityBarrier()), set, reset);
        option("security_invoker", flag(target.securityInvoker()), flag(reference.securityInvoker()), set, reset);
        List<FixStatement> out = new ArrayList<>();
        String alter = "ALTER VIEW " + Sql.qualified(key);
        if (!set.isEmpty()) {
            List<String> parts = new ArrayList<>();
            set.forEach((k, v) -> parts.add(k + " = " + v));
            out.add(new FixStatement(Phase.VIEWS, key, alter + " SET (" + String.join(", ", parts) + ")", true, List.of()));
        }
        if (!reset.isEmpty()) {
            out.add(new FixStatement(Phase.VIEWS, key, alter + " RESET (" + String.join(", ", reset) + ")", true, List.of()));
        }
        return out;
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

    static FixStatement create(MaterializedViewDef view) {
        return new FixStatement(Phase.VIEWS, view.key(), "CREATE MATERIALIZED VIEW " + Sql.qualified(view.key())
                + " AS\n" + view.definition(), true,
                List.of(new Hazard(Hazard.Kind.LONG_LOCK, "runs the query to populate the materialized view")));
    }

    static FixStatement drop(MaterializedViewDef view, Hazard... hazards) {
        return new FixStatement(Phase.DROP_VIEWS, view.key(), "DROP MATERIALIZED VIEW " + Sql.qualified(view.key()),
                true, List.of(hazards));
    }
}
