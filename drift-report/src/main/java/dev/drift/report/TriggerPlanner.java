package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import dev.drift.core.TriggerDef;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Triggers. A changed definition is {@code CREATE OR REPLACE TRIGGER} (PostgreSQL 14+), except for constraint
 * triggers, which that cannot replace: they are dropped and created again. The enabled state is
 * {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}; {@code DROP TRIGGER} is destructive (what it did stops).
 */
final class TriggerPlanner extends KindPlanner<TriggerDef> {

    TriggerPlanner() {
        super(ObjectKind.TRIGGER, TriggerDef.class);
    }

    @Override
    Planned create(TriggerDef trigger, PlanContext context) {
        return createStatements(trigger);
    }

    /** The trigger and, when it is not enabled the default way, the statement that sets its state. */
    static Planned createStatements(TriggerDef trigger) {
        Planned.Builder out = Planned.builder().add(Phase.TRIGGERS, trigger.key(), trigger.definition());
        if (trigger.enabled() != TriggerDef.Enabled.ORIGIN) {
            out.add(enable(trigger));
        }
        return out.build();
    }

    @Override
    Planned drop(TriggerDef trigger, PlanContext context) {
        return Planned.of(dropStatement(trigger.key(), PlanContext.dataLoss(
                "drops a trigger the reference does not have; what it did stops")));
    }

    private static FixStatement dropStatement(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_TRIGGERS, key, "DROP TRIGGER " + Sql.ident(key.name()) + " ON "
                + Ddl.parentTable(key), true, List.of(hazards));
    }

    @Override
    boolean needsRecreate(TriggerDef reference, TriggerDef target) {
        return !reference.definition().equals(target.definition())
                && (reference.constraintTrigger() || target.constraintTrigger());
    }

    @Override
    Planned alter(Change.Changed change, TriggerDef reference, TriggerDef target, PlanContext context) {
        Planned.Builder out = Planned.builder();
        boolean replaced = !reference.definition().equals(target.definition());
        if (replaced) {
            out.add(Phase.TRIGGERS, reference.key(),
                    "CREATE OR REPLACE TRIGGER" + reference.definition().substring("CREATE TRIGGER".length()));
        }
        // Replacing a trigger may reset its state: set it whenever the reference's is not the default.
        if (reference.enabled() != target.enabled() || (replaced && reference.enabled() != TriggerDef.Enabled.ORIGIN)) {
            out.add(enable(reference));
        }
        return out.build();
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

    // ---- dropped and created again

    @Override
    Optional<String> cannotRecreate(TriggerDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(TriggerDef old, Optional<TriggerDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old.key(), why)), wanted.map(TriggerPlanner::createStatements));
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "TRIGGER " + Sql.ident(key.name()) + " ON " + Ddl.parentTable(key);
    }
}
