package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one list of {@link KindPlanner}s, and the dispatch from an object or a change to its kind's planner. A
 * new kind of object adds its planner here; {@code KindPlannersTest} fails while a kind or a model record
 * has none.
 */
final class KindPlanners {

    private static final Map<ObjectKind, KindPlanner<?>> BY_KIND = byKind(List.of(
            new SchemaPlanner(), new SequencePlanner(), new TablePlanner(), new ColumnPlanner(),
            new ConstraintPlanner(), new IndexPlanner(), new ViewPlanner(), new MaterializedViewPlanner(),
            new RoutinePlanner(), new AggregatePlanner(), new TriggerPlanner(), new ExtensionPlanner(),
            new CollationPlanner(), new TypePlanner(), new InheritancePlanner(), new RowSecurityPlanner(), new PolicyPlanner(),
            new OwnerPlanner(), new CommentPlanner(), new PrivilegePlanner(), new DefaultPrivilegePlanner()));

    private KindPlanners() {
    }

    private static Map<ObjectKind, KindPlanner<?>> byKind(List<KindPlanner<?>> planners) {
        Map<ObjectKind, KindPlanner<?>> out = new EnumMap<>(ObjectKind.class);
        for (KindPlanner<?> p : planners) {
            if (out.put(p.kind(), p) != null) {
                throw new IllegalStateException("two planners for " + p.kind());
            }
        }
        return out;
    }

    /** Every planner, one per kind. */
    static Collection<KindPlanner<?>> all() {
        return BY_KIND.values();
    }

    /** The planner of a kind. */
    static KindPlanner<?> of(ObjectKind kind) {
        KindPlanner<?> planner = BY_KIND.get(kind);
        if (planner == null) {
            throw new IllegalStateException("no planner for the kind " + kind);
        }
        return planner;
    }

    /** The statements for one change: create what is missing, drop what is unexpected, alter what changed. */
    static Planned plan(Change change, PlanContext context) {
        if (change instanceof Change.Missing m) {
            return create(m.object(), context);
        } else if (change instanceof Change.Unexpected u) {
            return drop(u.object(), context);
        }
        return alter((Change.Changed) change, context);
    }

    static Planned create(DbObject object, PlanContext context) {
        return create(of(object.key().kind()), object, context);
    }

    private static <T extends DbObject> Planned create(KindPlanner<T> p, DbObject object, PlanContext context) {
        return p.create(p.type().cast(object), context);
    }

    static Planned drop(DbObject object, PlanContext context) {
        return drop(of(object.key().kind()), object, context);
    }

    private static <T extends DbObject> Planned drop(KindPlanner<T> p, DbObject object, PlanContext context) {
        return p.drop(p.type().cast(object), context);
    }

    static Planned alter(Change.Changed change, PlanContext context) {
        return alter(of(change.key().kind()), change, context);
    }

    private static <T extends DbObject> Planned alter(KindPlanner<T> p, Change.Changed change, PlanContext context) {
        return p.alter(change, p.type().cast(change.reference()), p.type().cast(change.target()), context);
    }

    static boolean needsRecreate(Change.Changed change) {
        return needsRecreate(of(change.key().kind()), change);
    }

    private static <T extends DbObject> boolean needsRecreate(KindPlanner<T> p, Change.Changed change) {
        return p.needsRecreate(p.type().cast(change.reference()), p.type().cast(change.target()));
    }

    static Optional<String> cannotRebuild(DbObject target, PlanContext context) {
        return cannotRebuild(of(target.key().kind()), target, context);
    }

    private static <T extends DbObject> Optional<String> cannotRebuild(KindPlanner<T> p, DbObject target,
                                                                       PlanContext context) {
        return p.cannotRebuild(p.type().cast(target), context);
    }

    static boolean refusedWhileUsed(Change.Changed change) {
        return of(change.key().kind()).refusedWhileUsed(change);
    }

    static Optional<String> cannotRecreate(DbObject target) {
        return cannotRecreate(of(target.key().kind()), target);
    }

    private static <T extends DbObject> Optional<String> cannotRecreate(KindPlanner<T> p, DbObject target) {
        return p.cannotRecreate(p.type().cast(target));
    }

    static KindPlanner.Recreation recreate(DbObject target, Optional<DbObject> reference, Hazard why,
                                           Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return recreate(of(target.key().kind()), target, reference, why, rebuiltAnyway, context);
    }

    private static <T extends DbObject> KindPlanner.Recreation recreate(KindPlanner<T> p, DbObject target,
            Optional<DbObject> reference, Hazard why, Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return p.recreate(p.type().cast(target), reference.map(p.type()::cast), why, rebuiltAnyway, context);
    }

    // ---- how comments, grants and owners name an object

    static String commentTarget(ObjectKey subject) {
        return of(subject.kind()).commentTarget(subject);
    }

    static String grantTarget(ObjectKey subject) {
        return of(subject.kind()).grantTarget(subject);
    }

    static String privilegeList(ObjectKey subject, List<String> privileges) {
        return of(subject.kind()).privilegeList(subject, privileges);
    }

    static String ownerTarget(ObjectKey subject, Catalog reference) {
        return of(subject.kind()).ownerTarget(subject, reference);
    }

    static List<String> grantedToPublicOnCreate(ObjectKey subject) {
        return of(subject.kind()).grantedToPublicOnCreate();
    }
}
