package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.SequenceDef;
import dev.drift.core.SequenceOptions;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sequences: {@code CREATE SEQUENCE} with the options that differ from PostgreSQL's defaults,
 * {@code ALTER SEQUENCE} (restarting when the new range excludes the old start; a narrower range without a
 * restart may fail on the current value, and says so), {@code DROP SEQUENCE} (destructive), and
 * {@code OWNED BY}. The option clauses serve identity columns too.
 */
final class SequencePlanner extends KindPlanner<SequenceDef> {

    SequencePlanner() {
        super(ObjectKind.SEQUENCE, SequenceDef.class);
    }

    @Override
    Planned create(SequenceDef sequence, PlanContext context) {
        List<String> options = options(sequence.options(), "bigint", true);
        Planned.Builder out = Planned.builder().add(Phase.SEQUENCES, sequence.key(), "CREATE SEQUENCE "
                + Sql.qualified(sequence.key()) + (options.isEmpty() ? "" : " " + String.join(" ", options)));
        sequence.ownedBy().ifPresent(owner -> out.add(ownedBy(sequence.key(), Optional.of(owner))));
        return out.build();
    }

    /** A sequence owned by a dropped table or column is dropped with it. */
    @Override
    Planned drop(SequenceDef sequence, PlanContext context) {
        if (ownerDropped(sequence, context)) {
            return Planned.NOTHING;
        }
        return Planned.of(Phase.DROP_SEQUENCES, sequence.key(), "DROP SEQUENCE " + Sql.qualified(sequence.key()),
                PlanContext.dataLoss("drops the sequence and its current value"));
    }

    private static boolean ownerDropped(SequenceDef sequence, PlanContext context) {
        return sequence.ownedBy().filter(c -> context.dropped(c) || c.table().filter(context::dropped).isPresent())
                .isPresent();
    }

    @Override
    Planned alter(Change.Changed change, SequenceDef r, SequenceDef t, PlanContext context) {
        Planned.Builder out = Planned.builder();
        List<String> parts = new ArrayList<>(alterations(t.options(), r.options(), true));
        boolean restart = needsRestart(t.options(), r.options());
        if (restart) {
            parts.add("RESTART");
        }
        if (!parts.isEmpty()) {
            out.add(Phase.SEQUENCES, r.key(), "ALTER SEQUENCE " + Sql.qualified(r.key()) + " " + String.join(" ", parts),
                    rangeHazards(t.options(), r.options(), restart));
        }
        if (!r.ownedBy().equals(t.ownedBy())) {
            if (ownerDropped(t, context)) {
                // Released before its owner is dropped, or the sequence would be dropped with it.
                out.add(released(r.key()));
                r.ownedBy().ifPresent(owner -> out.add(ownedBy(r.key(), Optional.of(owner))));
            } else {
                out.add(ownedBy(r.key(), r.ownedBy()));
            }
        }
        return out.build();
    }

    /**
     * {@code OWNED BY NONE} before anything is dropped: a sequence whose owning column or table goes would go with
     * it (the serial's old sequence when its column becomes an identity, a table rebuilt, an owner dropped).
     */
    static FixStatement released(ObjectKey sequence) {
        return new FixStatement(Phase.DETACH_SEQUENCES, sequence, "ALTER SEQUENCE " + Sql.qualified(sequence)
                + " OWNED BY NONE", true, List.of());
    }

    /** {@code OWNED BY} a column (which must exist first) or {@code NONE}, after everything is created. */
    static FixStatement ownedBy(ObjectKey sequence, Optional<ObjectKey> owner) {
        String ownedBy = owner.map(c -> Sql.qualified(c.schema(), c.parent().orElseThrow()) + "." + Sql.ident(c.name()))
                .orElse("NONE");
        FixStatement statement = new FixStatement(Phase.SEQUENCE_OWNERSHIP, sequence, "ALTER SEQUENCE "
                + Sql.qualified(sequence) + " OWNED BY " + ownedBy, true, List.of());
        return owner.map(statement::needing).orElse(statement);
    }

    /**
     * What changing the range of a sequence from {@code from} to {@code to} risks: a restart hands out values
     * again; without one, PostgreSQL checks the current value (which no catalog read knows: it moves with every
     * insert) against the new bounds and refuses the statement, and with it the script's transaction, when it
     * lies outside.
     */
    static Hazard[] rangeHazards(SequenceOptions from, SequenceOptions to, boolean restart) {
        if (restart) {
            return new Hazard[] {PlanContext.mayFail("restarts the sequence at its new start, which its old "
                    + "range excludes; values it already handed out may be handed out again")};
        }
        String type = from.dataType().equals(to.dataType()) ? "" : ", as " + to.dataType();
        List<String> bounds = new ArrayList<>();
        if (to.maxValue() < from.maxValue()) {
            bounds.add("above " + to.maxValue() + " (its new MAXVALUE" + type + ")");
        }
        if (to.minValue() > from.minValue()) {
            bounds.add("below " + to.minValue() + " (its new MINVALUE" + type + ")");
        }
        if (bounds.isEmpty()) {
            return new Hazard[0];
        }
        return new Hazard[] {PlanContext.mayFail("fails if the sequence's current value is "
                + String.join(" or ", bounds))};
    }

    /**
     * The options of a sequence that differ from what PostgreSQL would choose for its type, in the order
     * CREATE SEQUENCE takes them.
     *
     * @param impliedType the type PostgreSQL assumes (the column's, for identity); {@code AS} is written
     *                    when the sequence's type differs from it
     * @param withType    whether {@code AS type} may be written at all
     */
    static List<String> options(SequenceOptions o, String impliedType, boolean withType) {
        List<String> out = new ArrayList<>();
        if (withType && !o.dataType().equals(impliedType)) {
            out.add("AS " + o.dataType());
        }
        SequenceOptions d = defaultsFor(o.dataType(), o.increment());
        if (o.increment() != 1) {
            out.add("INCREMENT BY " + o.increment());
        }
        if (o.minValue() != d.minValue()) {
            out.add("MINVALUE " + o.minValue());
        }
        if (o.maxValue() != d.maxValue()) {
            out.add("MAXVALUE " + o.maxValue());
        }
        long defaultStart = o.increment() > 0 ? o.minValue() : o.maxValue();
        if (o.start() != defaultStart) {
            out.add("START WITH " + o.start());
        }
        if (o.cache() != 1) {
            out.add("CACHE " + o.cache());
        }
        if (o.cycle()) {
            out.add("CYCLE");
        }
        return out;
    }

    /** PostgreSQL's defaults for a sequence of this type and direction. */
    private static SequenceOptions defaultsFor(String type, long increment) {
        long typeMax = SequenceOptions.maxFor(type);
        long typeMin = type.equals("smallint") ? Short.MIN_VALUE : type.equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if (increment > 0) {
            return new SequenceOptions(type, 1, increment, 1, typeMax, 1, false);
        }
        return new SequenceOptions(type, -1, increment, typeMin, -1, 1, false);
    }

    /** {@code ALTER ... SET} options that turn sequence options {@code from} into {@code to}. */
    static List<String> alterations(SequenceOptions from, SequenceOptions to, boolean withType) {
        List<String> out = new ArrayList<>();
        if (withType && !from.dataType().equals(to.dataType())) {
            out.add("AS " + to.dataType());
        }
        if (from.increment() != to.increment()) {
            out.add("INCREMENT BY " + to.increment());
        }
        if (from.minValue() != to.minValue()) {
            out.add("MINVALUE " + to.minValue());
        }
        if (from.maxValue() != to.maxValue()) {
            out.add("MAXVALUE " + to.maxValue());
        }
        if (from.start() != to.start()) {
            out.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            out.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            out.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        return out;
    }

    /**
     * Whether turning sequence options {@code from} into {@code to} must also restart the sequence: when
     * the old start value lies outside the new range, PostgreSQL refuses the change for a sequence that
     * was never used (its current value is the old start) unless it restarts.
     */
    static boolean needsRestart(SequenceOptions from, SequenceOptions to) {
        boolean rangeChanges = from.minValue() != to.minValue() || from.maxValue() != to.maxValue();
        return rangeChanges && (from.start() < to.minValue() || from.start() > to.maxValue());
    }

    @Override
    String grantTarget(ObjectKey key) {
        return "SEQUENCE " + Sql.qualified(key.schema(), key.name());
    }
}
