package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.CommentDef;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;

/**
 * {@code COMMENT ON ... IS} for every kind of object (the subject's kind says how it is named); a comment the
 * reference lacks is set to NULL.
 */
final class CommentPlanner extends KindPlanner<CommentDef> {

    CommentPlanner() {
        super(ObjectKind.COMMENT, CommentDef.class);
    }

    @Override
    Planned create(CommentDef comment, PlanContext context) {
        return set(comment);
    }

    static Planned set(CommentDef comment) {
        return Planned.of(Phase.COMMENTS, comment.key(), "COMMENT ON " + KindPlanners.commentTarget(comment.subject())
                + " IS " + Sql.literal(comment.text()));
    }

    @Override
    Planned drop(CommentDef comment, PlanContext context) {
        if (context.goesAway(comment.subject())) {
            return Planned.NOTHING;
        }
        return Planned.of(Phase.COMMENTS, comment.key(), "COMMENT ON " + KindPlanners.commentTarget(comment.subject())
                + " IS NULL");
    }

    @Override
    Planned alter(Change.Changed change, CommentDef reference, CommentDef target, PlanContext context) {
        return set(reference);
    }
}
