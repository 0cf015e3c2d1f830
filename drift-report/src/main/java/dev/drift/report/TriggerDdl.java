package dev.drift.report;

import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;
import dev.drift.core.TriggerDef;
import java.util.ArrayList;
import java.util.List;

/**
 * DDL of triggers. A changed definition is {@code CREATE OR REPLACE TRIGGER} (PostgreSQL 14+), except
 * for constraint triggers, which that cannot replace: they are dropped and created again. The enabled
 * state is {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}.
 */
final class TriggerDdl {
    private TriggerDdl() {
    }

    /** The trigger and, when it is not enabled the default way, the statement that sets its state. */
    static List<FixStatement> create(TriggerDef trigger) {
        List<FixStatement> out = new ArrayList<>();
        out.add(new FixStatement(Phase.TRIGGERS, trigger.key(), trigger.definition(), true, List.of()));
        if (trigger.enabled() != TriggerDef.Enabled.ORIGIN) {
            out.add(enable(trigger));
        }
        return out;
    }

    static FixStatement drop(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_TRIGGERS, key, "DROP TRIGGER " + Sql.ident(key.name()) + " ON "
                + Ddl.parentTable(key), true, List.of(hazards));
    }

    static boolean needsRecreate(TriggerDef reference, TriggerDef target) {
        return !reference.definition().equals(target.definition())
                && (reference.constraintTrigger() || target.constraintTrigger());
    }

    static List<FixStatement> alter(TriggerDef reference, TriggerDef target) {
        List<FixStatement> out = new ArrayList<>();
        boolean replaced = !reference.definition().equals(target.definition());
        if (replaced) {
            String sql = "CREATE OR REPLACE TRIGGER" + reference.definition().substring("CREATE TRIGGER".length());
            out.add(new FixStatement(Phase.TRIGGERS, reference.key(), sql, true, List.of()));
        }
        // Replacing a trigger may reset its state: set it whenever the reference's is not the default.
        if (reference.enabled() != target.enabled() || (replaced && reference.enabled() != TriggerDef.Enabled.ORIGIN)) {
            out.add(enable(reference));
        }
        return out;
    }

    private static FixStatement enable(TriggerDef trigger) {
        String action = switch (trigger.enabled()) {
            case ORIGIN -> "ENABLE";
            case DISABLED -> "DISABLE";
            case REPLICA -> "ENABLE REPLICA";
            case ALWAYS -> "ENABLE ALWAYS";
        };
        return new FixStatement(Phase.TRIGGERS, trigger.key(), Ddl.alterTable(trigger.key()) + " " + action + " TRIGGER "
                + Sql.ident(trigger.key().name()), true, List.of());
    }
}
