package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a target, after a fix ran, is what the plan promised: the planner itself is the judge. The
 * target is compared with the reference again (same {@link DiffOptions}) and planned again (same
 * {@link PlanOptions}). It is as expected exactly when
 * <ul>
 *   <li>the new plan has nothing left to run, except the non-transactional steps that have not run yet;</li>
 *   <li>it holds back exactly the statements the first plan held back, and lists exactly the same
 *       differences as not fixable: what was deliberately left is left untouched, and no more;</li>
 *   <li>every difference that remains was there before: the fix did not create drift of a kind the
 *       planner would pass over in silence.</li>
 * </ul>
 */
final class PlanCheck implements ApplyCheck {

    private final Catalog reference;
    private final DiffOptions diffOptions;
    private final PlanOptions planOptions;
    private final SchemaDiff before;
    private final FixScript planned;

    PlanCheck(SchemaDiff before, DiffOptions diffOptions, PlanOptions planOptions, FixScript planned) {
        this.reference = before.reference();
        this.diffOptions = diffOptions;
        this.planOptions = planOptions;
        this.before = before;
        this.planned = planned;
    }

    @Override
    public List<String> mismatches(Catalog target, List<ApplyStep> pending) {
        SchemaDiff after = Differ.compare(reference, target, diffOptions);
        FixScript again = FixPlanner.plan(after, planOptions);
        List<String> out = new ArrayList<>();
        Set<String> stillPending = pending.stream().map(s -> comparable(s.sql())).collect(Collectors.toSet());
        for (FixStatement s : again.statements()) {
            if (!stillPending.contains(comparable(s.sql()))) {
                out.add("still to run: " + s.toSql() + " (" + s.subject() + ")");
            }
        }
        List<String> heldBefore = sql(planned.heldBack());
        List<String> heldNow = sql(again.heldBack());
        heldNow.stream().filter(s -> !heldBefore.contains(s)).forEach(s -> out.add("now held back: " + s));
        heldBefore.stream().filter(s -> !heldNow.contains(s)).forEach(s -> out.add("no longer held back: " + s));
        again.unsupported().stream().filter(u -> !planned.unsupported().contains(u))
                .forEach(u -> out.add("new difference no statement can fix: " + u));
        planned.unsupported().stream().filter(u -> !again.unsupported().contains(u))
                .forEach(u -> out.add("a difference left alone has changed: " + u));
        Set<ObjectKey> known = before.changes().stream().map(Change::key).collect(Collectors.toSet());
        after.changes().stream().filter(c -> !known.contains(c.key()))
                .forEach(c -> out.add("new difference: " + c.describe()));
        return out;
    }

    private static List<String> sql(List<FixStatement> statements) {
        return statements.stream().map(FixStatement::toSql).toList();
    }

    /**
     * A statement as the planner would write it: without CONCURRENTLY (a saved script may build an
     * index concurrently where the planner writes a plain CREATE INDEX), without the semicolon, with
     * single spaces.
     */
    static String comparable(String sql) {
        String s = sql.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replaceAll("(?i)\\bCONCURRENTLY\\s+", "").replaceAll("\\s+", " ").strip();
    }
}
