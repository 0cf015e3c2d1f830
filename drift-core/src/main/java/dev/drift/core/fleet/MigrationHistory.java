package dev.drift.core.fleet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations a tenant has applied, as its migration tool recorded them: Flyway's
 * {@code flyway_schema_history} or Liquibase's {@code databasechangelog}.
 *
 * @param tool    which tool wrote the history
 * @param applied the migrations applied successfully, in the order the tool applies them
 */
public record MigrationHistory(Tool tool, List<Migration> applied) {

    /** The migration tool whose history table was read. */
    public enum Tool { FLYWAY, LIQUIBASE }

    /**
     * One applied migration.
     *
     * @param id          what identifies it: Flyway's version ({@code 3.1}), or Liquibase's
     *                    {@code filename::id::author}
     * @param description what it does, as recorded
     */
    public record Migration(String id, String description) {
        public Migration {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
        }

        /** {@code V3 (add external id)} for Flyway-style ids, the id and description otherwise. */
        public String describe(Tool tool) {
            String name = tool == Tool.FLYWAY ? "V" + id : id;
            return description.isEmpty() ? name : name + " (" + description + ")";
        }
    }

    public MigrationHistory {
        Objects.requireNonNull(tool, "tool");
        applied = List.copyOf(applied);
    }

    /** The ids of the applied migrations, in order. */
    public Set<String> ids() {
        Set<String> out = new LinkedHashSet<>();
        applied.forEach(m -> out.add(m.id()));
        return out;
    }

    /** The migration applied last. */
    public Optional<Migration> latest() {
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1));
    }
}
