package dev.drift.report;

import dev.drift.core.CommentDef;
import dev.drift.core.Sql;

/** {@code COMMENT ON ... IS} for every kind of object; a comment the reference lacks is set to NULL. */
final class CommentDdl {
    private final PlanContext context;

    CommentDdl(PlanContext context) {
        this.context = context;
    }

    void set(CommentDef comment) {
        context.add(Phase.COMMENTS, comment.key(), sql(comment));
    }

    /** {@code COMMENT ON <subject> IS '<text>'}. */
    static String sql(CommentDef comment) {
        return "COMMENT ON " + SubjectSql.commentTarget(comment.subject()) + " IS " + Sql.literal(comment.text());
    }

    void remove(CommentDef comment) {
        if (!context.goesAway(comment.subject())) {
            context.add(Phase.COMMENTS, comment.key(), "COMMENT ON " + SubjectSql.commentTarget(comment.subject())
                    + " IS NULL");
        }
    }
}
