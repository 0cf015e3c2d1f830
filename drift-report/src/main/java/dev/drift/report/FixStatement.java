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
 * @param transactional whether it may run inside a transaction block
 * @param hazards       the risks it carries; a {@link Hazard.Kind#DATA_LOSS} makes it destructive
 */
public record FixStatement(Phase phase, ObjectKey subject, String sql, boolean transactional, List<Hazard> hazards) {

    public FixStatement {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sql, "sql");
        hazards = List.copyOf(hazards);
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
