package dev.drift.report;

import dev.drift.core.ObjectKey;
import java.util.List;
import java.util.Objects;

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
 */
public record FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards,
                           boolean commitBefore) {

    public FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards) {
        this(phase, subject, sql, transactional, hazards, false);
    }

    public FixStatement {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sql, "sql");
        hazards = List.copyOf(hazards);
    }

    /** The same statement, to run only after what came before is committed. */
    public FixStatement withCommitBefore() {
        return new FixStatement(phase, subject, sql, transactional, hazards, true);
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
