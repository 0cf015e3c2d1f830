package dev.drift.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the first statement that uses an enum value added earlier in the script to run after a commit:
 * PostgreSQL refuses a new enum value in the transaction that added it ("unsafe use of new value"). The
 * statements that add values say how later statements write them ({@link FixStatement.Facts#usableAfterCommit()}).
 * Runs on the final order, after the online arrangement.
 */
final class CommitPoints {
    private CommitPoints() {
    }

    static List<FixStatement> forNewValues(List<FixStatement> ordered) {
        if (ordered.stream().allMatch(s -> s.facts().usableAfterCommit().isEmpty())) {
            return ordered;
        }
        List<FixStatement> out = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        for (FixStatement s : ordered) {
            if (!s.transactional()) {
                pending.clear(); // runs on its own, after a commit
            }
            if (!pending.isEmpty() && pending.stream().anyMatch(s.sql()::contains)) {
                s = s.withCommitBefore();
                pending.clear();
            }
            pending.addAll(s.facts().usableAfterCommit());
            out.add(s);
        }
        return out;
    }
}
