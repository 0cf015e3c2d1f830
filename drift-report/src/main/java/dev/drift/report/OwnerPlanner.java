package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.Sql;

/**
 * {@code ALTER ... OWNER TO} (the subject's kind says how it is named). An owner only the target has needs no
 * statement: the object goes, or the reference does not compare owners.
 */
final class OwnerPlanner extends KindPlanner<OwnerDef> {

    OwnerPlanner() {
        super(ObjectKind.OWNER, OwnerDef.class);
    }

    @Override
    Planned create(OwnerDef owner, PlanContext context) {
        return set(owner, context);
    }

    static Planned set(OwnerDef owner, PlanContext context) {
        return Planned.of(Phase.OWNERS, owner.key(), KindPlanners.ownerTarget(owner.subject(), context.reference)
                + " OWNER TO " + Sql.ident(owner.role()));
    }

    @Override
    Planned drop(OwnerDef owner, PlanContext context) {
        return Planned.NOTHING;
    }

    @Override
    Planned alter(Change.Changed change, OwnerDef reference, OwnerDef target, PlanContext context) {
        return set(reference, context);
    }
}
