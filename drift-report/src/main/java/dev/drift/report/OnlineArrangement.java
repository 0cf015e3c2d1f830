package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.CommentDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the statements of an online-safe plan ({@link PlanOptions#concurrentIndexes()},
 * {@link PlanOptions#validateSeparately()}) in the order of the script and marks where it must commit, keeping
 * every transactional statement that does not wait for a concurrent build in ONE transaction, so that a
 * replacement (a key, a foreign key, a view or a trigger dropped and created again) never leaves a gap:
 * <ol>
 *   <li>the concurrent drops of plain indexes (nothing depends on them; dropping them first also frees
 *       their names);</li>
 *   <li>the transaction of everything else;</li>
 *   <li>the concurrent builds, each on its own after that commit (what they index exists then);</li>
 *   <li>a transaction of what needs a concurrently built index: the {@code USING INDEX} attach, foreign
 *       keys onto the table of a new key, comments on the new indexes and keys;</li>
 *   <li>a transaction of the {@code VALIDATE CONSTRAINT}s, after the constraints were added.</li>
 * </ol>
 * A statement is marked {@link FixStatement#commitBefore()} where a new transaction starts after another
 * transactional statement, or after a non-transactional one (so that a runner that runs a transaction's
 * statements before the non-transactional ones that follow it keeps this order). What was built concurrently
 * is what the non-transactional statements that are not drops create (their subject and
 * {@link FixStatement.Facts#creates()}); a plan with none of these, and no validation, is returned as it is.
 */
final class OnlineArrangement {
    private OnlineArrangement() {
    }

    static List<FixStatement> arrange(List<FixStatement> ordered, Catalog reference,
                                      Function<Catalog, DependencyIndex> indexes) {
        Set<ObjectKey> builtConcurrently = new HashSet<>();
        // Tables that get a unique index or key built concurrently: foreign keys onto them wait for it.
        Set<ObjectKey> uniqueBuiltOn = new HashSet<>();
        boolean validations = false;
        for (FixStatement s : ordered) {
            validations |= s.phase() == Phase.VALIDATE_CONSTRAINTS;
            if (!s.transactional() && !s.phase().drops()) {
                builtConcurrently.add(s.subject());
                builtConcurrently.addAll(s.facts().creates());
                for (ObjectKey built : s.facts().creates()) {
                    if (reference.find(built).orElse(null) instanceof IndexDef i && i.unique()) {
                        uniqueBuiltOn.add(built.table().orElseThrow());
                    }
                }
            }
        }
        if (builtConcurrently.isEmpty() && !validations && ordered.stream().allMatch(FixStatement::transactional)) {
            return ordered;
        }
        List<FixStatement> drops = new ArrayList<>();
        List<FixStatement> main = new ArrayList<>();
        List<FixStatement> builds = new ArrayList<>();
        List<FixStatement> afterBuilds = new ArrayList<>();
        List<FixStatement> validating = new ArrayList<>();
        // What waits for a build, growing as statements move: what comes later may wait for those in turn
        // (the order is already by dependencies, so one pass sees every provider before its dependents).
        Set<ObjectKey> waiting = new HashSet<>(builtConcurrently);
        DependencyIndex uses = indexes.apply(reference);
        for (FixStatement s : ordered) {
            if (!s.transactional()) {
                (s.phase().drops() ? drops : builds).add(s);
            } else if (s.phase() == Phase.VALIDATE_CONSTRAINTS) {
                validating.add(s);
            } else if (waitsForBuild(s, waiting, uniqueBuiltOn, reference, uses)) {
                waiting.add(s.subject());
                afterBuilds.add(s);
            } else {
                main.add(s);
            }
        }
        List<FixStatement> out = new ArrayList<>(ordered.size());
        out.addAll(drops);
        for (List<FixStatement> group : List.of(main, builds, afterBuilds, validating)) {
            for (int i = 0; i < group.size(); i++) {
                FixStatement s = group.get(i);
                boolean first = i == 0 && !out.isEmpty();
                boolean afterNonTransactional = !out.isEmpty() && !out.get(out.size() - 1).transactional();
                out.add(s.transactional() && !s.commitBefore() && (first || afterNonTransactional) ? s.withCommitBefore() : s);
            }
        }
        return out;
    }

    /**
     * Whether a transactional statement waits for an index this plan builds concurrently, or for a statement
     * that does ({@code waiting}): it attaches the index ({@code USING INDEX}) or changes what waits, it is a
     * foreign key onto the table of a new key, it comments on what waits, or the reference records that its
     * subject depends on what waits.
     */
    private static boolean waitsForBuild(FixStatement s, Set<ObjectKey> waiting, Set<ObjectKey> uniqueBuiltOn,
                                         Catalog reference, DependencyIndex uses) {
        if (s.phase().drops() || waiting.isEmpty()) {
            return false;
        }
        ObjectKey subject = s.subject();
        if (waiting.contains(subject)) {
            return true;
        }
        Optional<DbObject> object = reference.find(subject);
        if (object.filter(o -> o instanceof CommentDef c && waiting.contains(c.subject())).isPresent()) {
            return true;
        }
        boolean ontoNewKey = object.filter(o -> o instanceof ConstraintDef fk && fk.references()
                .filter(uniqueBuiltOn::contains).isPresent()).isPresent();
        return ontoNewKey || uses.of(subject).stream().anyMatch(d -> waiting.contains(d.referenced()));
    }
}
