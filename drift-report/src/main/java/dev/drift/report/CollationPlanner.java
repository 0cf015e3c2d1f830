package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.CollationDef;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Collations: created before the columns, domains, ranges and indexes that name them, dropped after those that
 * go. PostgreSQL cannot change a collation's definition in place ({@code ALTER COLLATION} only renames, moves,
 * changes the owner or refreshes the version), so a changed one is dropped and created again; the indexes and
 * views that use it are rebuilt with it, while a column or a type that uses it would have to be converted to
 * another collation and back, which Drift does not do: such a change is reported as not fixable.
 */
final class CollationPlanner extends KindPlanner<CollationDef> {

    CollationPlanner() {
        super(ObjectKind.COLLATION, CollationDef.class);
    }

    @Override
    Planned create(CollationDef c, PlanContext context) {
        return Planned.of(Phase.COLLATIONS, c.key(), createStatement(c));
    }

    /** {@code CREATE COLLATION} with every attribute Drift reads, in the form each provider takes. */
    static String createStatement(CollationDef c) {
        List<String> options = new ArrayList<>();
        options.add("PROVIDER = " + c.provider().name().toLowerCase(Locale.ROOT));
        c.locale().ifPresent(l -> options.add("LOCALE = " + Sql.literal(l)));
        c.lcCollate().ifPresent(l -> options.add("LC_COLLATE = " + Sql.literal(l)));
        c.lcCtype().ifPresent(l -> options.add("LC_CTYPE = " + Sql.literal(l)));
        if (!c.deterministic()) {
            options.add("DETERMINISTIC = false");
        }
        c.rules().ifPresent(r -> options.add("RULES = " + Sql.literal(r)));
        return "CREATE COLLATION " + Sql.qualified(c.key().schema(), c.key().name()) + " (" + String.join(", ", options) + ")";
    }

    @Override
    Planned drop(CollationDef c, PlanContext context) {
        // No data lives in a collation; PostgreSQL refuses the drop while anything still uses it, and whatever does
        // in the target is dropped or changed first (dependency order).
        return Planned.of(dropStatement(c, Optional.empty()));
    }

    private static FixStatement dropStatement(CollationDef c, Optional<Hazard> why) {
        return new FixStatement(Phase.DROP_COLLATIONS, c.key(), "DROP COLLATION " + Sql.qualified(c.key().schema(),
                c.key().name()), true, why.stream().toList());
    }

    /** Every property is the definition: nothing changes in place (see {@link #needsRecreate}). */
    @Override
    Planned alter(Change.Changed change, CollationDef reference, CollationDef target, PlanContext context) {
        return Planned.builder().add(dropStatement(target, Optional.empty())).add(create(reference, context)).build();
    }

    @Override
    boolean needsRecreate(CollationDef reference, CollationDef target) {
        return true;
    }

    /**
     * A collation that a column or a type (domain, composite attribute, range) of the target uses: it cannot be
     * dropped while they do, and Drift does not move them to another collation and back.
     */
    @Override
    Optional<String> cannotRebuild(CollationDef target, PlanContext context) {
        for (Dependency d : context.target.dependentsOf(target.key())) {
            ObjectKey user = d.dependent();
            // A column that is dropped, or moved to another collation by its own change, is out of the way first.
            Change own = context.change(user).orElse(null);
            boolean goesAnyway = own instanceof Change.Unexpected
                    || (own instanceof Change.Changed c && c.changes("collation"))
                    || user.table().flatMap(context::change).orElse(null) instanceof Change.Unexpected;
            if (d.enforced() && !goesAnyway && (user.kind() == ObjectKind.COLUMN || user.kind() == ObjectKind.TYPE)) {
                return Optional.of("collation " + target.key().displayName() + " differs, and PostgreSQL can only drop it"
                        + " and create it again, which it refuses while " + user.kind().label() + " "
                        + user.displayName() + " uses it; Drift does not convert a " + user.kind().label()
                        + " to another collation and back (drop the " + user.kind().label()
                        + "'s use of it, or make the change by hand)");
            }
        }
        return Optional.empty();
    }

    @Override
    Optional<String> cannotRecreate(CollationDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(CollationDef target, Optional<CollationDef> reference, Hazard why,
                        Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return Recreation.of(target.key(), Planned.of(dropStatement(target, Optional.of(why))),
                reference.map(r -> create(r, context)));
    }
}
