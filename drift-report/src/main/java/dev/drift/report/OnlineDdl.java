package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.CommentDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.Sql;
import dev.drift.core.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The online-safe forms of index and constraint statements ({@link PlanOptions#concurrentIndexes()},
 * {@link PlanOptions#validateSeparately()}), and the commit points they need.
 *
 * <p>{@code CONCURRENTLY} and {@code NOT VALID} are only used on a table that exists in the target, stays,
 * and is neither partitioned nor a partition: PostgreSQL refuses {@code CREATE INDEX CONCURRENTLY},
 * {@code DROP INDEX CONCURRENTLY} and {@code ADD CONSTRAINT ... USING INDEX} on partitioned tables (and a
 * partition's index belongs to its parent's), and a table the script creates is empty, so the plain form
 * is as quick and stays inside the transaction.
 */
final class OnlineDdl {

    static final String INVALID_INDEX_NOTE = "if it fails or is cancelled it leaves an INVALID index behind, which must"
            + " be dropped (DROP INDEX CONCURRENTLY) before it runs again";

    /** {@code CREATE [UNIQUE] INDEX } at the start of a definition. */
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX ");
    /** The deferrability a unique or primary key constraint definition ends with, if any. */
    private static final Pattern DEFERRABLE = Pattern.compile(" (DEFERRABLE(?: INITIALLY DEFERRED)?)$");

    private final PlanContext context;
    /** Constraints added {@code NOT VALID} and validated by a statement of their own. */
    private final Set<ObjectKey> validatedLater = new HashSet<>();
    /** Indexes built concurrently, and the constraints attached to such an index. */
    private final Set<ObjectKey> builtConcurrently = new HashSet<>();
    /** Tables that get a unique index or key built concurrently: foreign keys onto them wait for it. */
    private final Set<ObjectKey> uniqueBuiltOn = new HashSet<>();

    OnlineDdl(PlanContext context) {
        this.context = context;
    }

    /**
     * Whether statements on a table may run {@code CONCURRENTLY} or add constraints {@code NOT VALID}: a
     * table (or materialized view) both catalogs have, that the plan keeps, and that is neither partitioned
     * nor a partition on either side.
     */
    boolean onExistingPlainTable(ObjectKey table) {
        return plain(context.target, table) && plain(context.reference, table) && !context.unexpected(table);
    }

    private static boolean plain(Catalog catalog, ObjectKey table) {
        Optional<DbObject> found = catalog.find(table);
        if (found.isEmpty()) {
            return catalog.find(ObjectKey.materializedView(table.schema(), table.name()))
                    .filter(MaterializedViewDef.class::isInstance).isPresent();
        }
        boolean partitioned = found.get() instanceof TableDef t && t.partitionKey().isPresent();
        boolean partition = catalog.childrenOf(table).stream().anyMatch(o -> o instanceof InheritanceDef i && i.partition());
        return !partitioned && !partition;
    }

    /**
     * The statement that builds an index: {@code CONCURRENTLY} outside a transaction when the option is on
     * and the table allows it, else the plain form with {@code plainHazards}.
     */
    FixStatement createIndex(Phase phase, ObjectKey subject, IndexDef index, Hazard... plainHazards) {
        String plain = Ddl.createIndex(index);
        if (!concurrently(index)) {
            return new FixStatement(phase, subject, plain, true, List.of(plainHazards));
        }
        builtConcurrently.add(index.key());
        List<Hazard> hazards = new ArrayList<>();
        if (plain.startsWith("CREATE UNIQUE ")) {
            uniqueBuiltOn.add(index.key().table().orElseThrow());
            hazards.add(PlanContext.mayFail("fails if existing rows hold duplicates"));
        }
        hazards.add(PlanContext.mayFail(INVALID_INDEX_NOTE));
        return new FixStatement(phase, subject, CREATE_INDEX.matcher(plain).replaceFirst("CREATE $1INDEX CONCURRENTLY "),
                false, hazards);
    }

    /** Whether a new index on this table is built concurrently. */
    boolean concurrently(IndexDef index) {
        return context.options.concurrentIndexes() && CREATE_INDEX.matcher(index.definition()).find()
                && onExistingPlainTable(index.key().table().orElseThrow());
    }

    /**
     * {@code DROP INDEX [CONCURRENTLY]}, the concurrent form outside a transaction: only for a plain (not unique)
     * index, which nothing else depends on; a unique one may hold up a foreign key, which is dropped first
     * in the transaction, so it goes with it.
     */
    FixStatement dropIndex(Phase phase, IndexDef target, Hazard... hazards) {
        ObjectKey index = target.key();
        String name = Sql.qualified(index.schema(), index.name());
        boolean concurrently = context.options.concurrentIndexes() && target.definition().startsWith("CREATE INDEX ")
                && !target.backsConstraint() && onExistingPlainTable(index.table().orElseThrow());
        if (!concurrently) {
            return new FixStatement(phase, index, "DROP INDEX " + name, true, List.of(hazards));
        }
        List<Hazard> all = new ArrayList<>(List.of(hazards));
        all.add(PlanContext.mayFail("if it fails part-way the index is left INVALID (no longer used, still"
                + " maintained): run it again"));
        return new FixStatement(phase, index, "DROP INDEX CONCURRENTLY " + name, false, all);
    }

    /**
     * The statements that add a constraint. With {@link PlanOptions#concurrentIndexes()}, a unique or primary
     * key constraint on an existing table is built as a unique index concurrently and then attached
     * ({@code USING INDEX}: a short lock, no build); with {@link PlanOptions#validateSeparately()}, a check or
     * foreign key is added {@code NOT VALID} and validated by a statement of its own, in
     * {@link Phase#VALIDATE_CONSTRAINTS}. Otherwise one plain {@code ADD CONSTRAINT} with {@code plainHazards}.
     */
    List<FixStatement> addConstraint(Phase phase, ConstraintDef c, List<Hazard> plainHazards) {
        ObjectKey table = c.key().table().orElseThrow();
        String sql = Ddl.addConstraint(c);
        boolean checkOrForeignKey = c.type() == ConstraintDef.Type.CHECK || c.type() == ConstraintDef.Type.FOREIGN_KEY;
        if (checkOrForeignKey && context.options.validateSeparately() && !c.definition().endsWith(" NOT VALID")
                && onExistingPlainTable(table)) {
            validatedLater.add(c.key());
            String validate = Ddl.alterTable(c.key()) + " VALIDATE CONSTRAINT " + Sql.ident(c.key().name());
            return List.of(new FixStatement(phase, c.key(), sql + " NOT VALID", true, List.of()),
                    new FixStatement(Phase.VALIDATE_CONSTRAINTS, c.key(), validate, true, List.of(
                            PlanContext.mayFail("fails if existing rows violate it; the constraint then stays NOT VALID"
                                    + " (new and updated rows are still checked)"))));
        }
        Optional<IndexDef> index = usingIndex(c);
        if (index.isPresent()) {
            builtConcurrently.add(c.key());
            builtConcurrently.add(index.get().key());
            uniqueBuiltOn.add(table);
            Matcher deferrable = DEFERRABLE.matcher(c.definition());
            String keyword = c.type() == ConstraintDef.Type.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
            String attach = Ddl.alterTable(c.key()) + " ADD CONSTRAINT " + Sql.ident(c.key().name()) + " " + keyword
                    + " USING INDEX " + Sql.ident(index.get().key().name())
                    + (deferrable.find() ? " " + deferrable.group(1) : "");
            List<Hazard> hazards = new ArrayList<>();
            hazards.add(PlanContext.mayFail("fails if existing rows hold duplicates"
                    + (c.type() == ConstraintDef.Type.PRIMARY_KEY ? " or nulls" : "")));
            hazards.add(PlanContext.mayFail(INVALID_INDEX_NOTE));
            // Both statements have the constraint as subject: the build then stays right before the attach.
            return List.of(new FixStatement(phase, c.key(), CREATE_INDEX.matcher(index.get().definition())
                            .replaceFirst("CREATE $1INDEX CONCURRENTLY "), false, hazards),
                    new FixStatement(phase, c.key(), attach, true, List.of()));
        }
        return List.of(new FixStatement(phase, c.key(), sql, true, plainHazards));
    }

    /**
     * The reference's index behind a unique or primary key constraint, when it can be built concurrently and
     * attached: a unique index named like the constraint (attaching renames the index to the constraint's
     * name, so any other name would not match the reference).
     */
    private Optional<IndexDef> usingIndex(ConstraintDef c) {
        boolean key = c.type() == ConstraintDef.Type.UNIQUE || c.type() == ConstraintDef.Type.PRIMARY_KEY;
        ObjectKey table = c.key().table().orElseThrow();
        // A key the target has in another form is replaced in one transaction: it is never missing, not even briefly.
        boolean targetHasIt = context.target.find(c.key()).isPresent()
                || context.target.find(ObjectKey.index(c.key().schema(), table.name(), c.key().name())).isPresent();
        if (!key || !context.options.concurrentIndexes() || !onExistingPlainTable(table) || targetHasIt) {
            return Optional.empty();
        }
        return context.reference.childrenOf(table).stream()
                .filter(o -> o instanceof IndexDef i && i.constraint().equals(Optional.of(c.key().name())))
                .map(IndexDef.class::cast)
                .filter(i -> i.key().name().equals(c.key().name()) && i.definition().startsWith("CREATE UNIQUE INDEX "))
                .findFirst();
    }

    /**
     * Puts the statements in the order of an online-safe script and marks where it must commit, keeping every
     * transactional statement that does not wait for a concurrent build in ONE transaction, so that a
     * replacement (a key, a foreign key, a view or a trigger dropped and created again) never leaves a gap:
     * <ol>
     *   <li>the concurrent drops of plain indexes (nothing depends on them; dropping them first also frees
     *       their names);</li>
     *   <li>the transaction of everything else;</li>
     *   <li>the concurrent builds, each on its own after that commit (what they index exists then);</li>
     *   <li>a transaction of what needs a concurrently built index: the {@code USING INDEX} attach, foreign
     *       keys onto the table of a new key, comments on the new indexes and keys;</li>
     *   <li>a transaction of the {@code VALIDATE CONSTRAINT}s, after the constraints were added.</li>
     * </ol>
     * A statement is marked {@link FixStatement#commitBefore()} where a new transaction starts after another
     * transactional statement, or after a non-transactional one (so that a runner that runs a transaction's
     * statements before the non-transactional ones that follow it keeps this order). Without the options,
     * the statements are returned as they are.
     */
    List<FixStatement> arrange(List<FixStatement> ordered) {
        if (builtConcurrently.isEmpty() && validatedLater.isEmpty()
                && ordered.stream().allMatch(FixStatement::transactional)) {
            return ordered;
        }
        List<FixStatement> drops = new ArrayList<>();
        List<FixStatement> main = new ArrayList<>();
        List<FixStatement> builds = new ArrayList<>();
        List<FixStatement> afterBuilds = new ArrayList<>();
        List<FixStatement> validations = new ArrayList<>();
        // What waits for a build, growing as statements move: what comes later may wait for those in turn
        // (the order is already by dependencies, so one pass sees every provider before its dependents).
        Set<ObjectKey> waiting = new HashSet<>(builtConcurrently);
        for (FixStatement s : ordered) {
            if (!s.transactional()) {
                (s.phase().drops() ? drops : builds).add(s);
            } else if (s.phase() == Phase.VALIDATE_CONSTRAINTS && validatedLater.contains(s.subject())) {
                validations.add(s);
            } else if (waitsForBuild(s, waiting)) {
                waiting.add(s.subject());
                afterBuilds.add(s);
            } else {
                main.add(s);
            }
        }
        List<FixStatement> out = new ArrayList<>(ordered.size());
        out.addAll(drops);
        for (List<FixStatement> group : List.of(main, builds, afterBuilds, validations)) {
            for (int i = 0; i < group.size(); i++) {
                FixStatement s = group.get(i);
                boolean first = i == 0 && !out.isEmpty();
                boolean afterNonTransactional = !out.isEmpty() && !out.get(out.size() - 1).transactional();
                out.add(s.transactional() && !s.commitBefore() && (first || afterNonTransactional) ? s.withCommitBefore() : s);
            }
        }
        return out;
    }

    /**
     * Whether a transactional statement waits for an index this plan builds concurrently, or for a statement
     * that does ({@code waiting}): it attaches the index ({@code USING INDEX}) or changes what waits, it is a
     * foreign key onto the table of a new key, it comments on what waits, or the reference records that its
     * subject depends on what waits.
     */
    private boolean waitsForBuild(FixStatement s, Set<ObjectKey> waiting) {
        if (s.phase().drops() || builtConcurrently.isEmpty()) {
            return false;
        }
        ObjectKey subject = s.subject();
        if (waiting.contains(subject)) {
            return true;
        }
        Optional<DbObject> object = context.reference.find(subject);
        if (object.filter(o -> o instanceof CommentDef c && waiting.contains(c.subject())).isPresent()) {
            return true;
        }
        boolean ontoNewKey = object.filter(o -> o instanceof ConstraintDef fk && fk.references()
                .filter(uniqueBuiltOn::contains).isPresent()).isPresent();
        return ontoNewKey || context.reference.dependencies().stream()
                .anyMatch(d -> d.dependent().equals(subject) && waiting.contains(d.referenced()));
    }
}
