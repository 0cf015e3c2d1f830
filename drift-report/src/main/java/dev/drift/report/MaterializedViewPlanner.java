package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Materialized views: {@code CREATE MATERIALIZED VIEW} (which runs the query) with its indexes and triggers,
 * {@code DROP MATERIALIZED VIEW} (destructive). PostgreSQL changes only storage parameters in place
 * ({@code SET/RESET}): any other change drops and creates it again, with what depends on it.
 */
final class MaterializedViewPlanner extends KindPlanner<MaterializedViewDef> {

    MaterializedViewPlanner() {
        super(ObjectKind.MATERIALIZED_VIEW, MaterializedViewDef.class);
    }

    @Override
    Planned create(MaterializedViewDef view, PlanContext context) {
        return Planned.builder().add(createStatement(view)).add(ViewPlanner.createChildren(view.key(), context)).build();
    }

    private static FixStatement createStatement(MaterializedViewDef view) {
        return new FixStatement(Phase.VIEWS, view.key(), "CREATE MATERIALIZED VIEW " + Sql.qualified(view.key())
                + StorageParameters.with(view.storage()) + " AS\n" + view.definition(), true,
                List.of(new Hazard(Hazard.Kind.LONG_LOCK, "runs the query to populate the materialized view")));
    }

    @Override
    Planned drop(MaterializedViewDef view, PlanContext context) {
        return Planned.of(dropStatement(view.key(), PlanContext.dataLoss("drops the materialized view and the rows it holds")));
    }

    private static FixStatement dropStatement(ObjectKey key, Hazard... hazards) {
        return new FixStatement(Phase.DROP_VIEWS, key, "DROP MATERIALIZED VIEW " + Sql.qualified(key), true,
                List.of(hazards));
    }

    /** Reached only when the storage parameters alone differ (see {@link #needsRecreate}). */
    @Override
    Planned alter(Change.Changed change, MaterializedViewDef reference, MaterializedViewDef target,
                         PlanContext context) {
        Planned.Builder out = Planned.builder();
        for (String clause : StorageParameters.alter(reference.storage(), target.storage())) {
            out.add(Phase.VIEWS, reference.key(), "ALTER MATERIALIZED VIEW " + Sql.qualified(reference.key()) + " " + clause);
        }
        return out.build();
    }

    @Override
    boolean needsRecreate(MaterializedViewDef reference, MaterializedViewDef target) {
        return !reference.columns().equals(target.columns()) || !reference.definition().equals(target.definition());
    }

    @Override
    Optional<String> cannotRecreate(MaterializedViewDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(MaterializedViewDef old, Optional<MaterializedViewDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        Planned.Builder out = Planned.builder().add(dropStatement(old.key(), why));
        wanted.ifPresent(w -> out.add(createStatement(w)));
        return ViewPlanner.withChildren(old.key(), wanted.isPresent(), out.build(), rebuiltAnyway, context);
    }
}
