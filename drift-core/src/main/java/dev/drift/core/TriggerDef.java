package dev.drift.core;

import java.util.Objects;

/**
 * A trigger of a table or view (internal triggers, such as those behind foreign keys, and the clones a
 * partition inherits from its parent are not listed).
 *
 * @param key        the trigger's key (parent: its table or view)
 * @param definition the statement as {@code pg_get_triggerdef} renders it: timing, events, {@code UPDATE OF}
 *                   columns, {@code FOR EACH ROW/STATEMENT}, {@code WHEN}, transition tables, constraint
 *                   trigger deferrability and the function with its arguments
 * @param enabled    when it fires ({@code ALTER TABLE ... ENABLE/DISABLE TRIGGER})
 */
public record TriggerDef(ObjectKey key, String definition, Enabled enabled) implements DbObject {

    /** {@code pg_trigger.tgenabled}. */
    public enum Enabled {
        /** Fires in origin and local sessions (the default). */
        ORIGIN,
        DISABLED,
        /** Fires only when {@code session_replication_role} is {@code replica}. */
        REPLICA,
        ALWAYS
    }

    public TriggerDef {
        Keys.require(key, ObjectKind.TRIGGER);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(enabled, "enabled");
    }

    /** Whether it is a {@code CONSTRAINT TRIGGER} (which {@code CREATE OR REPLACE TRIGGER} cannot replace). */
    public boolean constraintTrigger() {
        return definition.startsWith("CREATE CONSTRAINT TRIGGER");
    }
}
