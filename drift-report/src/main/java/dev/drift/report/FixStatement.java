package dev.drift.report;

import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement of a fix script.
 *
 * @param phase         where it runs in the script's fixed phase order
 * @param subject       the object it creates, changes or drops
 * @param sql           the statement, without the closing semicolon
 * @param transactional whether it may run inside a transaction block; {@code false} for the
 *                      {@code CONCURRENTLY} forms, which run on their own, after what came before is committed
 * @param hazards       the risks it carries; a {@link Hazard.Kind#DATA_LOSS} makes it destructive
 * @param commitBefore  whether what came before must be committed first: it uses an enum value the script
 *                      adds, which PostgreSQL lets no transaction use before the adding one commits; it
 *                      validates a constraint added {@code NOT VALID} earlier in the script (the lock of the
 *                      ADD is released before the scan); or it is the first transactional statement after a
 *                      non-transactional one (the script's order is kept by runners that run a transaction's
 *                      statements before the non-transactional ones that follow it)
 * @param facts         what the passes after planning need to know of it besides its phase, subject and text
 */
public record FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards,
                           boolean commitBefore, Facts facts) {

    public FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards) {
        this(phase, subject, sql, transactional, hazards, false, Facts.NONE);
    }

    public FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards,
                        boolean commitBefore) {
        this(phase, subject, sql, transactional, hazards, commitBefore, Facts.NONE);
    }

    public FixStatement {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sql, "sql");
        hazards = List.copyOf(hazards);
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * What the passes after planning (dependency order, holding back, the online arrangement, commit points)
     * know of a statement besides its phase, subject and text. The planner of the statement's kind states them
     * when it writes the statement, so that no pass depends on what a planner remembered.
     *
     * @param creates           what exists once it has run besides its subject (the index a key is built on
     *                          before it is attached)
     * @param needs             what must exist before it runs although the catalog records no dependency on it
     *                          (the column a sequence becomes {@code OWNED BY})
     * @param retypes           whether it changes its subject's type, which PostgreSQL refuses, as it refuses a
     *                          drop, while another object depends on the subject
     * @param recreates         the object it helps drop and create again: its subject, or, for a comment, grant
     *                          or owner applied again after, the object they describe. It waits for whatever of
     *                          that object is held back
     * @param makesWayFor       the change it makes way for (a view dropped and created again around the new type
     *                          of a column it reads): it is held back when that change is
     * @param usableAfterCommit how later statements write what it adds (a new enum value:
     *                          {@code 'gold'::public.tier}), which no transaction may use before the adding one
     *                          commits
     */
    public record Facts(Set<ObjectKey> creates, Set<ObjectKey> needs, boolean retypes, Optional<ObjectKey> recreates,
                        Optional<ObjectKey> makesWayFor, List<String> usableAfterCommit) {

        /** Nothing beyond the statement's phase, subject and text. */
        public static final Facts NONE = new Facts(Set.of(), Set.of(), false, Optional.empty(), Optional.empty(),
                List.of());

        public Facts {
            creates = sorted(creates, "creates");
            needs = sorted(needs, "needs");
            Objects.requireNonNull(recreates, "recreates");
            Objects.requireNonNull(makesWayFor, "makesWayFor");
            usableAfterCommit = List.copyOf(usableAfterCommit);
        }

        private static Set<ObjectKey> sorted(Set<ObjectKey> keys, String field) {
            return keys.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSortedSet(
                    new TreeSet<>(Objects.requireNonNull(keys, field)));
        }
    }

    /** The same statement, to run only after what came before is committed. */
    public FixStatement withCommitBefore() {
        return new FixStatement(phase, subject, sql, transactional, hazards, true, facts);
    }

    /** The same statement with one more hazard. */
    public FixStatement withHazard(Hazard hazard) {
        List<Hazard> all = new ArrayList<>(hazards);
        all.add(hazard);
        return withHazards(all);
    }

    /** The same statement with these hazards instead of its own (its facts are kept). */
    public FixStatement withHazards(List<Hazard> value) {
        return new FixStatement(phase, subject, sql, transactional, value, commitBefore, facts);
    }

    /** The same statement, creating {@code key} too (see {@link Facts#creates()}). */
    FixStatement creating(ObjectKey key) {
        Set<ObjectKey> all = new TreeSet<>(facts.creates());
        all.add(key);
        return with(new Facts(all, facts.needs(), facts.retypes(), facts.recreates(), facts.makesWayFor(),
                facts.usableAfterCommit()));
    }

    /** The same statement, waiting for {@code key} to exist (see {@link Facts#needs()}). */
    FixStatement needing(ObjectKey key) {
        Set<ObjectKey> all = new TreeSet<>(facts.needs());
        all.add(key);
        return with(new Facts(facts.creates(), all, facts.retypes(), facts.recreates(), facts.makesWayFor(),
                facts.usableAfterCommit()));
    }

    /** The same statement, changing its subject's type (see {@link Facts#retypes()}). */
    FixStatement retyping() {
        return with(new Facts(facts.creates(), facts.needs(), true, facts.recreates(), facts.makesWayFor(),
                facts.usableAfterCommit()));
    }

    /** The same statement, part of dropping and creating {@code key} again (see {@link Facts#recreates()}). */
    FixStatement recreating(ObjectKey key) {
        return with(new Facts(facts.creates(), facts.needs(), facts.retypes(), Optional.of(key), facts.makesWayFor(),
                facts.usableAfterCommit()));
    }

    /** The same statement, making way for the change of {@code key} (see {@link Facts#makesWayFor()}). */
    FixStatement makingWayFor(ObjectKey key) {
        return with(new Facts(facts.creates(), facts.needs(), facts.retypes(), facts.recreates(), Optional.of(key),
                facts.usableAfterCommit()));
    }

    /** The same statement, adding what later statements write in these forms (see {@link Facts#usableAfterCommit()}). */
    FixStatement usableAfterCommit(List<String> forms) {
        return with(new Facts(facts.creates(), facts.needs(), facts.retypes(), facts.recreates(), facts.makesWayFor(),
                forms));
    }

    private FixStatement with(Facts value) {
        return new FixStatement(phase, subject, sql, transactional, hazards, commitBefore, value);
    }

    /** Whether running it can lose data: such statements are held back unless the caller allows them. */
    public boolean destructive() {
        return hazards.stream().anyMatch(h -> h.kind() == Hazard.Kind.DATA_LOSS);
    }

    /** The statement as it appears in a script, with its semicolon. */
    public String toSql() {
        return sql + ";";
    }
}
