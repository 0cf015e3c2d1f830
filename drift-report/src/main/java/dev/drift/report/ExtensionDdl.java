package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ExtensionDef;
import dev.drift.core.Sql;
import java.util.Optional;

/**
 * DDL for extensions: create when missing, drop (destructive) when unexpected, move to the reference's
 * schema, and update to the reference's version only when {@link PlanOptions#upgradeExtensions()} asks.
 */
final class ExtensionDdl {
    private final PlanContext context;

    ExtensionDdl(PlanContext context) {
        this.context = context;
    }

    void create(ExtensionDef e) {
        Optional<ExtensionDef> elsewhere = inOtherSchema(e, context.target);
        String name = Sql.ident(e.key().name());
        if (elsewhere.isPresent()) {
            context.add(Phase.EXTENSIONS, e.key(), "ALTER EXTENSION " + name + " SET SCHEMA " + Sql.ident(e.key().schema()),
                    PlanContext.mayFail("fails unless the extension is relocatable"));
            if (!elsewhere.get().version().equals(e.version())) {
                version(e, elsewhere.get());
            }
            return;
        }
        context.add(Phase.EXTENSIONS, e.key(), "CREATE EXTENSION IF NOT EXISTS " + name + " WITH SCHEMA "
                + Sql.ident(e.key().schema()));
    }

    void drop(ExtensionDef e) {
        if (inOtherSchema(e, context.reference).isPresent()) {
            return; // moved, not dropped: see create
        }
        context.add(Phase.DROP_EXTENSIONS, e.key(), "DROP EXTENSION " + Sql.ident(e.key().name()),
                PlanContext.dataLoss("drops the extension and every object it owns; fails while other objects use them"));
    }

    void alter(Change.Changed change, ExtensionDef r, ExtensionDef t) {
        version(r, t);
    }

    private void version(ExtensionDef r, ExtensionDef t) {
        String name = Sql.ident(r.key().name());
        if (context.options.upgradeExtensions()) {
            context.add(Phase.EXTENSIONS, r.key(), "ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(r.version()),
                    PlanContext.mayFail("fails unless the target's server ships an update path to version " + r.version()));
        } else {
            context.unsupported("extension " + r.key().name() + " is at version " + t.version() + " in the target, "
                    + r.version() + " in the reference (allow extension upgrades to write ALTER EXTENSION " + name
                    + " UPDATE TO " + Sql.literal(r.version()) + ")");
        }
    }

    /** The same extension installed in another schema of the other catalog. */
    private static Optional<ExtensionDef> inOtherSchema(ExtensionDef e, dev.drift.core.Catalog other) {
        return other.objects(ExtensionDef.class).stream()
                .filter(x -> x.key().name().equals(e.key().name()) && !x.key().schema().equals(e.key().schema()))
                .findFirst();
    }
}
