package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ExtensionDef;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.Optional;

/**
 * Extensions: created when missing, dropped (destructive) when unexpected, moved to the reference's schema,
 * and updated to the reference's version only when {@link PlanOptions#upgradeExtensions()} asks.
 */
final class ExtensionPlanner extends KindPlanner<ExtensionDef> {

    ExtensionPlanner() {
        super(ObjectKind.EXTENSION, ExtensionDef.class);
    }

    @Override
    Planned create(ExtensionDef e, PlanContext context) {
        Optional<ExtensionDef> elsewhere = inOtherSchema(e, context.target);
        String name = Sql.ident(e.key().name());
        if (elsewhere.isPresent()) {
            Planned.Builder out = Planned.builder().add(Phase.EXTENSIONS, e.key(), "ALTER EXTENSION " + name
                    + " SET SCHEMA " + Sql.ident(e.key().schema()), PlanContext.mayFail("fails unless the extension is relocatable"));
            if (!elsewhere.get().version().equals(e.version())) {
                out.add(version(e, elsewhere.get(), context));
            }
            return out.build();
        }
        return Planned.of(Phase.EXTENSIONS, e.key(), "CREATE EXTENSION IF NOT EXISTS " + name + " WITH SCHEMA "
                + Sql.ident(e.key().schema()));
    }

    @Override
    Planned drop(ExtensionDef e, PlanContext context) {
        if (inOtherSchema(e, context.reference).isPresent()) {
            return Planned.NOTHING; // moved, not dropped: see create
        }
        return Planned.of(Phase.DROP_EXTENSIONS, e.key(), "DROP EXTENSION " + Sql.ident(e.key().name()),
                PlanContext.dataLoss("drops the extension and every object it owns; fails while other objects use them"));
    }

    @Override
    Planned alter(Change.Changed change, ExtensionDef r, ExtensionDef t, PlanContext context) {
        return version(r, t, context);
    }

    private static Planned version(ExtensionDef r, ExtensionDef t, PlanContext context) {
        String name = Sql.ident(r.key().name());
        if (context.options.upgradeExtensions()) {
            return Planned.of(Phase.EXTENSIONS, r.key(), "ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(r.version()),
                    PlanContext.mayFail("fails unless the target's server ships an update path to version " + r.version()));
        }
        return Planned.unsupported("extension " + r.key().name() + " is at version " + t.version() + " in the target, "
                + r.version() + " in the reference (allow extension upgrades to write ALTER EXTENSION " + name
                + " UPDATE TO " + Sql.literal(r.version()) + ")");
    }

    /** The same extension installed in another schema of the other catalog. */
    private static Optional<ExtensionDef> inOtherSchema(ExtensionDef e, Catalog other) {
        return other.objects(ExtensionDef.class).stream()
                .filter(x -> x.key().name().equals(e.key().name()) && !x.key().schema().equals(e.key().schema()))
                .findFirst();
    }
}
