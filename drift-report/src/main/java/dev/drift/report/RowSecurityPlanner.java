package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RowSecurityDef;

/**
 * Row-level security switched on for a table: {@code ENABLE}/{@code DISABLE} and {@code FORCE}/{@code NO FORCE
 * ROW LEVEL SECURITY}. A table without the object has both off.
 */
final class RowSecurityPlanner extends KindPlanner<RowSecurityDef> {

    RowSecurityPlanner() {
        super(ObjectKind.ROW_SECURITY, RowSecurityDef.class);
    }

    /** Row security of the same table, off. */
    static RowSecurityDef off(RowSecurityDef r) {
        return new RowSecurityDef(r.key(), false, false);
    }

    /** The statements that turn row security {@code had} into {@code want}. */
    static Planned turn(RowSecurityDef want, RowSecurityDef had) {
        ObjectKey key = want.key();
        String alter = Ddl.alterTable(key);
        Planned.Builder out = Planned.builder();
        if (want.enabled() != had.enabled()) {
            out.add(Phase.ROW_SECURITY, key, alter + (want.enabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
        if (want.forced() != had.forced()) {
            out.add(Phase.ROW_SECURITY, key, alter + (want.forced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        }
        return out.build();
    }

    @Override
    Planned create(RowSecurityDef rowSecurity, PlanContext context) {
        return turn(rowSecurity, off(rowSecurity));
    }

    @Override
    Planned drop(RowSecurityDef had, PlanContext context) {
        if (context.goesAway(had.key().table().orElseThrow())) {
            return Planned.NOTHING;
        }
        return turn(off(had), had);
    }

    @Override
    Planned alter(Change.Changed change, RowSecurityDef reference, RowSecurityDef target, PlanContext context) {
        return turn(reference, target);
    }
}
