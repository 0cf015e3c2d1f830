package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything a fix script does with one kind of object: create it, drop it, change it, drop and create it
 * again, and how the comment, grants and owner it gets back afterwards name it. There is one planner per
 * {@link ObjectKind}, listed once in {@link KindPlanners}; a test checks that every kind and every record of
 * the model has one. What a kind does not override (re-creation, how attributes name it) is what most kinds do.
 *
 * <p>Each method returns statements and keeps nothing: whatever the passes after planning (dependency order,
 * holding back, the online arrangement, commit points) need to know is in the statements'
 * {@link FixStatement.Facts}. A planner reads the {@link PlanContext} and may call the static helpers of
 * other kinds' planners (a table created with its columns, keys and indexes), never their state.
 *
 * @param <T> the model record (or sealed family of records) of the kind
 */
abstract class KindPlanner<T extends DbObject> {

    private final ObjectKind kind;
    private final Class<T> type;

    KindPlanner(ObjectKind kind, Class<T> type) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.type = Objects.requireNonNull(type, "type");
    }

    final ObjectKind kind() {
        return kind;
    }

    /** The records of the kind. */
    final Class<T> type() {
        return type;
    }

    /** The target lacks the object: the statements that create it as the reference has it. */
    abstract Planned create(T object, PlanContext context);

    /** Only the target has the object: the statements that drop or undo it. */
    abstract Planned drop(T object, PlanContext context);

    /** Both have the object, with different properties: the statements that make the target's the reference's. */
    abstract Planned alter(Change.Changed change, T reference, T target, PlanContext context);

    // ---- dropped and created again (see Rebuilds)

    /**
     * Whether PostgreSQL cannot turn the target's object into the reference's in place (a view whose columns
     * change, a routine whose result does): it is dropped and created again, and so is what depends on it.
     */
    boolean needsRecreate(T reference, T target) {
        return false;
    }

    /**
     * Why the object, which {@link #needsRecreate needs} to be dropped and created again, cannot be (a type whose
     * column is part of a partition key), as a sentence reported as not fixable; empty when it can. Its change is
     * then left whole, and nothing is dropped to make way for it.
     */
    Optional<String> cannotRebuild(T target, PlanContext context) {
        return Optional.empty();
    }

    /**
     * Whether PostgreSQL refuses this in-place change while another object depends on this one (a column's new
     * type under a view): those dependents are dropped before it and created again after.
     */
    boolean refusedWhileUsed(Change.Changed change) {
        return false;
    }

    /**
     * Why Drift cannot drop and create the object again to make way for a change of what it depends on, as the
     * words that follow "Drift does not drop and create again a" (e.g. {@code table}); empty when it can.
     */
    Optional<String> cannotRecreate(T target) {
        return Optional.of(kind.label());
    }

    /**
     * The statements that drop the target's object and create it again as the reference has it (or only drop
     * it, when the reference lacks it), to make way for a change of something it depends on. Statements that
     * drop and create it again carry {@link FixStatement.Facts#recreates()}. Called only when
     * {@link #cannotRecreate} is empty.
     *
     * @param why            the hazard of the drop: what it makes way for
     * @param rebuiltAnyway  objects that are dropped and created again on their own account (a view's index that
     *                       depends on something else that changes): not created again here
     */
    Recreation recreate(T target, Optional<T> reference, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                                PlanContext context) {
        throw new IllegalStateException("Drift does not drop and create again a " + kind.label());
    }

    /**
     * What a re-creation proposes.
     *
     * @param planned     its statements
     * @param takesCareOf keys whose own changes need no statements of their own any more (the object, and for a
     *                    view the indexes and triggers that go and come with it); empty when only part of the
     *                    object makes way (a column's default) and its own changes are still planned
     */
    record Recreation(Planned planned, Set<ObjectKey> takesCareOf) {
        Recreation {
            takesCareOf = Set.copyOf(takesCareOf);
        }

        /**
         * The usual re-creation of {@code key}: its drop, then, when the reference has it, its creation; both
         * {@link FixStatement.Facts#recreates() recreate} it, and its own change needs nothing more.
         */
        static Recreation of(ObjectKey key, Planned drop, Optional<Planned> create) {
            Planned planned = Planned.builder().add(drop).add(create.orElse(Planned.NOTHING)).build();
            return new Recreation(create.isPresent() ? planned.map(s -> s.recreating(key)) : planned, Set.of(key));
        }
    }

    // ---- how comments, grants and owners name an object of this kind

    /** The object as {@code COMMENT ON} names it, e.g. {@code TABLE public.orders}. */
    String commentTarget(ObjectKey key) {
        return key.kind().name().replace('_', ' ') + " " + Sql.qualified(key.schema(), key.name());
    }

    /** The object as {@code GRANT ... ON} names it; tables, views and materialized views alike are a TABLE. */
    String grantTarget(ObjectKey key) {
        return "TABLE " + Sql.qualified(key.schema(), key.name());
    }

    /** The privilege list of a {@code GRANT} or {@code REVOKE} on the object, e.g. {@code INSERT, SELECT}. */
    String privilegeList(ObjectKey key, List<String> privileges) {
        return String.join(", ", privileges);
    }

    /** {@code ALTER <kind> <name>}, for an owner change. */
    String ownerTarget(ObjectKey key, Catalog reference) {
        return "ALTER " + commentTarget(key);
    }

    /** What PostgreSQL grants PUBLIC on a new object of this kind ({@code acldefault}), besides the owner. */
    List<String> grantedToPublicOnCreate() {
        return List.of();
    }
}
