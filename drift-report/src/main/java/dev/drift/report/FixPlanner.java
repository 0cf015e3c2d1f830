package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the statements that make a diff's target match its reference: only what the diff needs, in
 * the fixed {@link Phase} order, with destructive statements held back unless allowed.
 *
 * <pre>{@code
 * SchemaDiff diff = Differ.compare(tenantA, tenantB);
 * FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
 * System.out.print(script.toSql());
 * }</pre>
 *
 * <p>Each change goes to the {@link KindPlanner} of its kind ({@link KindPlanners}), which returns statements;
 * then passes over the statements alone mark what grants power or runs code ({@link TrustHazards}), put them
 * in order ({@link DependencyOrder}), hold back what must wait ({@link HoldBack}, then what grants power or
 * runs code from a baseline Drift chose), arrange an online-safe script ({@link OnlineArrangement}) and mark
 * commit points ({@link CommitPoints}).
 */
public final class FixPlanner {

    private FixPlanner() {
    }

    /** Plans the fix for a diff. */
    public static FixScript plan(SchemaDiff diff, PlanOptions options) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(options, "options");
        PlanContext context = new PlanContext(diff, options);
        Planned planned = planChanges(context);
        List<FixStatement> ordered = DependencyOrder.sort(TrustHazards.classify(planned.statements(), diff),
                diff.reference(), diff.target(), context.dependencyIndexes);
        HoldBack split = TrustHazards.holdBack(HoldBack.split(ordered, options.allowDestructive(), diff.target(),
                context.dependencyIndexes), options, diff, context.dependencyIndexes);
        // Arranged first: the new enum values' commit points are then placed in the final order.
        List<FixStatement> committed = CommitPoints.forNewValues(OnlineArrangement.arrange(split.run(), diff.reference(),
                context.dependencyIndexes));
        // The target's fingerprint goes with the script, so that the script is applicable as it is printed.
        return new FixScript(diff.reference().database(), diff.target().database(), diff.target().fingerprint(),
                committed, split.held(), planned.unsupported());
    }

    /**
     * Every change's statements: first what is dropped and created again around the changes that need it out of
     * the way, then each change by its kind's planner, then the attributes (comments, grants, owners), once every
     * object the plan recreates is known, with the attributes of those objects applied again.
     */
    private static Planned planChanges(PlanContext context) {
        Rebuilds.Result rebuilds = Rebuilds.plan(context);
        Planned.Builder out = Planned.builder().add(new Planned(rebuilds.statements(), rebuilds.unsupported()));
        List<Change> attributes = new ArrayList<>();
        for (Change change : context.diff.changes()) {
            if (rebuilds.handled().contains(change.key())) {
                continue; // dropped and created again whole
            }
            if (change.key().kind().isAttribute()) {
                attributes.add(change); // once every recreated object is known
            } else {
                out.add(KindPlanners.plan(change, context));
            }
        }
        Set<ObjectKey> recreated = new LinkedHashSet<>();
        out.build().statements().forEach(s -> s.facts().recreates().ifPresent(recreated::add));
        RecreatedAttributes again = new RecreatedAttributes(context, recreated);
        for (Change change : attributes) {
            if (!again.covers(change)) {
                out.add(KindPlanners.plan(change, context));
            }
        }
        for (ObjectKey subject : again.subjects()) {
            out.add(again.reapply(subject));
        }
        return runOnce(out.build());
    }

    /**
     * A statement that two changes both need (a foreign key dropped and added again for each key of its table that
     * is replaced) runs once, where it was first planned.
     */
    private static Planned runOnce(Planned planned) {
        return new Planned(List.copyOf(new LinkedHashSet<>(planned.statements())), planned.unsupported());
    }
}
