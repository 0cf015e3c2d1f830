package dev.drift.report;

import dev.drift.core.AggregateDef;
import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RoutineDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.SequenceDef;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import dev.drift.core.TriggerDef;
import dev.drift.core.ViewDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans the statements that make a diff's target match its reference: only what the diff needs, in
 * the fixed {@link Phase} order, with destructive statements held back unless allowed.
 *
 * <pre>{@code
 * SchemaDiff diff = Differ.compare(tenantA, tenantB);
 * FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
 * System.out.print(script.toSql());
 * }</pre>
 */
public final class FixPlanner {

    private final SchemaDiff diff;
    private final Catalog reference;
    private final Catalog target;
    private final List<FixStatement> statements = new ArrayList<>();
    private final List<String> unsupported = new ArrayList<>();
    /** Tables, columns and sequences the plan drops: what they own goes with them. */
    private final Set<ObjectKey> dropped = new HashSet<>();
    /** Constraints whose index the reference has as a plain index: dropped as part of that replacement. */
    private final Set<ObjectKey> replacedByIndex = new HashSet<>();
    /** Foreign keys already dropped and re-added by the plan. */
    private final Set<ObjectKey> rebuiltForeignKeys = new HashSet<>();
    /** Types, extensions, partitions, row security, owners, comments and privileges. */
    private final ObjectPlanners objects;
    /** CONCURRENTLY and NOT VALID forms, when the options ask for them. */
    private final OnlineDdl online;
    /** What is dropped and created again around the changes that need it out of the way. */
    private Rebuilds.Result rebuilds;
    /** Comments, grants and owners applied again, with the recreated object they belong to. */
    private final Map<FixStatement, ObjectKey> reapplied = new HashMap<>();
    /** What the plan drops and creates again. */
    private final Set<ObjectKey> recreatedSubjects = new HashSet<>();

    private FixPlanner(SchemaDiff diff, PlanOptions options) {
        this.diff = diff;
        this.reference = diff.reference();
        this.target = diff.target();
        PlanContext context = new PlanContext(diff, options, statements, unsupported);
        this.objects = new ObjectPlanners(context);
        this.online = new OnlineDdl(context);
    }

    /** Plans the fix for a diff. */
    public static FixScript plan(SchemaDiff diff, PlanOptions options) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(options, "options");
        FixPlanner planner = new FixPlanner(diff, options);
        planner.planAll();
        List<FixStatement> ordered = DependencyOrder.sort(TrustHazards.classify(planner.statements, diff),
                diff.reference(), diff.target());
        Set<ObjectKey> blocked = DependencyOrder.blockedByHeldBack(ordered, options.allowDestructive(), diff.target());
        List<FixStatement> run = new ArrayList<>();
        List<FixStatement> held = new ArrayList<>();
        for (FixStatement s : ordered) {
            if (s.destructive() && !options.allowDestructive()) {
                held.add(s);
            } else if (blocked.contains(s.subject())) {
                held.add(DependencyOrder.heldBehind(s));
            } else {
                run.add(s);
            }
        }
        TrustHazards.holdBack(run, held, options, diff);
        planner.holdRebuildsOfHeldChanges(run, held);
        // Arranged first: the new enum values' commit points are then placed in the final order.
        List<FixStatement> committed = planner.objects.types.markCommits(planner.online.arrange(run));
        return new FixScript(diff.reference().database(), diff.target().database(), committed, held, planner.unsupported);
    }

    /**
     * A dependent dropped and created again only so that a change can be made (a column's type) waits with
     * that change when it is held back: created again from the reference over the unchanged object, it would
     * differ from both sides (a view's column types, a trigger's WHEN casts).
     */
    private void holdRebuildsOfHeldChanges(List<FixStatement> run, List<FixStatement> held) {
        Set<FixStatement> rebuildStatements = new HashSet<>(rebuilds.statements());
        holdWith(run, held, root -> "the change of " + root + " it makes way for", s -> rebuildStatements.contains(s)
                ? Optional.ofNullable(rebuilds.roots().get(s.subject())) : Optional.empty());
        // An object whose drop is held back is not created again (it is still there), and its comment, grants
        // and owner wait with it.
        holdWith(run, held, subject -> "the re-creation of " + subject, s -> Optional.ofNullable(
                reapplied.getOrDefault(s, recreatedSubjects.contains(s.subject()) ? s.subject() : null)));
    }

    /** Moves to {@code held} each statement that waits for a subject with a held statement. */
    private static void holdWith(List<FixStatement> run, List<FixStatement> held, Function<ObjectKey, String> reason,
                                 Function<FixStatement, Optional<ObjectKey>> waitsFor) {
        Set<ObjectKey> heldSubjects = new HashSet<>();
        held.forEach(s -> heldSubjects.add(s.subject()));
        List<FixStatement> keep = new ArrayList<>();
        for (FixStatement s : run) {
            Optional<ObjectKey> heldSubject = waitsFor.apply(s).filter(heldSubjects::contains);
            if (heldSubject.isPresent()) {
                List<Hazard> hazards = new ArrayList<>(s.hazards());
                hazards.add(new Hazard(Hazard.Kind.MAY_FAIL, "held back with " + reason.apply(heldSubject.get())));
                held.add(new FixStatement(s.phase(), s.subject(), s.sql(), s.transactional(), hazards));
            } else {
                keep.add(s);
            }
        }
        run.clear();
        run.addAll(keep);
    }

    private void planAll() {
        rebuilds = Rebuilds.plan(diff);
        statements.addAll(rebuilds.statements());
        unsupported.addAll(rebuilds.unsupported());
        // Drops first, so that what goes with a dropped table or column is known.
        for (Change change : diff.changes()) {
            if (change instanceof Change.Unexpected u) {
                markDropped(u.object());
            } else if (change instanceof Change.Changed c && c.target() instanceof IndexDef t && t.backsConstraint()) {
                replacedByIndex.add(ObjectKey.constraint(t.key().schema(), t.key().parent().orElseThrow(),
                        t.constraint().orElseThrow()));
            }
        }
        List<Change> attributes = new ArrayList<>();
        for (Change change : diff.changes()) {
            if (rebuilds.handled().contains(change.key())) {
                continue; // dropped and created again whole
            }
            if (change.key().kind().isAttribute()) {
                attributes.add(change); // once every recreated object is known
            } else {
                plan(change);
            }
        }
        Set<ObjectKey> recreated = new HashSet<>(rebuilds.recreated());
        recreated.addAll(objects.context.recreated());
        RecreatedAttributes again = new RecreatedAttributes(objects, recreated);
        recreatedSubjects.addAll(again.subjects());
        for (Change change : attributes) {
            if (!again.covers(change)) {
                plan(change);
            }
        }
        for (ObjectKey subject : again.subjects()) {
            int before = statements.size();
            again.reapply(subject);
            statements.subList(before, statements.size()).forEach(s -> reapplied.put(s, subject));
        }
    }

    private void plan(Change change) {
        if (change instanceof Change.Missing m) {
            m.object().accept(new Creator());
        } else if (change instanceof Change.Unexpected u) {
            u.object().accept(new Dropper());
        } else if (change instanceof Change.Changed c) {
            alter(c);
        }
    }

    private void markDropped(DbObject object) {
        ObjectKind kind = object.key().kind();
        if (kind == ObjectKind.TABLE || kind == ObjectKind.COLUMN || kind == ObjectKind.SEQUENCE) {
            dropped.add(object.key());
        }
    }

    private void add(Phase phase, ObjectKey subject, String sql, Hazard... hazards) {
        statements.add(new FixStatement(phase, subject, sql, true, List.of(hazards)));
    }

    private static Hazard dataLoss(String why) {
        return new Hazard(Hazard.Kind.DATA_LOSS, why);
    }

    // ---- creating what the target lacks --------------------------------------------------------

    private final class Creator extends ObjectPlanners.Creating {
        Creator() {
            super(objects);
        }

        @Override
        public Void schema(SchemaDef schema) {
            add(Phase.SCHEMAS, schema.key(), "CREATE SCHEMA " + Sql.ident(schema.key().name()));
            return null;
        }

        @Override
        public Void table(TableDef table) {
            createTable(table);
            return null;
        }

        @Override
        public Void column(ColumnDef column) {
            List<Hazard> hazards = new ArrayList<>();
            if (column.notNull() && column.defaultExpression().isEmpty() && column.identity().isEmpty()
                    && column.generated().isEmpty()) {
                hazards.add(new Hazard(Hazard.Kind.MAY_FAIL,
                        "a NOT NULL column without a default cannot be added to a table that has rows"));
            }
            if (column.identity().isPresent() || column.generated()
                    .filter(g -> g.storage() == ColumnDef.Generated.Storage.STORED).isPresent()) {
                hazards.add(new Hazard(Hazard.Kind.TABLE_REWRITE,
                        "every existing row gets a computed value, under an ACCESS EXCLUSIVE lock"));
            }
            add(Phase.COLUMNS, column.key(), Ddl.alterTable(column.key()) + " ADD COLUMN " + Ddl.columnDefinition(column),
                    hazards.toArray(Hazard[]::new));
            return null;
        }

        @Override
        public Void constraint(ConstraintDef constraint) {
            if (!objects.partitions.comesWithDetach(constraint)) {
                addConstraint(constraint);
            }
            return null;
        }

        @Override
        public Void index(IndexDef index) {
            if (!objects.partitions.comesWithDetach(index)) {
                createIndex(index);
            }
            return null;
        }

        @Override
        public Void sequence(SequenceDef sequence) {
            List<String> options = Ddl.sequenceOptions(sequence.options(), "bigint", true);
            add(Phase.SEQUENCES, sequence.key(), "CREATE SEQUENCE " + Sql.qualified(sequence.key())
                    + (options.isEmpty() ? "" : " " + String.join(" ", options)));
            sequence.ownedBy().ifPresent(owner -> setOwner(sequence.key(), Optional.of(owner)));
            return null;
        }

        @Override
        public Void view(ViewDef view) {
            statements.add(ViewDdl.create(view));
            return createChildren(view.key());
        }

        @Override
        public Void materializedView(MaterializedViewDef view) {
            statements.add(ViewDdl.create(view));
            return createChildren(view.key());
        }

        @Override
        public Void routine(RoutineDef routine) {
            statements.add(RoutineDdl.create(routine));
            return null;
        }

        @Override
        public Void aggregate(AggregateDef aggregate) {
            statements.add(RoutineDdl.create(aggregate));
            return null;
        }

        @Override
        public Void trigger(TriggerDef trigger) {
            statements.addAll(TriggerDdl.create(trigger));
            return null;
        }

        /** The indexes and triggers of a view or materialized view created whole. */
        private Void createChildren(ObjectKey relation) {
            reference.childrenOf(ObjectKey.table(relation.schema(), relation.name())).forEach(c -> c.accept(this));
            return null;
        }
    }

    private void createTable(TableDef table) {
        List<String> elements = new ArrayList<>();
        for (ColumnDef column : reference.columnsOf(table.key())) {
            elements.add(Ddl.columnDefinition(column));
        }
        for (DbObject child : reference.childrenOf(table.key())) {
            if (child instanceof ConstraintDef c) {
                if (c.type() == ConstraintDef.Type.FOREIGN_KEY) {
                    addConstraint(c); // after every table exists: the referenced one may be created later
                } else {
                    elements.add(Ddl.inlineConstraint(c));
                }
            } else if (child instanceof IndexDef i && !i.backsConstraint()) {
                createIndex(i);
            } else if (child instanceof TriggerDef t) {
                statements.addAll(TriggerDdl.create(t));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (table.persistence() == TableDef.Persistence.UNLOGGED) {
            sql.append("UNLOGGED ");
        }
        String partitionOf = objects.partitions.partitionOfClause(table.key());
        sql.append("TABLE ").append(Ddl.table(table.key())).append(partitionOf);
        if (!elements.isEmpty()) {
            sql.append(" (\n    ").append(String.join(",\n    ", elements)).append("\n)");
        } else if (partitionOf.isEmpty()) {
            sql.append(" ()");
        }
        sql.append(objects.partitions.boundOrInherits(table.key()));
        table.partitionKey().ifPresent(k -> sql.append(" PARTITION BY ").append(k));
        add(objects.partitions.createPhase(table.key()), table.key(), sql.toString());
        objects.policies.forNewTable(table.key());
    }

    private void addConstraint(ConstraintDef c) {
        List<Hazard> hazards = new ArrayList<>();
        switch (c.type()) {
            case PRIMARY_KEY, UNIQUE, EXCLUSION -> hazards.add(new Hazard(Hazard.Kind.MAY_FAIL,
                    "fails if existing rows hold duplicates (or nulls, for a primary key)"));
            case CHECK, FOREIGN_KEY -> {
                if (!c.definition().endsWith("NOT VALID")) {
                    hazards.add(new Hazard(Hazard.Kind.MAY_FAIL, "fails if existing rows violate it"));
                }
            }
            default -> { }
        }
        if (c.type().hasIndex()) {
            hazards.add(new Hazard(Hazard.Kind.LONG_LOCK, "builds an index while writes to the table wait"));
        }
        Phase phase = c.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS;
        statements.addAll(online.addConstraint(phase, c, hazards));
    }

    private void createIndex(IndexDef index) {
        // A unique index is a key a foreign key may lean on: it is built with the constraints, before foreign keys.
        statements.add(online.createIndex(isUnique(index) ? Phase.CONSTRAINTS : Phase.INDEXES, index.key(), index,
                new Hazard(Hazard.Kind.LONG_LOCK, "builds the index while writes to the table wait")));
    }

    private void setOwner(ObjectKey sequence, Optional<ObjectKey> owner) {
        String ownedBy = owner.map(c -> Sql.qualified(c.schema(), c.parent().orElseThrow()) + "." + Sql.ident(c.name()))
                .orElse("NONE");
        add(Phase.SEQUENCE_OWNERSHIP, sequence, "ALTER SEQUENCE " + Sql.qualified(sequence) + " OWNED BY " + ownedBy);
    }

    // ---- dropping what only the target has ------------------------------------------------------

    private final class Dropper extends ObjectPlanners.Dropping {
        Dropper() {
            super(objects);
        }

        @Override
        public Void schema(SchemaDef schema) {
            add(Phase.DROP_SCHEMAS, schema.key(), "DROP SCHEMA " + Sql.ident(schema.key().name()),
                    dataLoss("drops the schema " + schema.key().name()));
            return null;
        }

        @Override
        public Void table(TableDef table) {
            if (objects.partitions.goesWithParent(table)) {
                return null;
            }
            // A foreign key from one dropped table to another would stop the referenced one from going first.
            for (ConstraintDef fk : target.objects(ConstraintDef.class)) {
                boolean betweenDropped = fk.key().table().filter(t -> !t.equals(table.key()) && dropped.contains(t))
                        .isPresent() && fk.references().equals(Optional.of(table.key()));
                if (betweenDropped) {
                    add(Phase.DROP_FOREIGN_KEYS, fk.key(), Ddl.dropConstraint(fk.key()),
                            dataLoss("goes with its table, which is dropped"));
                }
            }
            add(Phase.DROP_TABLES, table.key(), "DROP TABLE " + Ddl.table(table.key()),
                    dataLoss("drops the table and every row in it"));
            return null;
        }

        @Override
        public Void column(ColumnDef column) {
            // A generated column goes before the columns it is computed from.
            add(column.generated().isPresent() ? Phase.DROP_GENERATION : Phase.DROP_COLUMNS, column.key(),
                    Ddl.alterTable(column.key()) + " DROP COLUMN "
                    + Sql.ident(column.key().name()), dataLoss("drops the column and the data in it"));
            return null;
        }

        @Override
        public Void constraint(ConstraintDef constraint) {
            // A foreign key on a dropped column would go with it, but only when the column goes, which is after
            // the keys are dropped: it may hold on to a key dropped before then, so it is dropped explicitly.
            boolean goesWithColumn = constraint.type() != ConstraintDef.Type.FOREIGN_KEY
                    && droppedWithColumns(constraint.columns(), constraint.key());
            if (!goesWithColumn && !replacedByIndex.contains(constraint.key())) {
                Phase phase = constraint.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.DROP_FOREIGN_KEYS
                        : Phase.DROP_CONSTRAINTS;
                add(phase, constraint.key(), Ddl.dropConstraint(constraint.key()),
                        dataLoss("removes a constraint the reference does not have; the data it guarded may change"));
            }
            return null;
        }

        @Override
        public Void index(IndexDef index) {
            statements.add(online.dropIndex(Phase.DROP_INDEXES, index,
                    dataLoss("drops an index the reference does not have; queries that use it slow down")));
            return null;
        }

        @Override
        public Void sequence(SequenceDef sequence) {
            // A sequence owned by a dropped table or column is dropped with it.
            boolean goesWithOwner = sequence.ownedBy()
                    .filter(c -> dropped.contains(c) || c.table().filter(dropped::contains).isPresent()).isPresent();
            if (!goesWithOwner) {
                add(Phase.DROP_SEQUENCES, sequence.key(), "DROP SEQUENCE " + Sql.qualified(sequence.key()),
                        dataLoss("drops the sequence and its current value"));
            }
            return null;
        }

        @Override
        public Void view(ViewDef view) {
            statements.add(ViewDdl.drop(view.key(), dataLoss("drops a view the reference does not have; what reads it fails")));
            return null;
        }

        @Override
        public Void materializedView(MaterializedViewDef view) {
            statements.add(ViewDdl.drop(view, dataLoss("drops the materialized view and the rows it holds")));
            return null;
        }

        @Override
        public Void routine(RoutineDef routine) {
            statements.add(RoutineDdl.drop(routine, dataLoss("drops a routine the reference does not have; callers fail")));
            return null;
        }

        @Override
        public Void aggregate(AggregateDef aggregate) {
            statements.add(RoutineDdl.drop(aggregate, dataLoss("drops an aggregate the reference does not have")));
            return null;
        }

        @Override
        public Void trigger(TriggerDef trigger) {
            statements.add(TriggerDdl.drop(trigger.key(), dataLoss("drops a trigger the reference does not have; what it did stops")));
            return null;
        }
    }

    /** A constraint on a dropped column goes with the column (PostgreSQL drops it). */
    private boolean droppedWithColumns(List<String> columns, ObjectKey constraint) {
        return columns.stream().anyMatch(c -> dropped.contains(
                ObjectKey.column(constraint.schema(), constraint.parent().orElseThrow(), c)));
    }

    // ---- changing what both have ----------------------------------------------------------------

    private void alter(Change.Changed change) {
        DbObject ref = change.reference();
        DbObject tgt = change.target();
        if (ref instanceof ColumnDef r && tgt instanceof ColumnDef t) {
            alterColumn(change, r, t);
        } else if (ref instanceof ConstraintDef r && tgt instanceof ConstraintDef t) {
            replaceConstraint(r, t);
        } else if (ref instanceof IndexDef r && tgt instanceof IndexDef t) {
            replaceIndex(r, t);
        } else if (ref instanceof SequenceDef r && tgt instanceof SequenceDef t) {
            alterSequence(r, t);
        } else if (ref instanceof TableDef r && tgt instanceof TableDef t) {
            alterTable(change, r, t);
        } else if (ref instanceof ViewDef r && tgt instanceof ViewDef t) {
            statements.addAll(ViewDdl.alter(r, t));
        } else if (ref instanceof RoutineDef r && tgt instanceof RoutineDef t) {
            statements.addAll(RoutineDdl.alter(r, t));
        } else if (ref instanceof AggregateDef r && tgt instanceof AggregateDef t) {
            statements.addAll(RoutineDdl.alter(r, t));
        } else if (ref instanceof TriggerDef r && tgt instanceof TriggerDef t) {
            statements.addAll(TriggerDdl.alter(r, t));
        } else if (!objects.alter(change)) {
            unsupported.add(change.describe());
        }
    }

    private void alterTable(Change.Changed change, TableDef r, TableDef t) {
        if (r.persistence() != t.persistence()) {
            add(Phase.TABLES, r.key(), "ALTER TABLE " + Ddl.table(r.key()) + " SET "
                            + (r.persistence() == TableDef.Persistence.UNLOGGED ? "UNLOGGED" : "LOGGED"),
                    new Hazard(Hazard.Kind.TABLE_REWRITE, "rewrites the table under an ACCESS EXCLUSIVE lock"));
        }
        if (!r.partitionKey().equals(t.partitionKey())) {
            unsupported.add(change.describe() + " (a table's partitioning can only change by rebuilding it)");
        }
    }

    private void alterColumn(Change.Changed change, ColumnDef r, ColumnDef t) {
        String alter = Ddl.alterTable(r.key()) + " ALTER COLUMN " + Sql.ident(r.key().name());
        ObjectKey key = r.key();
        boolean generationChanges = !r.generated().equals(t.generated());
        if (generationChanges) {
            alterGeneration(r, t, alter);
            if (r.generated().isPresent()) {
                return; // re-added whole, or only its expression changes
            }
        }
        boolean typeChanges = !r.type().equals(t.type()) || !r.collation().equals(t.collation());
        boolean defaultChanges = !r.defaultExpression().equals(t.defaultExpression());
        boolean oldDefaultUsesDroppedSequence = t.defaultExpression().filter(this::usesDroppedSequence).isPresent();
        // The old default goes first when the column becomes an identity column (which refuses a default), when
        // it may not cast to the new type, or when it holds on to a sequence the plan drops (then before that).
        boolean dropDefaultFirst = defaultChanges && t.defaultExpression().isPresent()
                && (r.defaultExpression().isEmpty() || typeChanges || oldDefaultUsesDroppedSequence);
        if (dropDefaultFirst) {
            add(oldDefaultUsesDroppedSequence ? Phase.DROP_COLUMNS : Phase.COLUMNS, key, alter + " DROP DEFAULT");
        }
        if (typeChanges) {
            TypeChanges.Verdict verdict = TypeChanges.classify(t.type(), r.type());
            List<Hazard> hazards = new ArrayList<>();
            if (!verdict.lossless()) {
                hazards.add(dataLoss("changing " + t.type() + " to " + r.type() + " can alter or reject existing values"));
            }
            if (verdict.rewrites()) {
                hazards.add(new Hazard(Hazard.Kind.TABLE_REWRITE, "rewrites the table under an ACCESS EXCLUSIVE lock"));
            }
            String using = verdict.lossless() ? "" : " USING " + Sql.ident(key.name()) + "::" + r.type();
            String collate = r.collation().map(c -> " COLLATE " + c).orElse("");
            add(Phase.COLUMNS, key, alter + " TYPE " + r.type() + collate + using, hazards.toArray(Hazard[]::new));
        }
        if (!r.identity().equals(t.identity())) {
            alterIdentity(r, t, alter);
        }
        if (defaultChanges && r.defaultExpression().isPresent()) {
            add(Phase.COLUMNS, key, alter + " SET DEFAULT " + r.defaultExpression().get());
        }
        // Identity columns are NOT NULL by definition: that part is handled with the identity.
        boolean identityImpliesNotNull = r.identity().isPresent() || t.identity().isPresent();
        if (r.notNull() != t.notNull() && !(identityImpliesNotNull && r.notNull())) {
            if (r.notNull()) {
                add(Phase.COLUMNS, key, alter + " SET NOT NULL",
                        new Hazard(Hazard.Kind.MAY_FAIL, "fails if the column holds nulls"),
                        new Hazard(Hazard.Kind.LONG_LOCK, "scans the whole table under an ACCESS EXCLUSIVE lock"));
            } else {
                add(Phase.COLUMNS, key, alter + " DROP NOT NULL");
            }
        }
        if (r.position() != t.position() && change.changes("position")) {
            unsupported.add("column " + key.displayName() + " is at position " + t.position() + ", the reference has it at "
                    + r.position() + " (PostgreSQL cannot move a column without rebuilding the table)");
        }
    }

    /** Whether a default expression names a sequence this plan drops (a name match: at worst one extra statement). */
    private boolean usesDroppedSequence(String expression) {
        return expression.contains("nextval(") && dropped.stream()
                .filter(k -> k.kind() == ObjectKind.SEQUENCE)
                .map(k -> k.name().replace("\"", "\"\"").replace("'", "''")) // as it stands inside '"name"'::regclass
                .anyMatch(expression::contains);
    }

    private static Hazard[] restartHazards() {
        return new Hazard[] {new Hazard(Hazard.Kind.MAY_FAIL, "restarts the sequence at its new start, which its old "
                + "range excludes; values it already handed out may be handed out again")};
    }

    private void alterIdentity(ColumnDef r, ColumnDef t, String alter) {
        ObjectKey key = r.key();
        if (r.identity().isEmpty()) {
            add(Phase.COLUMNS, key, alter + " DROP IDENTITY");
            return;
        }
        ColumnDef.Identity ri = r.identity().get();
        if (t.identity().isEmpty()) {
            if (!t.notNull()) {
                // ADD IDENTITY refuses a nullable column; the NOT NULL comes first.
                add(Phase.COLUMNS, key, alter + " SET NOT NULL",
                        new Hazard(Hazard.Kind.MAY_FAIL, "fails if the column holds nulls"));
            }
            add(Phase.COLUMNS, key, alter + " ADD " + Ddl.identityClause(ri, r.type()),
                    new Hazard(Hazard.Kind.MAY_FAIL, "fails if the column holds nulls or has a default"));
            return;
        }
        ColumnDef.Identity ti = t.identity().get();
        List<String> parts = new ArrayList<>();
        if (ri.generation() != ti.generation()) {
            parts.add(ri.generation() == ColumnDef.Identity.Generation.ALWAYS ? "SET GENERATED ALWAYS"
                    : "SET GENERATED BY DEFAULT");
        }
        for (String option : Ddl.sequenceAlterations(ti.options(), ri.options(), false)) {
            parts.add("SET " + option);
        }
        boolean restart = Ddl.needsRestart(ti.options(), ri.options());
        if (restart) {
            parts.add("RESTART");
        }
        if (!parts.isEmpty()) {
            add(Phase.COLUMNS, key, alter + " " + String.join(" ", parts), restart ? restartHazards() : new Hazard[0]);
        }
    }

    private void alterGeneration(ColumnDef r, ColumnDef t, String alter) {
        ObjectKey key = r.key();
        boolean sameStorage = r.generated().isPresent() && t.generated().isPresent()
                && r.generated().get().storage() == t.generated().get().storage();
        if (r.generated().isEmpty()) {
            // Keeps the computed values as plain data.
            add(Phase.DROP_GENERATION, key, alter + " DROP EXPRESSION");
        } else if (sameStorage && reference.serverVersion() >= 170000 && target.serverVersion() >= 170000) {
            add(Phase.COLUMNS, key, alter + " SET EXPRESSION AS (" + r.generated().get().expression() + ")",
                    new Hazard(Hazard.Kind.TABLE_REWRITE, "recomputes the column for every row"));
        } else {
            // No in-place change before PostgreSQL 17: the column is dropped and added again.
            add(Phase.DROP_GENERATION, key, Ddl.alterTable(key) + " DROP COLUMN " + Sql.ident(key.name()),
                    dataLoss("the generated column is dropped and added again with its new definition"));
            // Destructive too: held back with the drop, or it would fail on the column that is still there.
            add(Phase.COLUMNS, key, Ddl.alterTable(key) + " ADD COLUMN " + Ddl.columnDefinition(r),
                    dataLoss("re-adds the generated column dropped above"),
                    new Hazard(Hazard.Kind.TABLE_REWRITE, "computes the column for every row"));
            objects.context.recreated(key);
        }
    }

    private void replaceConstraint(ConstraintDef r, ConstraintDef t) {
        if (t.definition().endsWith(" NOT VALID")
                && r.definition().equals(t.definition().substring(0, t.definition().length() - " NOT VALID".length()))) {
            add(r.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS, r.key(),
                    Ddl.alterTable(r.key()) + " VALIDATE CONSTRAINT " + Sql.ident(r.key().name()),
                    new Hazard(Hazard.Kind.MAY_FAIL, "fails if existing rows violate it"));
            return;
        }
        Phase dropPhase = t.type() == ConstraintDef.Type.FOREIGN_KEY ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS;
        add(dropPhase, t.key(), Ddl.dropConstraint(t.key()));
        addConstraint(r);
        objects.context.recreated(r.key());
        if (t.type().hasIndex() && t.type() != ConstraintDef.Type.EXCLUSION) {
            rebuildForeignKeysOnto(t.key().table().orElseThrow());
        }
    }

    /** A key being replaced takes the foreign keys that lean on it: drop them first, add them back after. */
    private void rebuildForeignKeysOnto(ObjectKey table) {
        for (ConstraintDef fk : target.objects(ConstraintDef.class)) {
            if (fk.references().equals(Optional.of(table)) && rebuiltForeignKeys.add(fk.key())) {
                Optional<DbObject> inReference = reference.find(fk.key());
                boolean changedAnyway = inReference.isEmpty() || !inReference.get().equals(fk);
                if (!changedAnyway) {
                    add(Phase.DROP_FOREIGN_KEYS, fk.key(), Ddl.dropConstraint(fk.key()));
                    addConstraint(fk);
                    objects.context.recreated(fk.key());
                }
            }
        }
    }

    private static boolean isUnique(IndexDef index) {
        return index.definition().startsWith("CREATE UNIQUE ");
    }

    private void replaceIndex(IndexDef r, IndexDef t) {
        ObjectKey key = r.key();
        if (isUnique(t)) {
            // Foreign keys may lean on the unique index that goes: dropped first, added back after.
            rebuildForeignKeysOnto(key.table().orElseThrow());
        }
        if (t.backsConstraint()) {
            // The target's index belongs to a constraint the reference does not have: it goes with it.
            ObjectKey constraint = ObjectKey.constraint(key.schema(), key.parent().orElseThrow(), t.constraint().get());
            add(Phase.DROP_CONSTRAINTS, constraint, Ddl.dropConstraint(constraint));
        } else if (!isUnique(t) && !isUnique(r) && online.concurrently(r)) {
            // Neither is a key: dropped and built again concurrently, writes go on (only reads miss the index).
            statements.add(online.dropIndex(Phase.DROP_INDEXES, t, new Hazard(Hazard.Kind.RECREATED,
                    "dropped and built again concurrently: queries run without it until the new one is built")));
        } else {
            add(Phase.DROP_INDEXES, key, "DROP INDEX " + Sql.qualified(key.schema(), key.name()));
        }
        if (!r.backsConstraint() && (isUnique(t) || isUnique(r) || t.backsConstraint())) {
            // Built in the same transaction as the drop: a key is never missing, not even for a moment.
            add(isUnique(r) ? Phase.CONSTRAINTS : Phase.INDEXES, key, Ddl.createIndex(r),
                    new Hazard(Hazard.Kind.LONG_LOCK, "builds the index while writes to the table wait"));
        } else if (!r.backsConstraint()) {
            createIndex(r);
        }
        if (!r.backsConstraint() && !t.backsConstraint()) {
            // The same index again: its comment goes with the drop and is applied again after the build.
            objects.context.recreated(key);
        }
    }

    private void alterSequence(SequenceDef r, SequenceDef t) {
        List<String> parts = new ArrayList<>(Ddl.sequenceAlterations(t.options(), r.options(), true));
        boolean restart = Ddl.needsRestart(t.options(), r.options());
        if (restart) {
            parts.add("RESTART");
        }
        if (!parts.isEmpty()) {
            add(Phase.SEQUENCES, r.key(), "ALTER SEQUENCE " + Sql.qualified(r.key()) + " " + String.join(" ", parts),
                    restart ? restartHazards() : new Hazard[0]);
        }
        if (!r.ownedBy().equals(t.ownedBy())) {
            boolean ownerDropped = t.ownedBy()
                    .filter(c -> dropped.contains(c) || c.table().filter(dropped::contains).isPresent()).isPresent();
            if (ownerDropped) {
                // Released before its owner is dropped, or the sequence would be dropped with it.
                add(Phase.DETACH_SEQUENCES, r.key(), "ALTER SEQUENCE " + Sql.qualified(r.key()) + " OWNED BY NONE");
                r.ownedBy().ifPresent(owner -> setOwner(r.key(), Optional.of(owner)));
            } else {
                setOwner(r.key(), r.ownedBy());
            }
        }
    }
}
