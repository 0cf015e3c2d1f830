package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.SequenceDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Orders a plan's statements: a topological sort over the dependencies the catalogs record, with ties
 * broken by the fixed {@link Phase} order and then by key. What is created or changed waits for what it
 * uses (in the reference: a default for its function, a view for its columns, views on views); what is
 * dropped goes before what it uses (in the target). A statement whose subject is a table child also
 * waits for its table, view or materialized view to be created, and a statement for what it
 * {@link FixStatement.Facts#needs() needs}; a drop waits for the statements that change a dependent's type
 * ({@link FixStatement.Facts#retypes()}) away from what it drops. Nothing is ordered by name alone where a
 * dependency decides; a cycle is broken by taking the first waiting statement in phase order, which puts
 * foreign keys (their own, late phase) last.
 */
final class DependencyOrder {

    private static final Comparator<Node> PRIORITY = Comparator.comparing((Node n) -> n.statement.phase())
            .thenComparing(n -> n.statement.subject())
            .thenComparingInt(n -> n.index);

    private DependencyOrder() {
    }

    private static final class Node {
        final int index;
        final FixStatement statement;
        final List<Node> next = new ArrayList<>();
        int waitingFor;

        Node(int index, FixStatement statement) {
            this.index = index;
            this.statement = statement;
        }
    }

    /** The statements of one side (drops, or creations and changes), by subject and by relation. */
    private static final class Side {
        final Map<ObjectKey, List<Node>> bySubject = new HashMap<>();
        final Map<String, List<Node>> byRelation = new HashMap<>();

        void add(Node node) {
            ObjectKey subject = node.statement.subject();
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(node);
            if (subject.kind().isRelation()) {
                byRelation.computeIfAbsent(subject.schema() + "\0" + subject.name(), k -> new ArrayList<>()).add(node);
            }
        }

        /**
         * The statements that make {@code key} exist (or go): those with it as subject, else, for a table
         * child, those of its table, view or materialized view (a column created inside its CREATE TABLE).
         */
        List<Node> providers(ObjectKey key) {
            List<Node> own = bySubject.get(key);
            if (own != null) {
                return own;
            }
            return key.parent().isPresent() ? relation(key) : List.of();
        }

        List<Node> relation(ObjectKey child) {
            return byRelation.getOrDefault(child.schema() + "\0" + child.parent().orElseThrow(), List.of());
        }
    }

    static List<FixStatement> sort(List<FixStatement> statements, Catalog reference, Catalog target,
                                   Function<Catalog, DependencyIndex> indexes) {
        List<Node> nodes = new ArrayList<>();
        Side creates = new Side();
        Side drops = new Side();
        for (FixStatement s : statements) {
            Node node = new Node(nodes.size(), s);
            nodes.add(node);
            if (s.phase() == Phase.DETACH_SEQUENCES || s.phase() == Phase.SEQUENCE_OWNERSHIP) {
                // OWNED BY is no creation and no drop: released first, set last, by phase alone (and an
                // owner column it needs must exist, below). What uses the sequence needs it to exist.
                continue;
            }
            (s.phase().drops() ? drops : creates).add(node);
        }
        DependencyIndex referenceUses = indexes.apply(reference);
        DependencyIndex targetUsedBy = indexes.apply(target);
        Map<ObjectKey, List<ObjectKey>> ownedSequences = ownedSequences(target);
        for (Node node : nodes) {
            ObjectKey subject = node.statement.subject();
            if (node.statement.phase() == Phase.DETACH_SEQUENCES) {
                continue;
            }
            if (node.statement.phase().drops()) {
                // Dropped before what it uses: everything that uses the subject (or its columns) goes first, and so
                // does a column's change to another type (an enum dropped once its columns are text).
                for (ObjectKey used : droppedWith(subject, target, ownedSequences)) {
                    for (Dependency d : targetUsedBy.on(used)) {
                        drops.providers(d.dependent()).forEach(dependent -> edge(dependent, node));
                        creates.bySubject.getOrDefault(d.dependent(), List.of()).stream()
                                .filter(n -> n.statement.facts().retypes()).forEach(retype -> edge(retype, node));
                    }
                }
            } else {
                for (ObjectKey user : withChildren(subject, reference)) {
                    for (Dependency d : referenceUses.of(user)) {
                        creates.providers(d.referenced()).forEach(used -> edge(used, node));
                    }
                }
                if (subject.parent().isPresent()) {
                    creates.relation(subject).forEach(parent -> edge(parent, node));
                }
                // What it needs that the catalog records no dependency on (the column a sequence becomes OWNED BY).
                for (ObjectKey needed : node.statement.facts().needs()) {
                    creates.providers(needed).forEach(provider -> edge(provider, node));
                }
            }
        }
        return kahn(nodes);
    }

    /**
     * The subject and, for a relation, its children (a CREATE TABLE carries its columns' defaults and
     * checks). Foreign keys are left out: they are always added by statements of their own, after every
     * table, which is what breaks the cycles of tables that reference each other.
     */
    private static Set<ObjectKey> withChildren(ObjectKey subject, Catalog catalog) {
        Set<ObjectKey> out = new TreeSet<>();
        out.add(subject);
        if (subject.kind().isRelation()) {
            for (DbObject child : catalog.childrenOf(ObjectKey.table(subject.schema(), subject.name()))) {
                if (!(child instanceof ConstraintDef c && c.type() == ConstraintDef.Type.FOREIGN_KEY)) {
                    out.add(child.key());
                }
            }
        }
        return out;
    }

    /**
     * What a drop of {@code subject} takes with it: the subject, its children and the sequences they own
     * (PostgreSQL drops an owned sequence with its table or column, so what uses it, a default on another
     * table, must go first even when the sequence's own drop is left to its owner).
     */
    private static Set<ObjectKey> droppedWith(ObjectKey subject, Catalog target,
            Map<ObjectKey, List<ObjectKey>> ownedSequences) {
        Set<ObjectKey> out = withChildren(subject, target);
        for (ObjectKey gone : List.copyOf(out)) {
            out.addAll(ownedSequences.getOrDefault(gone, List.of()));
        }
        return out;
    }

    /** The sequences of a catalog by the column that owns them. */
    private static Map<ObjectKey, List<ObjectKey>> ownedSequences(Catalog catalog) {
        Map<ObjectKey, List<ObjectKey>> out = new HashMap<>();
        for (SequenceDef sequence : catalog.objects(SequenceDef.class)) {
            sequence.ownedBy().ifPresent(column -> out.computeIfAbsent(column, k -> new ArrayList<>()).add(sequence.key()));
        }
        return out;
    }

    private static void edge(Node before, Node after) {
        if (before != after && !before.next.contains(after)) {
            before.next.add(after);
            after.waitingFor++;
        }
    }

    private static List<FixStatement> kahn(List<Node> nodes) {
        PriorityQueue<Node> ready = new PriorityQueue<>(PRIORITY);
        TreeSet<Node> waiting = new TreeSet<>(PRIORITY);
        for (Node n : nodes) {
            (n.waitingFor == 0 ? ready : waiting).add(n);
        }
        List<FixStatement> out = new ArrayList<>(nodes.size());
        while (!ready.isEmpty() || !waiting.isEmpty()) {
            Node next;
            if (ready.isEmpty()) {
                next = waiting.pollFirst(); // a cycle: take the first in phase order
            } else {
                next = ready.poll();
            }
            out.add(next.statement);
            for (Node after : next.next) {
                after.waitingFor--;
                if (after.waitingFor == 0 && waiting.remove(after)) {
                    ready.add(after);
                }
            }
        }
        return out;
    }
}
