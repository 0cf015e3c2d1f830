package dev.drift.report;

import dev.drift.core.AggregateDef;
import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.CommentDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.IndexDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.Sql;
import dev.drift.core.TriggerDef;
import dev.drift.core.ViewDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must be dropped and created again. Some changes cannot be made in place (a function's result
 * type, a view's columns, any materialized view); some changes are refused while something depends on
 * the object (a column's type under a view, a dropped function that a default calls). The server's
 * recorded dependencies of the target say what stands in the way: each such dependent is dropped
 * before and created again (from the reference) after, transitively (views on views).
 */
final class Rebuilds {

    /**
     * @param statements  the drops and creations of the rebuilt objects
     * @param handled     keys whose changes the rebuild takes care of (the planner skips them)
     * @param unsupported what cannot be rebuilt, each a sentence
     * @param recreated   the objects dropped and created again from the reference: their privileges (and
     *                    those on their columns) are granted again by the planner
     */
    record Result(List<FixStatement> statements, Set<ObjectKey> handled, List<String> unsupported,
                  Set<ObjectKey> recreated) {
    }

    private final Catalog reference;
    private final Catalog target;
    private final Map<ObjectKey, Change> changes = new HashMap<>();
    private final Set<ObjectKey> unexpectedTables = new HashSet<>();
    private final List<FixStatement> statements = new ArrayList<>();
    private final Set<ObjectKey> handled = new HashSet<>();
    private final List<String> unsupported = new ArrayList<>();
    private final Set<ObjectKey> recreated = new HashSet<>();
    /** Target objects to drop and create again, with why. */
    private final Map<ObjectKey, String> rebuilt = new HashMap<>();

    private Rebuilds(SchemaDiff diff) {
        this.reference = diff.reference();
        this.target = diff.target();
        for (Change c : diff.changes()) {
            changes.put(c.key(), c);
            if (c instanceof Change.Unexpected u && u.key().kind().isRelation()) {
                unexpectedTables.add(ObjectKey.table(u.key().schema(), u.key().name()));
            }
        }
    }

    static Result plan(SchemaDiff diff) {
        Rebuilds r = new Rebuilds(diff);
        r.run(diff);
        return new Result(List.copyOf(r.statements), Set.copyOf(r.handled), List.copyOf(r.unsupported),
                Set.copyOf(r.recreated));
    }

    private void run(SchemaDiff diff) {
        Deque<ObjectKey> freed = new ArrayDeque<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.Unexpected) {
                freed.add(c.key());
            } else if (c instanceof Change.Changed changed) {
                if (cannotChangeInPlace(changed)) {
                    rebuilt.put(c.key(), "PostgreSQL cannot change it in place");
                    freed.add(c.key());
                } else if (changed.reference() instanceof ColumnDef && (changed.changes("type")
                        || changed.changes("collation") || changed.changes("generated"))) {
                    freed.add(c.key());
                }
            }
        }
        Set<ObjectKey> seen = new HashSet<>(freed);
        Map<ObjectKey, ObjectKey> cause = new HashMap<>();
        Set<ObjectKey> blocked = new TreeSet<>();
        while (!freed.isEmpty()) {
            ObjectKey key = freed.poll();
            for (Dependency d : target.dependencies()) {
                if (!d.enforced() || !uses(d.referenced(), key)) {
                    continue;
                }
                ObjectKey dependent = d.dependent();
                if (key.kind() == ObjectKind.SEQUENCE && dependent.kind() == ObjectKind.COLUMN) {
                    continue; // a default on a dropped sequence: the column's own change drops it first
                }
                if (goesAnyway(dependent) || !seen.add(dependent)) {
                    continue;
                }
                cause.put(dependent, key);
                if (!rebuildable(dependent)) {
                    // The change that needs the dependent out of the way cannot be made: leave it whole.
                    unsupported.add(key + " cannot be dropped or changed while " + dependent + " depends on it, and Drift"
                            + " does not drop and create again a " + what(dependent));
                    for (ObjectKey k = key; k != null; k = cause.get(k)) {
                        blocked.add(k);
                    }
                    continue;
                }
                rebuilt.putIfAbsent(dependent, "it depends on " + key + ", which the fix drops or changes");
                freed.add(dependent);
            }
        }
        for (ObjectKey key : new TreeSet<>(rebuilt.keySet())) {
            for (ObjectKey k = key; k != null; k = cause.get(k)) {
                if (blocked.contains(k)) {
                    rebuilt.remove(key);
                    break;
                }
            }
        }
        handled.addAll(blocked);
        for (ObjectKey key : new TreeSet<>(rebuilt.keySet())) {
            rebuild(key, rebuilt.get(key));
        }
    }

    /** Whether an edge to {@code referenced} is one to {@code key}: itself, or a column of the relation. */
    static boolean uses(ObjectKey referenced, ObjectKey key) {
        return referenced.equals(key) || (key.kind().isRelation() && referenced.parent().equals(Optional.of(key.name()))
                && referenced.schema().equals(key.schema()));
    }

    private boolean rebuildable(ObjectKey key) {
        return switch (key.kind()) {
            case VIEW, MATERIALIZED_VIEW, ROUTINE, AGGREGATE, TRIGGER, CONSTRAINT, INDEX -> true;
            case COLUMN -> target.find(key).filter(c -> ((ColumnDef) c).generated().isEmpty()).isPresent();
            default -> false;
        };
    }

    private String what(ObjectKey key) {
        return key.kind() == ObjectKind.COLUMN ? "generated column" : key.kind().label();
    }

    /** Dropped by the plan anyway: itself or its table is unexpected. */
    private boolean goesAnyway(ObjectKey key) {
        return changes.get(key) instanceof Change.Unexpected
                || key.table().filter(unexpectedTables::contains).isPresent();
    }

    private static boolean cannotChangeInPlace(Change.Changed c) {
        DbObject r = c.reference();
        DbObject t = c.target();
        if (r instanceof ViewDef rv && t instanceof ViewDef tv) {
            return ViewDdl.needsRecreate(rv, tv);
        }
        if (r instanceof MaterializedViewDef) {
            return true;
        }
        if (r instanceof RoutineDef rr && t instanceof RoutineDef tr) {
            return RoutineDdl.needsRecreate(rr, tr);
        }
        if (r instanceof AggregateDef ra && t instanceof AggregateDef ta) {
            return RoutineDdl.needsRecreate(ra, ta);
        }
        if (r instanceof TriggerDef rt && t instanceof TriggerDef tt) {
            return TriggerDdl.needsRecreate(rt, tt);
        }
        return false;
    }

    private void rebuild(ObjectKey key, String why) {
        DbObject old = target.find(key).orElseThrow();
        Optional<DbObject> wanted = reference.find(key);
        Hazard recreated = new Hazard(Hazard.Kind.RECREATED, why);
        if (old instanceof ViewDef) {
            statements.add(ViewDdl.drop(key, recreated));
            wanted.ifPresent(w -> statements.add(ViewDdl.create((ViewDef) w)));
            children(key);
        } else if (old instanceof MaterializedViewDef m) {
            statements.add(ViewDdl.drop(m, recreated));
            wanted.ifPresent(w -> statements.add(ViewDdl.create((MaterializedViewDef) w)));
            children(key);
        } else if (old instanceof RoutineDef r) {
            statements.add(RoutineDdl.drop(r, recreated));
            wanted.ifPresent(w -> statements.add(RoutineDdl.create((RoutineDef) w)));
        } else if (old instanceof AggregateDef a) {
            statements.add(RoutineDdl.drop(a, recreated));
            wanted.ifPresent(w -> statements.add(RoutineDdl.create((AggregateDef) w)));
        } else if (old instanceof TriggerDef) {
            statements.add(TriggerDdl.drop(key, recreated));
            wanted.ifPresent(w -> statements.addAll(TriggerDdl.create((TriggerDef) w)));
        } else if (old instanceof ConstraintDef c) {
            boolean foreignKey = c.type() == ConstraintDef.Type.FOREIGN_KEY;
            statements.add(new FixStatement(foreignKey ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS, key,
                    Ddl.dropConstraint(key), true, List.of(recreated)));
            wanted.ifPresent(w -> statements.add(new FixStatement(foreignKey ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS,
                    key, Ddl.addConstraint((ConstraintDef) w), true,
                    List.of(new Hazard(Hazard.Kind.MAY_FAIL, "fails if existing rows violate it")))));
        } else if (old instanceof IndexDef) {
            statements.add(new FixStatement(Phase.DROP_INDEXES, key, "DROP INDEX " + Sql.qualified(key.schema(),
                    key.name()), true, List.of(recreated)));
            wanted.ifPresent(w -> statements.add(createIndex((IndexDef) w)));
        } else if (old instanceof ColumnDef c) {
            rebuildDefault(c, wanted, why);
            return; // the column's own changes are still planned
        } else {
            throw new IllegalStateException("no rebuild for " + key); // rebuildable() keeps other kinds out
        }
        handled.add(key);
        if (wanted.isPresent()) {
            recreated(key);
        }
    }

    /**
     * A dropped object takes its comments and privileges (and those on its columns) with it: the
     * reference's comments are set again here after it is created, even where they did not differ; its
     * privileges are the planner's ({@link Result#recreated}). Their own differences are handled so.
     */
    private void recreated(ObjectKey key) {
        recreated.add(key);
        for (DbObject object : reference.objects()) {
            if (object instanceof CommentDef comment && describes(comment.subject(), key)) {
                handled.add(comment.key());
                statements.add(new FixStatement(Phase.COMMENTS, comment.key(), CommentDdl.sql(comment), true, List.of()));
            }
        }
        for (Catalog catalog : List.of(reference, target)) {
            for (DbObject object : catalog.objects()) {
                if (object instanceof PrivilegeDef privilege && describes(privilege.subject(), key)) {
                    handled.add(privilege.key());
                }
            }
        }
    }

    /** Whether a comment's or a grant's subject is the object or one of its columns. */
    static boolean describes(ObjectKey subject, ObjectKey object) {
        return subject.equals(object) || (subject.kind() == ObjectKind.COLUMN && object.kind().isRelation()
                && subject.schema().equals(object.schema()) && subject.parent().equals(Optional.of(object.name())));
    }

    /** A default that calls a routine being dropped: removed before, set again after. */
    private void rebuildDefault(ColumnDef column, Optional<DbObject> wanted, String why) {
        ObjectKey key = column.key();
        String alter = Ddl.alterTable(key) + " ALTER COLUMN " + Sql.ident(key.name());
        statements.add(new FixStatement(Phase.DROP_DEFAULTS, key, alter + " DROP DEFAULT", true,
                List.of(new Hazard(Hazard.Kind.RECREATED, "the default is removed and set again: " + why))));
        boolean defaultChangesAnyway = changes.get(key) instanceof Change.Changed c && c.changes("defaultExpression");
        if (!defaultChangesAnyway) {
            wanted.map(ColumnDef.class::cast).flatMap(ColumnDef::defaultExpression).ifPresent(d ->
                    statements.add(new FixStatement(Phase.COLUMNS, key, alter + " SET DEFAULT " + d, true, List.of())));
        }
    }

    /** What a dropped view or materialized view takes with it, created again from the reference. */
    private void children(ObjectKey relation) {
        ObjectKey asTable = ObjectKey.table(relation.schema(), relation.name());
        for (DbObject child : target.childrenOf(asTable)) {
            handled.add(child.key());
        }
        for (DbObject child : reference.childrenOf(asTable)) {
            handled.add(child.key());
            if (rebuilt.containsKey(child.key())) {
                continue; // created again by its own rebuild
            }
            if (child instanceof IndexDef i && !i.backsConstraint()) {
                statements.add(createIndex(i));
                recreated(i.key());
            } else if (child instanceof TriggerDef t) {
                statements.addAll(TriggerDdl.create(t));
                recreated(t.key());
            }
        }
    }

    private static FixStatement createIndex(IndexDef index) {
        return new FixStatement(Phase.INDEXES, index.key(), index.definition(), true,
                List.of(new Hazard(Hazard.Kind.LONG_LOCK, "builds the index while writes to the table wait")));
    }
}
