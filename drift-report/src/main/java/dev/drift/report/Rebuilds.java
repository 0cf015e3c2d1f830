package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must be dropped and created again. Some changes cannot be made in place (a function's result
 * type, a view's columns, any materialized view: {@link KindPlanner#needsRecreate}); some changes are refused
 * while something depends on the object (a column's type under a view, a dropped function that a default calls:
 * {@link KindPlanner#refusedWhileUsed}). The server's recorded dependencies of the target say what stands in
 * the way: each such dependent is dropped before and created again (from the reference) after, transitively
 * (views on views), by its kind's {@link KindPlanner#recreate}.
 */
final class Rebuilds {

    /**
     * @param statements  the drops and creations of the rebuilt objects; each one that makes way for another
     *                    change says which ({@link FixStatement.Facts#makesWayFor()}: held back when that change is)
     * @param handled     keys whose changes the rebuild takes care of (the planner skips them)
     * @param unsupported what cannot be rebuilt, each a sentence
     */
    record Result(List<FixStatement> statements, Set<ObjectKey> handled, List<String> unsupported) {
    }

    private final PlanContext context;
    private final Catalog target;
    private final DependencyIndex targetIndex;
    private final Set<ObjectKey> unexpectedTables = new HashSet<>();
    private final List<FixStatement> statements = new ArrayList<>();
    private final Set<ObjectKey> handled = new HashSet<>();
    private final List<String> unsupported = new ArrayList<>();
    /** Target objects to drop and create again, with why. */
    private final Map<ObjectKey, String> rebuilt = new HashMap<>();
    /** Each dependent with the object whose drop or change made it a rebuild. */
    private final Map<ObjectKey, ObjectKey> cause = new HashMap<>();

    private Rebuilds(PlanContext context) {
        this.context = context;
        this.target = context.target;
        this.targetIndex = context.dependencyIndexes.apply(context.target);
        for (Change c : context.diff.changes()) {
            if (c instanceof Change.Unexpected u && u.key().kind().isRelation()) {
                unexpectedTables.add(ObjectKey.table(u.key().schema(), u.key().name()));
            }
        }
    }

    static Result plan(PlanContext context) {
        Rebuilds r = new Rebuilds(context);
        r.run();
        Map<ObjectKey, ObjectKey> roots = new HashMap<>();
        for (ObjectKey key : r.rebuilt.keySet()) {
            ObjectKey root = key;
            while (r.cause.containsKey(root)) {
                root = r.cause.get(root);
            }
            if (!root.equals(key)) {
                roots.put(key, root);
            }
        }
        List<FixStatement> statements = new ArrayList<>();
        for (FixStatement s : r.statements) {
            ObjectKey root = roots.get(s.subject());
            statements.add(root == null ? s : s.makingWayFor(root));
        }
        return new Result(statements, Set.copyOf(r.handled), List.copyOf(r.unsupported));
    }

    private void run() {
        Deque<ObjectKey> freed = new ArrayDeque<>();
        for (Change c : context.diff.changes()) {
            if (c instanceof Change.Unexpected) {
                freed.add(c.key());
            } else if (c instanceof Change.Changed changed) {
                if (KindPlanners.needsRecreate(changed)) {
                    Optional<String> refusal = KindPlanners.cannotRebuild(changed.target(), context);
                    if (refusal.isPresent()) {
                        unsupported.add(refusal.get());
                        handled.add(c.key()); // left whole: nothing is dropped to make way for it
                        continue;
                    }
                    rebuilt.put(c.key(), "PostgreSQL cannot change it in place");
                    freed.add(c.key());
                } else if (KindPlanners.refusedWhileUsed(changed)) {
                    freed.add(c.key());
                }
            }
        }
        Set<ObjectKey> seen = new HashSet<>(freed);
        Set<ObjectKey> blocked = new TreeSet<>();
        while (!freed.isEmpty()) {
            ObjectKey key = freed.poll();
            for (Dependency d : targetIndex.onOrWithin(key)) {
                if (!d.enforced()) {
                    continue;
                }
                ObjectKey dependent = d.dependent();
                if (key.kind() == ObjectKind.SEQUENCE && dependent.kind() == ObjectKind.COLUMN) {
                    continue; // a default on a dropped sequence: the column's own change drops it first
                }
                if (goesAnyway(dependent)) {
                    continue;
                }
                if (!seen.add(dependent)) {
                    // Already rebuilt (e.g. a view whose own change is its column's new type): it still waits
                    // for this change when that is held back.
                    if (!cause.containsKey(dependent) && !causedBy(key, dependent)) {
                        cause.put(dependent, key);
                    }
                    continue;
                }
                cause.put(dependent, key);
                Optional<String> refusal = target.find(dependent).map(KindPlanners::cannotRecreate)
                        .orElseGet(() -> Optional.of(dependent.kind().label()));
                if (refusal.isPresent()) {
                    // The change that needs the dependent out of the way cannot be made: leave it whole.
                    unsupported.add(key + " cannot be dropped or changed while " + dependent + " depends on it, and Drift"
                            + " does not drop and create again a " + refusal.get());
                    for (ObjectKey k = key; k != null; k = cause.get(k)) {
                        blocked.add(k);
                    }
                    continue;
                }
                rebuilt.putIfAbsent(dependent, "it depends on " + key + ", which the fix drops or changes");
                freed.add(dependent);
            }
        }
        for (ObjectKey key : new TreeSet<>(rebuilt.keySet())) {
            for (ObjectKey k = key; k != null; k = cause.get(k)) {
                if (blocked.contains(k)) {
                    rebuilt.remove(key);
                    break;
                }
            }
        }
        handled.addAll(blocked);
        for (ObjectKey key : new TreeSet<>(rebuilt.keySet())) {
            DbObject old = target.find(key).orElseThrow();
            KindPlanner.Recreation recreation = KindPlanners.recreate(old, context.reference.find(key),
                    new Hazard(Hazard.Kind.RECREATED, rebuilt.get(key)), rebuilt::containsKey, context);
            statements.addAll(recreation.planned().statements());
            unsupported.addAll(recreation.planned().unsupported());
            handled.addAll(recreation.takesCareOf());
        }
    }

    /** Whether {@code key} is rebuilt, directly or through others, because of {@code root}. */
    private boolean causedBy(ObjectKey key, ObjectKey root) {
        for (ObjectKey k = key; k != null; k = cause.get(k)) {
            if (k.equals(root)) {
                return true;
            }
        }
        return false;
    }

    /** Dropped by the plan anyway: itself or its table is unexpected. */
    private boolean goesAnyway(ObjectKey key) {
        return context.change(key).orElse(null) instanceof Change.Unexpected
                || key.table().filter(unexpectedTables::contains).isPresent();
    }
}
