package dev.drift.report;

import dev.drift.core.AggregateDef;
import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RoutineDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Aggregates: {@code CREATE AGGREGATE}, {@code CREATE OR REPLACE AGGREGATE} for a changed one, and
 * {@code DROP AGGREGATE} (destructive). A change of arguments, result or kind cannot be replaced: the aggregate
 * is dropped and created again with what depends on it.
 */
final class AggregatePlanner extends KindPlanner<AggregateDef> {

    AggregatePlanner() {
        super(ObjectKind.AGGREGATE, AggregateDef.class);
    }


    @Override
    Planned create(AggregateDef aggregate, PlanContext context) {
        return Planned.of(createStatement(aggregate));
    }

    private static FixStatement createStatement(AggregateDef aggregate) {
        return new FixStatement(Phase.ROUTINES, aggregate.key(), aggregateSql(aggregate, false), true, List.of());
    }

    @Override
    Planned drop(AggregateDef aggregate, PlanContext context) {
        return Planned.of(dropStatement(aggregate, PlanContext.dataLoss("drops an aggregate the reference does not have")));
    }

    private static FixStatement dropStatement(AggregateDef aggregate, Hazard... hazards) {
        return new FixStatement(Phase.DROP_ROUTINES, aggregate.key(), "DROP AGGREGATE "
                + Sql.qualified(aggregate.key().schema(), aggregate.key().name()) + "(" + aggregate.arguments() + ")",
                true, List.of(hazards));
    }

    /** {@code CREATE OR REPLACE AGGREGATE} cannot change the arguments, the result or the kind. */
    @Override
    boolean needsRecreate(AggregateDef reference, AggregateDef target) {
        return !reference.arguments().equals(target.arguments()) || !reference.returns().equals(target.returns())
                || reference.aggregateKind() != target.aggregateKind();
    }

    @Override
    Planned alter(Change.Changed change, AggregateDef reference, AggregateDef target, PlanContext context) {
        return Planned.of(new FixStatement(Phase.ROUTINES, reference.key(), aggregateSql(reference, true), true, List.of()));
    }

    private static String aggregateSql(AggregateDef a, boolean orReplace) {
        List<String> parts = new ArrayList<>();
        parts.add("SFUNC = " + a.stateFunction());
        parts.add("STYPE = " + a.stateType());
        if (a.stateSpace() != 0) {
            parts.add("SSPACE = " + a.stateSpace());
        }
        a.finalFunction().ifPresent(f -> {
            parts.add("FINALFUNC = " + f);
            if (a.finalExtra()) {
                parts.add("FINALFUNC_EXTRA");
            }
            String usual = a.aggregateKind() == AggregateDef.Kind.NORMAL ? "r" : "w";
            if (!a.finalModify().equals(usual)) {
                parts.add("FINALFUNC_MODIFY = " + modify(a.finalModify()));
            }
        });
        a.combineFunction().ifPresent(f -> parts.add("COMBINEFUNC = " + f));
        a.serialFunction().ifPresent(f -> parts.add("SERIALFUNC = " + f));
        a.deserialFunction().ifPresent(f -> parts.add("DESERIALFUNC = " + f));
        a.initialCondition().ifPresent(c -> parts.add("INITCOND = " + Sql.literal(c)));
        a.moving().ifPresent(m -> {
            parts.add("MSFUNC = " + m.stateFunction());
            parts.add("MINVFUNC = " + m.inverseFunction());
            parts.add("MSTYPE = " + m.stateType());
            if (m.stateSpace() != 0) {
                parts.add("MSSPACE = " + m.stateSpace());
            }
            m.finalFunction().ifPresent(f -> {
                parts.add("MFINALFUNC = " + f);
                if (m.finalExtra()) {
                    parts.add("MFINALFUNC_EXTRA");
                }
                if (!m.finalModify().equals("r")) {
                    parts.add("MFINALFUNC_MODIFY = " + modify(m.finalModify()));
                }
            });
            m.initialCondition().ifPresent(c -> parts.add("MINITCOND = " + Sql.literal(c)));
        });
        a.sortOperator().ifPresent(op -> parts.add("SORTOP = " + op));
        if (a.parallel() != RoutineDef.Parallel.UNSAFE) {
            parts.add("PARALLEL = " + a.parallel().name());
        }
        if (a.aggregateKind() == AggregateDef.Kind.HYPOTHETICAL) {
            parts.add("HYPOTHETICAL");
        }
        return "CREATE " + (orReplace ? "OR REPLACE " : "") + "AGGREGATE "
                + Sql.qualified(a.key().schema(), a.key().name()) + "(" + a.arguments() + ") (\n    "
                + String.join(",\n    ", parts) + "\n)";
    }

    private static String modify(String code) {
        return switch (Objects.requireNonNull(code)) {
            case "s" -> "SHAREABLE";
            case "w" -> "READ_WRITE";
            default -> "READ_ONLY";
        };
    }

    // ---- dropped and created again

    @Override
    Optional<String> cannotRecreate(AggregateDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(AggregateDef old, Optional<AggregateDef> wanted, Hazard why,
                               Predicate<ObjectKey> rebuiltAnyway, PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old, why)), wanted.map(w -> Planned.of(createStatement(w))));
    }

    // ---- attributes

    @Override
    String commentTarget(ObjectKey key) {
        return "AGGREGATE " + RoutinePlanner.signature(key);
    }

    @Override
    String grantTarget(ObjectKey key) {
        return "FUNCTION " + RoutinePlanner.signature(key);
    }

    @Override
    List<String> grantedToPublicOnCreate() {
        return List.of("EXECUTE");
    }
}
