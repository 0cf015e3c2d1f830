package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.CommentDef;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.PrivilegeDef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an object loses when the plan drops and creates it again (a view, routine, type, policy, index or
 * constraint rebuilt, a generated column added again): its comment, its grants (back to PostgreSQL's
 * built-in defaults) and its owner (the role that runs the script becomes the owner). They are applied
 * again after the object is created: the reference's where the diff says the attribute differs, else the
 * target's. So attributes the comparison leaves out (owners by default, or comments and grants when they
 * are ignored) keep what the object had instead of being lost or silently changed, and attribute changes
 * of such a subject are planned here only, once.
 */
final class RecreatedAttributes {
    private final PlanContext context;
    private final Set<ObjectKey> recreated;
    private final Set<ObjectKey> changedAttributes = new HashSet<>();

    /** @param recreated what the plan drops and creates again ({@link FixStatement.Facts#recreates()}) */
    RecreatedAttributes(PlanContext context, Set<ObjectKey> recreated) {
        this.context = context;
        this.recreated = new TreeSet<>(recreated);
        for (Change c : context.diff.changes()) {
            if (c.key().kind().isAttribute()) {
                changedAttributes.add(c.key());
            }
        }
    }

    /** The subjects, sorted. */
    Set<ObjectKey> subjects() {
        return recreated;
    }

    /** Whether an attribute change is taken care of by applying the attributes of its recreated subject again. */
    boolean covers(Change change) {
        DbObject object = change instanceof Change.Changed c ? c.reference()
                : change instanceof Change.Missing m ? m.object() : ((Change.Unexpected) change).object();
        return subjectOf(object).filter(s -> recreated.stream().anyMatch(r -> describes(r, s))).isPresent();
    }

    /**
     * The comment, grants and owner of one recreated subject (and of its columns), applied again; each statement
     * {@link FixStatement.Facts#recreates() recreates} the subject, so it waits with it when it is held back.
     */
    Planned reapply(ObjectKey subject) {
        Set<ObjectKey> keys = new TreeSet<>();
        for (Catalog catalog : new Catalog[] {context.reference, context.target}) {
            for (DbObject o : catalog.objects()) {
                if (subjectOf(o).filter(s -> describes(subject, s)).isPresent()) {
                    keys.add(o.key());
                }
            }
        }
        Planned.Builder out = Planned.builder();
        boolean publicKeepsDefault = false;
        for (ObjectKey key : keys) {
            Optional<DbObject> wanted = changedAttributes.contains(key) ? context.reference.find(key) : context.target.find(key);
            if (wanted.isEmpty()) {
                continue;
            }
            DbObject attribute = wanted.get();
            if (attribute instanceof CommentDef c) {
                out.add(CommentPlanner.set(c));
            } else if (attribute instanceof PrivilegeDef p) {
                out.add(PrivilegePlanner.grant(p, true));
                publicKeepsDefault |= p.subject().equals(subject) && p.grantee().equals(PrivilegeDef.PUBLIC);
            } else if (attribute instanceof OwnerDef o) {
                out.add(OwnerPlanner.set(o, context));
            }
        }
        out.add(PrivilegePlanner.afterCreate(subject, publicKeepsDefault));
        return out.build().map(s -> s.recreating(subject));
    }

    private static Optional<ObjectKey> subjectOf(DbObject o) {
        if (o instanceof CommentDef c) {
            return Optional.of(c.subject());
        } else if (o instanceof PrivilegeDef p) {
            return Optional.of(p.subject());
        } else if (o instanceof OwnerDef w) {
            return Optional.of(w.subject());
        }
        return Optional.empty();
    }

    /** Whether an attribute of {@code attributeSubject} goes with {@code recreated}: itself, or a column of it. */
    private static boolean describes(ObjectKey recreated, ObjectKey attributeSubject) {
        return attributeSubject.equals(recreated) || (recreated.kind().isRelation()
                && attributeSubject.kind() == ObjectKind.COLUMN && attributeSubject.schema().equals(recreated.schema())
                && attributeSubject.parent().equals(Optional.of(recreated.name())));
    }
}
