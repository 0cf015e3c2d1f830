package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Indexes: {@code CREATE INDEX} and {@code DROP INDEX}, plain or {@code CONCURRENTLY}
 * ({@link PlanOptions#concurrentIndexes()}, on a table that allows it: {@link PlanContext#onExistingPlainTable}).
 * A changed index is dropped and built again; an index that backs a key is planned through its constraint.
 */
final class IndexPlanner extends KindPlanner<IndexDef> {

    static final String INVALID_INDEX_NOTE = "if it fails or is cancelled it leaves an INVALID index behind, which must"
            + " be dropped (DROP INDEX CONCURRENTLY) before it runs again";

    /** {@code CREATE [UNIQUE] INDEX name ON ONLY }, the name quoted or not. */
    private static final Pattern ON_ONLY = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX (?:\"(?:[^\"]|\"\")*\"|\\S+)) ON ONLY ");

    /** {@code CREATE [UNIQUE] INDEX } at the start of a definition. */
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX ");

    private static final Hazard BUILD_LOCK = new Hazard(Hazard.Kind.LONG_LOCK,
            "builds the index while writes to the table wait");

    IndexPlanner() {
        super(ObjectKind.INDEX, IndexDef.class);
    }

    /**
     * The statement that creates an index. {@code pg_get_indexdef} writes {@code ON ONLY} for the index
     * of a partitioned table (how pg_dump builds it before attaching each partition's index); run as
     * it is, that leaves the index invalid and the partitions without one, so it is created on the
     * whole table instead, which builds the partitions' indexes too.
     */
    private static String createSql(IndexDef index) {
        return ON_ONLY.matcher(index.definition()).replaceFirst("$1 ON ");
    }

    @Override
    Planned create(IndexDef index, PlanContext context) {
        if (index.attached()) {
            return createUnderParent(index, context);
        }
        if (InheritancePlanner.comesWithDetach(index, context)) {
            return renameAfterDetach(index, context);
        }
        Optional<IndexDef> wasAttached = context.target.find(index.key()).map(IndexDef.class::cast).filter(IndexDef::attached);
        if (wasAttached.isPresent()) {
            // The partition's index was its parent's: it goes with the parent's index, and comes back as the
            // partition's own once that is dropped (else it stays, reported by drop()).
            ObjectKey parent = wasAttached.get().partitionOf().orElseThrow();
            return PartitionIndexes.goesByPlan(parent, context)
                    ? build(index, context).map(s -> s.makingWayFor(parentSubject(parent, context.target)))
                    : Planned.NOTHING;
        }
        return build(index, context);
    }

    /**
     * Builds a missing index, concurrently where the options and the table allow it. A unique index is a key a
     * foreign key may lean on: it is built with the constraints, before foreign keys. The index of a partitioned
     * table comes with its partitions' indexes ({@link #buildPartitioned}).
     */
    static Planned build(IndexDef index, PlanContext context) {
        Phase phase = index.unique() ? Phase.CONSTRAINTS : Phase.INDEXES;
        if (PartitionIndexes.partitioned(context.reference, index.key().table().orElseThrow())) {
            return buildPartitioned(index, Optional.empty(), context);
        }
        if (!concurrently(index, context)) {
            return Planned.of(plainBuild(phase, index));
        }
        return Planned.of(index.unique()
                ? buildConcurrently(phase, index.key(), index, PlanContext.mayFail("fails if existing rows hold duplicates"))
                : buildConcurrently(phase, index.key(), index));
    }

    /** Whether a new index is built concurrently: the option is on and the table allows it. */
    private static boolean concurrently(IndexDef index, PlanContext context) {
        return context.options.concurrentIndexes() && CREATE_INDEX.matcher(index.definition()).find()
                && context.onExistingPlainTable(index.key().table().orElseThrow());
    }

    private static FixStatement plainBuild(Phase phase, IndexDef index) {
        return new FixStatement(phase, index.key(), createSql(index), true, List.of(BUILD_LOCK));
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY}, outside a transaction, creating the index whatever the statement's
     * subject (the constraint it is built for).
     */
    static FixStatement buildConcurrently(Phase phase, ObjectKey subject, IndexDef index, Hazard... first) {
        List<Hazard> hazards = new ArrayList<>(List.of(first));
        hazards.add(PlanContext.mayFail(INVALID_INDEX_NOTE));
        return new FixStatement(phase, subject, CREATE_INDEX.matcher(createSql(index))
                .replaceFirst("CREATE $1INDEX CONCURRENTLY "), false, hazards).creating(index.key());
    }

    @Override
    Planned drop(IndexDef index, PlanContext context) {
        if (index.attached()) {
            return dropUnderParent(index, context);
        }
        if (PartitionIndexes.reusedAs(index, context).isPresent()) {
            return Planned.NOTHING; // attached to the reference's parent index instead (see buildPartitioned)
        }
        return Planned.of(dropStatement(index, true, context,
                PlanContext.dataLoss("drops an index the reference does not have; queries that use it slow down")));
    }

    /**
     * {@code DROP INDEX}; with {@code online}, {@code CONCURRENTLY} outside a transaction where the options and
     * the table allow it, and only for a plain (not unique) index, which nothing else depends on: a unique one
     * may hold up a foreign key, which is dropped first in the transaction, so it goes with it.
     */
    private static FixStatement dropStatement(IndexDef target, boolean online, PlanContext context, Hazard... hazards) {
        ObjectKey index = target.key();
        String name = Sql.qualified(index.schema(), index.name());
        boolean concurrently = online && context.options.concurrentIndexes()
                && target.definition().startsWith("CREATE INDEX ") && !target.backsConstraint()
                && context.onExistingPlainTable(index.table().orElseThrow());
        if (!concurrently) {
            return new FixStatement(Phase.DROP_INDEXES, index, "DROP INDEX " + name, true, List.of(hazards));
        }
        List<Hazard> all = new ArrayList<>(List.of(hazards));
        all.add(PlanContext.mayFail("if it fails part-way the index is left INVALID (no longer used, still"
                + " maintained): run it again"));
        return new FixStatement(Phase.DROP_INDEXES, index, "DROP INDEX CONCURRENTLY " + name, false, all);
    }

    @Override
    Planned alter(Change.Changed change, IndexDef r, IndexDef t, PlanContext context) {
        if (r.attached() || t.attached()) {
            // Under a parent's index on one side: the target's goes (or stays, reused) as drop() says, and the
            // reference's comes as create() says.
            return Planned.builder().add(drop(t, context)).add(r.constraint().isPresent() && !r.attached()
                    ? Planned.NOTHING // the partition's own key: added through its constraint
                    : create(r, context)).build();
        }
        if (PartitionIndexes.partitioned(context.reference, r.key().table().orElseThrow())
                && !PartitionIndexes.attachedTo(context.reference, r.key()).isEmpty() && !r.backsConstraint()
                && !t.backsConstraint()) {
            // A partitioned table's index: dropped with its partitions' indexes, built again with them.
            return Planned.builder().add(dropStatement(t, false, context)).add(buildPartitioned(r, Optional.empty(), context))
                    .build().map(s -> s.recreating(r.key()));
        }
        ObjectKey key = r.key();
        Planned.Builder out = Planned.builder();
        if (t.unique()) {
            // Foreign keys may lean on the unique index that goes: dropped first, added back after.
            out.add(ConstraintPlanner.foreignKeysOnto(key.table().orElseThrow(), context));
        }
        Planned.Builder replaced = Planned.builder();
        if (t.backsConstraint()) {
            // The target's index belongs to a constraint the reference does not have: it goes with it.
            replaced.add(ConstraintPlanner.dropStatement(ObjectKey.constraint(key.schema(), key.parent().orElseThrow(),
                    t.constraint().get()), false));
        } else if (!t.unique() && !r.unique() && concurrently(r, context)) {
            // Neither is a key: dropped and built again concurrently, writes go on (only reads miss the index).
            replaced.add(dropStatement(t, true, context, new Hazard(Hazard.Kind.RECREATED,
                    "dropped and built again concurrently: queries run without it until the new one is built")));
        } else {
            replaced.add(dropStatement(t, false, context));
        }
        if (!r.backsConstraint() && (t.unique() || r.unique() || t.backsConstraint())) {
            // Built in the same transaction as the drop: a key is never missing, not even for a moment.
            replaced.add(plainBuild(r.unique() ? Phase.CONSTRAINTS : Phase.INDEXES, r));
        } else if (!r.backsConstraint()) {
            replaced.add(build(r, context));
        }
        Planned planned = replaced.build();
        // The same index again: its comment goes with the drop and is applied again after the build.
        out.add(!r.backsConstraint() && !t.backsConstraint() ? planned.map(s -> s.recreating(key)) : planned);
        // A table's replica identity names the index: the drop took it, it is set again on the new index.
        return out.add(TablePlanner.replicaIdentityOnto(r, context)).build();
    }

    // ---- partitioned tables: the parent's index, its partitions' indexes, attached

    /** {@code CREATE [UNIQUE] INDEX name ON }, to which {@code ONLY} is added. */
    private static final Pattern ON = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX (?:\"(?:[^\"]|\"\")*\"|\\S+)) ON ");

    /**
     * The index of a partitioned table (or the key it backs, {@code key}) with the indexes of its partitions, named
     * as the reference names them. When PostgreSQL's own way gives those names (creating the parent's index builds
     * one on each partition, or attaches the one index a partition has that matches, which is then renamed if need
     * be), one statement; else as {@code pg_dump} does: the parent's index {@code ON ONLY} the parent, each
     * partition's index built (or a matching one reused) under its reference name and attached with
     * {@code ALTER INDEX ... ATTACH PARTITION} (the parent's index is valid once every partition's is attached).
     */
    static Planned buildPartitioned(IndexDef index, Optional<ConstraintDef> key, PlanContext context) {
        List<IndexDef> children = PartitionIndexes.treeChildren(index, context);
        Planned.Builder out = Planned.builder();
        if (children.isEmpty() || cascadeKeepsNames(index, context)) {
            FixStatement whole = make(index, key, false, context);
            out.add(whole);
            renamesAfterCascade(index, whole.subject(), context, out);
            return out.build();
        }
        FixStatement parent = make(index, key, true, context);
        out.add(parent);
        for (IndexDef child : children) {
            ObjectKey partition = child.key().table().orElseThrow();
            Optional<IndexDef> reused = PartitionIndexes.newTable(partition, context) ? Optional.empty()
                    : PartitionIndexes.reusable(child, index, context);
            Optional<ObjectKey> made = Optional.empty();
            if (reused.isPresent()) {
                if (!reused.get().key().equals(child.key())) {
                    out.add(rename(reused.get().key(), child.key(), phase(index, key)));
                    made = Optional.of(child.key());
                }
            } else {
                Planned built = buildPartitioned(child, key.map(k -> keyOf(child, k)), context);
                out.add(built);
                made = Optional.of(built.statements().get(0).subject());
            }
            FixStatement attach = new FixStatement(phase(index, key), child.key(), "ALTER INDEX "
                    + qualified(index.key()) + " ATTACH PARTITION " + qualified(child.key()), true, List.of())
                    .needing(parent.subject());
            out.add(made.map(attach::needing).orElse(attach));
        }
        return out.build();
    }

    private static Phase phase(IndexDef index, Optional<ConstraintDef> key) {
        return key.isPresent() || index.unique() ? Phase.CONSTRAINTS : Phase.INDEXES;
    }

    /** The index (or the key it backs) on its table and, unless {@code only}, on every partition of it. */
    private static FixStatement make(IndexDef index, Optional<ConstraintDef> key, boolean only, PlanContext context) {
        if (key.isPresent()) {
            return ConstraintPlanner.addKey(key.get(), only);
        }
        String sql = createSql(index);
        return new FixStatement(phase(index, key), index.key(), only ? ON.matcher(sql).replaceFirst("$1 ON ONLY ") : sql,
                true, only ? List.of() : List.of(BUILD_LOCK));
    }

    /** A partition's copy of its parent's key: the same key, under the partition index's constraint name. */
    private static ConstraintDef keyOf(IndexDef child, ConstraintDef parentKey) {
        ObjectKey table = child.key().table().orElseThrow();
        return new ConstraintDef(ObjectKey.constraint(table.schema(), table.name(), child.constraint().orElseThrow()),
                parentKey.type(), parentKey.definition(), parentKey.columns(), parentKey.references());
    }

    /**
     * Whether creating the index on the whole partitioned table leaves each partition with the reference's index:
     * a partition's one matching index is attached (and renamed if need be), else PostgreSQL builds one and names
     * it as the reference does; the same below a partition that is partitioned in turn.
     */
    private static boolean cascadeKeepsNames(IndexDef index, PlanContext context) {
        for (IndexDef child : PartitionIndexes.treeChildren(index, context)) {
            ObjectKey partition = child.key().table().orElseThrow();
            List<IndexDef> matches = PartitionIndexes.newTable(partition, context) ? List.of()
                    : PartitionIndexes.matches(partition, index, context);
            if (matches.isEmpty()) {
                Optional<String> name = PartitionIndexes.chosenName(partition, index, context, child.key());
                if (!name.equals(Optional.of(child.key().name())) || !cascadeKeepsNames(child, context)) {
                    return false;
                }
            } else if (matches.size() > 1 || !PartitionIndexes.reusable(child, index, context).equals(Optional.of(matches.get(0)))) {
                return false;
            }
        }
        return true;
    }

    /** The renames of the partitions' indexes that creating the whole index attaches under other names. */
    private static void renamesAfterCascade(IndexDef index, ObjectKey made, PlanContext context, Planned.Builder out) {
        for (IndexDef child : PartitionIndexes.treeChildren(index, context)) {
            ObjectKey partition = child.key().table().orElseThrow();
            Optional<IndexDef> reused = PartitionIndexes.newTable(partition, context) ? Optional.empty()
                    : PartitionIndexes.reusable(child, index, context);
            if (reused.isEmpty()) {
                renamesAfterCascade(child, made, context, out);
            } else if (!reused.get().key().equals(child.key())) {
                out.add(rename(reused.get().key(), child.key(), Phase.INDEXES).needing(made));
            }
        }
    }

    /** {@code ALTER INDEX ... RENAME TO}: the index (and the key it backs, if any) under the reference's name. */
    private static FixStatement rename(ObjectKey from, ObjectKey to, Phase phase) {
        return new FixStatement(phase, to, "ALTER INDEX " + qualified(from) + " RENAME TO " + Sql.ident(to.name()), true,
                List.of());
    }

    /** A renamed index, as a plan of its own (see TablePlanner, InheritancePlanner, ConstraintPlanner). */
    static Planned renamed(ObjectKey from, ObjectKey to) {
        return Planned.of(rename(from, to, Phase.INDEXES));
    }

    private static String qualified(ObjectKey index) {
        return Sql.qualified(index.schema(), index.name());
    }

    /**
     * A partition the plan creates ({@code PARTITION OF}) gets a copy of each index its parent has by then, named by
     * PostgreSQL: renamed where the reference names it otherwise. A name PostgreSQL's choice cannot be told for is
     * reported.
     */
    static Planned renameClones(ObjectKey table, PlanContext context) {
        Planned.Builder out = Planned.builder();
        java.util.Map<IndexDef, Optional<String>> chosen = new java.util.LinkedHashMap<>();
        for (DbObject o : context.reference.childrenOf(table)) {
            if (o instanceof IndexDef clone && clone.attached()) {
                Optional<IndexDef> parent = context.reference.find(clone.partitionOf().get()).map(IndexDef.class::cast);
                if (parent.isPresent() && existsBefore(parent.get(), context)) {
                    chosen.put(clone, PartitionIndexes.chosenName(table, parent.get(), context, clone.key()));
                }
            }
        }
        // Two copies PostgreSQL would give the same name are numbered in an order the catalogs do not tell.
        java.util.Map<Optional<String>, Long> counts = chosen.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
        chosen.forEach((clone, name) -> {
            if (name.isEmpty() || counts.get(name) > 1) {
                out.unsupported("new partition " + table.displayName() + ": PostgreSQL builds it an index under "
                        + clone.partitionOf().get().displayName() + " whose name Drift cannot tell beforehand; rename"
                        + " it to " + clone.key().name());
            } else if (!name.get().equals(clone.key().name())) {
                out.add(rename(ObjectKey.index(table.schema(), table.name(), name.get()), clone.key(), Phase.INDEXES)
                        .needing(table));
            }
        });
        return out.build();
    }

    /** Whether a parent's index exists when the plan creates a partition under it (else it is built after). */
    private static boolean existsBefore(IndexDef parent, PlanContext context) {
        ObjectKey parentTable = parent.key().table().orElseThrow();
        if (PartitionIndexes.newTable(parentTable, context)) {
            if (parent.attached()) {
                return context.reference.find(parent.partitionOf().get()).map(IndexDef.class::cast)
                        .filter(p -> existsBefore(p, context)).isPresent();
            }
            return parent.backsConstraint(); // a key of a new table is created with it
        }
        return context.target.find(parent.key()).isPresent() && !PartitionIndexes.builtByPlan(parent.key(), context);
    }

    /** What makes a parent's index: its constraint's statements for a key, else its own. */
    static ObjectKey parentSubject(ObjectKey parentIndex, dev.drift.core.Catalog catalog) {
        Optional<IndexDef> parent = catalog.find(parentIndex).map(IndexDef.class::cast);
        return parent.flatMap(IndexDef::constraint).filter(c -> !parent.get().attached())
                .map(c -> ObjectKey.constraint(parentIndex.schema(), parentIndex.parent().orElseThrow(), c))
                .orElse(parentIndex);
    }

    /**
     * A partition's index the reference has under a parent's index and the target lacks: built with the parent's
     * (nothing here), reused or built before the partition is attached (which then attaches it), or the target's
     * one under that parent, renamed.
     */
    private static Planned createUnderParent(IndexDef index, PlanContext context) {
        ObjectKey partition = index.key().table().orElseThrow();
        Optional<IndexDef> parent = context.reference.find(index.partitionOf().orElseThrow()).map(IndexDef.class::cast);
        if (parent.isEmpty() || PartitionIndexes.newTable(partition, context)) {
            return Planned.NOTHING;
        }
        ObjectKey parentTable = parent.get().key().table().orElseThrow();
        boolean attachedLater = PartitionIndexes.attachedLater(partition, parentTable, context);
        if (!attachedLater && PartitionIndexes.builtByPlan(parent.get().key(), context)) {
            return Planned.NOTHING;
        }
        if (attachedLater) {
            // ATTACH PARTITION attaches the partition's one matching index: make sure it is there, named so.
            Optional<IndexDef> reused = PartitionIndexes.reusable(index, parent.get(), context);
            if (reused.isPresent()) {
                return reused.get().key().equals(index.key()) ? Planned.NOTHING : renamed(reused.get().key(), index.key());
            }
            if (PartitionIndexes.matches(partition, parent.get(), context).isEmpty()
                    && PartitionIndexes.chosenName(partition, parent.get(), context, index.key())
                            .equals(Optional.of(index.key().name()))
                    && cascadeKeepsNames(index, context)) {
                return Planned.NOTHING; // ATTACH PARTITION builds it under the reference's name
            }
            if (!PartitionIndexes.matches(partition, parent.get(), context).isEmpty()) {
                return Planned.unsupported("missing " + index.key() + ": attaching " + partition.displayName()
                        + " to " + parentTable.displayName() + " would attach another index of the partition to "
                        + parent.get().key().displayName() + "; attach the partition by hand");
            }
            Optional<ConstraintDef> key = parent.get().constraint().isPresent()
                    ? rootKey(parent.get(), context).map(k -> keyOf(index, k)) : Optional.empty();
            return buildPartitioned(index, key, context);
        }
        Optional<IndexDef> renamedFrom = PartitionIndexes.renamedFrom(index, context);
        if (renamedFrom.isPresent()) {
            return renamed(renamedFrom.get().key(), index.key());
        }
        return Planned.unsupported("missing " + index.key() + ": the partition lacks an index under "
                + parent.get().key().displayName() + " (an invalid parent index?)");
    }

    /** The key at the top of a partition tree of indexes. */
    private static Optional<ConstraintDef> rootKey(IndexDef index, PlanContext context) {
        IndexDef root = index;
        for (int depth = 0; root.attached() && depth < 32; depth++) {
            Optional<DbObject> up = context.reference.find(root.partitionOf().get());
            if (up.isEmpty()) {
                return Optional.empty();
            }
            root = (IndexDef) up.get();
        }
        ObjectKey table = root.key().table().orElseThrow();
        return root.constraint().flatMap(c -> context.reference.find(ObjectKey.constraint(table.schema(), table.name(), c)))
                .map(ConstraintDef.class::cast);
    }

    /**
     * A partition's index the target has under a parent's index and the reference does not: it goes with the
     * parent's index (dropped, or built again), is the reference's one under another name (renamed there), or
     * becomes the partition's own when the plan detaches the partition, and is then dropped unless the reference
     * has it under another name.
     */
    private static Planned dropUnderParent(IndexDef index, PlanContext context) {
        ObjectKey partition = index.key().table().orElseThrow();
        ObjectKey parent = index.partitionOf().orElseThrow();
        if (PartitionIndexes.goesByPlan(parent, context) || context.goesAway(index.key())) {
            return Planned.NOTHING;
        }
        if (PartitionIndexes.detachedByPlan(partition, context)) {
            if (context.reference.find(index.key()).isPresent() || renamedOwnAfterDetach(index, context)) {
                return Planned.NOTHING;
            }
            ObjectKey link = PartitionIndexes.partitionLink(context.target, partition).orElseThrow().key();
            Hazard hazard = PlanContext.dataLoss("drops the index the partition keeps from its parent's when it is"
                    + " detached; the reference does not have it");
            if (index.constraint().isPresent()) {
                return Planned.of(ConstraintPlanner.dropStatement(ObjectKey.constraint(partition.schema(), partition.name(),
                        index.constraint().get()), false, hazard).makingWayFor(link));
            }
            return Planned.of(dropStatement(index, false, context, hazard).makingWayFor(link));
        }
        boolean renamed = context.reference.childrenOf(partition).stream().anyMatch(o -> o instanceof IndexDef i
                && PartitionIndexes.renamedFrom(i, context).filter(index::equals).isPresent());
        if (renamed || PartitionIndexes.reusedAs(index, context).isPresent()) {
            return Planned.NOTHING;
        }
        return Planned.unsupported("unexpected " + index.key() + ": it is attached to " + parent.displayName()
                + ", which the reference keeps, and PostgreSQL cannot detach an index from its parent's");
    }

    private static boolean renamedOwnAfterDetach(IndexDef index, PlanContext context) {
        ObjectKey partition = index.key().table().orElseThrow();
        return context.reference.childrenOf(partition).stream().anyMatch(o -> o instanceof IndexDef i
                && PartitionIndexes.ownAfterDetach(i, context).filter(index::equals).isPresent());
    }

    /**
     * The reference's own index (or key) of a table the plan detaches, which the table keeps from its parent's
     * index at the detach: nothing, or a rename when the reference names it otherwise.
     */
    static Planned renameAfterDetach(IndexDef index, PlanContext context) {
        Optional<IndexDef> had = PartitionIndexes.ownAfterDetach(index, context);
        if (had.isEmpty()) {
            return Planned.NOTHING;
        }
        ObjectKey link = PartitionIndexes.partitionLink(context.target, index.key().table().orElseThrow()).orElseThrow().key();
        return renamed(had.get().key(), index.key()).map(s -> s.makingWayFor(link));
    }

    // ---- making way for a change of what it depends on

    @Override
    Optional<String> cannotRecreate(IndexDef target) {
        return Optional.empty();
    }

    @Override
    Recreation recreate(IndexDef old, Optional<IndexDef> wanted, Hazard why, Predicate<ObjectKey> rebuiltAnyway,
                               PlanContext context) {
        return Recreation.of(old.key(), Planned.of(dropStatement(old, false, context, why)),
                wanted.map(w -> Planned.of(rebuild(w))));
    }

    /** The index built again when what it depends on is rebuilt: plain, inside the transaction. */
    static FixStatement rebuild(IndexDef index) {
        return plainBuild(Phase.INDEXES, index);
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "INDEX " + Sql.qualified(key.schema(), key.name());
    }
}
