package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits an ordered plan into what runs and what is held back: destructive statements unless the caller
 * allows them, and what waits for a held statement. The facts come from the statements
 * ({@link FixStatement.Facts}) and the target's recorded dependencies.
 *
 * @param run  what runs, in order
 * @param held what is held back, in the order it would have run (each with the hazard that says why)
 */
record HoldBack(List<FixStatement> run, List<FixStatement> held) {

    static HoldBack split(List<FixStatement> ordered, boolean allowDestructive, Catalog target,
                          Function<Catalog, DependencyIndex> indexes) {
        Set<ObjectKey> blocked = blockedByHeldBack(ordered, allowDestructive, target, indexes);
        List<FixStatement> run = new ArrayList<>();
        List<FixStatement> held = new ArrayList<>();
        for (FixStatement s : ordered) {
            if (s.destructive() && !allowDestructive) {
                held.add(s);
            } else if (blocked.contains(s.subject())) {
                held.add(s.withHazard(PlanContext.mayFail("held back: an object that depends on it must be dropped"
                        + " first, and that drop is held back")));
            } else {
                run.add(s);
            }
        }
        // A dependent dropped and created again only so that a change can be made (a column's type) waits with
        // that change when it is held back: created again from the reference over the unchanged object, it would
        // differ from both sides (a view's column types, a trigger's WHEN casts).
        holdWith(run, held, root -> "the change of " + root + " it makes way for", s -> s.facts().makesWayFor());
        // An object whose drop is held back is not created again (it is still there), and its comment, grants
        // and owner wait with it.
        Set<ObjectKey> recreated = new HashSet<>();
        ordered.forEach(s -> s.facts().recreates().ifPresent(recreated::add));
        holdWith(run, held, subject -> "the re-creation of " + subject, s -> s.facts().recreates()
                .or(() -> Optional.of(s.subject()).filter(recreated::contains)));
        return new HoldBack(List.copyOf(run), List.copyOf(held));
    }

    /**
     * Subjects whose statements must be held back because a destructive statement that is held back
     * stands in their way: a routine, view or column cannot be dropped or retyped while an object the
     * reference does not have (and whose drop is held back) still depends on it.
     */
    private static Set<ObjectKey> blockedByHeldBack(List<FixStatement> ordered, boolean allowDestructive, Catalog target,
                                                    Function<Catalog, DependencyIndex> indexes) {
        Set<ObjectKey> blocked = new TreeSet<>();
        if (allowDestructive) {
            return blocked;
        }
        DependencyIndex index = indexes.apply(target);
        Set<ObjectKey> heldDrops = new TreeSet<>();
        ordered.stream().filter(s -> s.destructive() && s.phase().drops()).forEach(s -> heldDrops.add(s.subject()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FixStatement s : ordered) {
                if (blocked.contains(s.subject()) || heldDrops.contains(s.subject()) || !freesSubject(s)) {
                    continue;
                }
                for (Dependency d : index.onOrWithin(s.subject())) {
                    if (d.enforced() && heldDrops.contains(d.dependent())) {
                        blocked.add(s.subject());
                        heldDrops.add(s.subject());
                        grew = true;
                        break;
                    }
                }
            }
        }
        return blocked;
    }

    /** A drop, or a new type: what the server refuses while something depends on the subject. */
    private static boolean freesSubject(FixStatement s) {
        return s.phase().drops() || s.facts().retypes();
    }

    /** Moves to {@code held} each statement that waits for a subject with a held statement. */
    private static void holdWith(List<FixStatement> run, List<FixStatement> held, Function<ObjectKey, String> reason,
                                 Function<FixStatement, Optional<ObjectKey>> waitsFor) {
        Set<ObjectKey> heldSubjects = new HashSet<>();
        held.forEach(s -> heldSubjects.add(s.subject()));
        List<FixStatement> keep = new ArrayList<>();
        for (FixStatement s : run) {
            Optional<ObjectKey> heldSubject = waitsFor.apply(s).filter(heldSubjects::contains);
            if (heldSubject.isPresent()) {
                held.add(s.withHazard(PlanContext.mayFail("held back with " + reason.apply(heldSubject.get()))));
            } else {
                keep.add(s);
            }
        }
        run.clear();
        run.addAll(keep);
    }
}
