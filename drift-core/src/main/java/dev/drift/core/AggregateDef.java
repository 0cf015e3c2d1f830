package dev.drift.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An aggregate function, as {@code pg_aggregate} describes it. Functions are named as {@code regproc}
 * renders them under {@code search_path = pg_catalog} (schema-qualified unless built in), types as
 * {@code format_type} does.
 *
 * @param key              the aggregate's key, with its argument types
 * @param arguments        the argument list as {@code pg_get_function_identity_arguments} renders it
 *                         (an ordered-set aggregate's reads {@code direct ORDER BY aggregated})
 * @param returns          the result type
 * @param aggregateKind    normal, ordered-set or hypothetical-set
 * @param stateFunction    {@code SFUNC}
 * @param stateType        {@code STYPE}
 * @param stateSpace       {@code SSPACE} (0: the default estimate)
 * @param finalFunction    {@code FINALFUNC}
 * @param finalExtra       {@code FINALFUNC_EXTRA}
 * @param finalModify      {@code FINALFUNC_MODIFY}: {@code r} read-only, {@code s} shareable, {@code w} read-write
 * @param combineFunction  {@code COMBINEFUNC}
 * @param serialFunction   {@code SERIALFUNC}
 * @param deserialFunction {@code DESERIALFUNC}
 * @param initialCondition {@code INITCOND}
 * @param moving           the moving-aggregate functions ({@code MSFUNC}, ...), if any
 * @param sortOperator     {@code SORTOP}, e.g. {@code pg_catalog.<}
 * @param parallel         {@code PARALLEL}
 */
public record AggregateDef(ObjectKey key, String arguments, String returns, Kind aggregateKind, String stateFunction,
                           String stateType, int stateSpace, Optional<String> finalFunction, boolean finalExtra,
                           String finalModify, Optional<String> combineFunction, Optional<String> serialFunction,
                           Optional<String> deserialFunction, Optional<String> initialCondition,
                           Optional<Moving> moving, Optional<String> sortOperator, RoutineDef.Parallel parallel)
        implements DbObject {

    /** {@code pg_aggregate.aggkind}: a normal, ordered-set or hypothetical-set aggregate. */
    public enum Kind { NORMAL, ORDERED_SET, HYPOTHETICAL }

    /** The functions of a moving-aggregate mode. */
    public record Moving(String stateFunction, String inverseFunction, String stateType, int stateSpace,
                         Optional<String> finalFunction, boolean finalExtra, String finalModify,
                         Optional<String> initialCondition) {
        public Moving {
            Objects.requireNonNull(stateFunction, "stateFunction");
            Objects.requireNonNull(inverseFunction, "inverseFunction");
            Objects.requireNonNull(stateType, "stateType");
            Objects.requireNonNull(finalFunction, "finalFunction");
            Objects.requireNonNull(finalModify, "finalModify");
            Objects.requireNonNull(initialCondition, "initialCondition");
        }
    }

    public AggregateDef {
        Keys.require(key, ObjectKind.AGGREGATE);
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(aggregateKind, "aggregateKind");
        Objects.requireNonNull(stateFunction, "stateFunction");
        Objects.requireNonNull(stateType, "stateType");
        Objects.requireNonNull(finalFunction, "finalFunction");
        Objects.requireNonNull(finalModify, "finalModify");
        Objects.requireNonNull(combineFunction, "combineFunction");
        Objects.requireNonNull(serialFunction, "serialFunction");
        Objects.requireNonNull(deserialFunction, "deserialFunction");
        Objects.requireNonNull(initialCondition, "initialCondition");
        Objects.requireNonNull(moving, "moving");
        Objects.requireNonNull(sortOperator, "sortOperator");
        Objects.requireNonNull(parallel, "parallel");
    }
}
