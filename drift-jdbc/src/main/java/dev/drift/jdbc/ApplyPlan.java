package dev.drift.jdbc;

import dev.drift.core.StatementCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link ScriptRunner} applies to one target.
 *
 * @param steps               the statements in order. They run in segments, split before each transactional
 *                            step marked {@link ApplyStep#commitBefore()}: a segment's transactional steps run in
 *                            one transaction, then its non-transactional steps one by one (see {@link #segments()})
 * @param expectedFingerprint the target's catalog fingerprint when the steps were planned; the runner
 *                            refuses to run anything when the target no longer has it. Empty only for
 *                            scripts that were not planned against a known catalog
 * @param check               what the target must look like afterwards
 */
public record ApplyPlan(List<ApplyStep> steps, Optional<String> expectedFingerprint, ApplyCheck check) {

    /**
     * @throws IllegalArgumentException if a step fails {@link StatementCheck#problem(String)}: more than one
     *                                  statement, transaction control, a psql meta-command, or not DDL Drift
     *                                  plans. The runner never sees such a plan, so nothing of it runs.
     */
    public ApplyPlan {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            StatementCheck.require(steps.get(i).sql(), "step " + (i + 1) + " (" + steps.get(i).description() + ")");
        }
        Objects.requireNonNull(expectedFingerprint, "expectedFingerprint");
        Objects.requireNonNull(check, "check");
    }

    public List<ApplyStep> transactionalSteps() {
        return steps.stream().filter(ApplyStep::transactional).toList();
    }

    public List<ApplyStep> nonTransactionalSteps() {
        return steps.stream().filter(s -> !s.transactional()).toList();
    }

    /**
     * One transaction and the non-transactional steps that run after its COMMIT.
     *
     * @param transactional    the steps of the transaction, in order (may be empty)
     * @param nonTransactional the steps that then run one by one outside a transaction, in order
     */
    public record Segment(List<ApplyStep> transactional, List<ApplyStep> nonTransactional) {
        public Segment {
            transactional = List.copyOf(transactional);
            nonTransactional = List.copyOf(nonTransactional);
        }

        /** The steps in the order they run: the transaction's, then the others. */
        public List<ApplyStep> runOrder() {
            List<ApplyStep> out = new ArrayList<>(transactional);
            out.addAll(nonTransactional);
            return out;
        }
    }

    /**
     * The steps cut before each transactional step marked {@link ApplyStep#commitBefore()} (a mark on the
     * first step is ignored). A plan without commit points is one segment: all transactional steps in one
     * transaction, then the others. Plans made from a fix script mark the first transactional step after a
     * non-transactional one, so that running a segment's transaction before its non-transactional steps
     * keeps the script's order.
     */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        List<ApplyStep> transactional = new ArrayList<>();
        List<ApplyStep> nonTransactional = new ArrayList<>();
        for (ApplyStep step : steps) {
            boolean cut = step.transactional() && step.commitBefore()
                    && !(transactional.isEmpty() && nonTransactional.isEmpty());
            if (cut) {
                out.add(new Segment(transactional, nonTransactional));
                transactional.clear();
                nonTransactional.clear();
            }
            (step.transactional() ? transactional : nonTransactional).add(step);
        }
        if (!transactional.isEmpty() || !nonTransactional.isEmpty()) {
            out.add(new Segment(transactional, nonTransactional));
        }
        return out;
    }

    /** Every step in the order the runner runs them (segment by segment). */
    public List<ApplyStep> runOrder() {
        return segments().stream().flatMap(s -> s.runOrder().stream()).toList();
    }
}
