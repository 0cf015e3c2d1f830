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

/**
 * Orders a plan's statements: a topological sort over the dependencies the catalogs record, with ties
 * broken by the fixed {@link Phase} order and then by key. What is created or changed waits for what it
 * uses (in the reference: a default for its function, a view for its columns, views on views); what is
 * dropped goes before what it uses (in the target). A statement whose subject is a table child also
 * waits for its table, view or materialized view to be created. Nothing is ordered by name alone where a
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

    static List<FixStatement> sort(List<FixStatement> statements, Catalog reference, Catalog target) {
        List<Node> nodes = new ArrayList<>();
        Side creates = new Side();
        Side drops = new Side();
        for (FixStatement s : statements) {
            Node node = new Node(nodes.size(), s);
            nodes.add(node);
            if (s.phase() == Phase.DETACH_SEQUENCES || s.phase() == Phase.SEQUENCE_OWNERSHIP) {
                // OWNED BY is no creation and no drop: released first, set last, by phase alone (and an
                // owner column it names must exist, below). What uses the sequence needs it to exist.
                continue;
            }
            (s.phase().drops() ? drops : creates).add(node);
        }
        Map<ObjectKey, List<Dependency>> referenceUses = byDependent(reference);
        Map<ObjectKey, List<Dependency>> targetUsedBy = byReferenced(target);
        for (Node node : nodes) {
            ObjectKey subject = node.statement.subject();
            if (node.statement.phase() == Phase.DETACH_SEQUENCES) {
                continue;
            }
            if (node.statement.phase().drops()) {
                // Dropped before what it uses: everything that uses the subject (or its columns) goes first.
                for (ObjectKey used : withChildren(subject, target)) {
                    for (Dependency d : targetUsedBy.getOrDefault(used, List.of())) {
                        drops.providers(d.dependent()).forEach(dependent -> edge(dependent, node));
                    }
                }
            } else {
                for (ObjectKey user : withChildren(subject, reference)) {
                    for (Dependency d : referenceUses.getOrDefault(user, List.of())) {
                        creates.providers(d.referenced()).forEach(used -> edge(used, node));
                    }
                }
                if (subject.parent().isPresent()) {
                    creates.relation(subject).forEach(parent -> edge(parent, node));
                }
                if (node.statement.phase() == Phase.SEQUENCE_OWNERSHIP
                        && reference.find(subject).orElse(null) instanceof SequenceDef sequence) {
                    sequence.ownedBy().ifPresent(owner -> creates.providers(owner).forEach(o -> edge(o, node)));
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
     * Subjects whose statements must be held back because a destructive statement that is held back
     * stands in their way: a routine, view or column cannot be dropped or retyped while an object the
     * reference does not have (and whose drop is held back) still depends on it.
     */
    static Set<ObjectKey> blockedByHeldBack(List<FixStatement> ordered, boolean allowDestructive, Catalog target) {
        Set<ObjectKey> blocked = new TreeSet<>();
        if (allowDestructive) {
            return blocked;
        }
        Set<ObjectKey> heldDrops = new TreeSet<>();
        ordered.stream().filter(s -> s.destructive() && s.phase().drops()).forEach(s -> heldDrops.add(s.subject()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FixStatement s : ordered) {
                if (blocked.contains(s.subject()) || heldDrops.contains(s.subject()) || !freesSubject(s)) {
                    continue;
                }
                for (Dependency d : target.dependencies()) {
                    if (d.enforced() && heldDrops.contains(d.dependent()) && Rebuilds.uses(d.referenced(), s.subject())) {
                        blocked.add(s.subject());
                        heldDrops.add(s.subject());
                        grew = true;
                        break;
                    }
                }
            }
        }
        return blocked;
    }

    /** The statement, marked as waiting for a held-back drop. */
    static FixStatement heldBehind(FixStatement s) {
        List<Hazard> hazards = new ArrayList<>(s.hazards());
        hazards.add(new Hazard(Hazard.Kind.MAY_FAIL, "held back: an object that depends on it must be dropped first,"
                + " and that drop is held back"));
        return new FixStatement(s.phase(), s.subject(), s.sql(), s.transactional(), hazards);
    }

    /** A drop, or a column type change: what the server refuses while something depends on the subject. */
    private static boolean freesSubject(FixStatement s) {
        return s.phase().drops() || (s.phase() == Phase.COLUMNS && s.sql().contains(" TYPE "));
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

    private static Map<ObjectKey, List<Dependency>> byDependent(Catalog catalog) {
        Map<ObjectKey, List<Dependency>> out = new HashMap<>();
        catalog.dependencies().forEach(d -> out.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d));
        return out;
    }

    private static Map<ObjectKey, List<Dependency>> byReferenced(Catalog catalog) {
        Map<ObjectKey, List<Dependency>> out = new HashMap<>();
        catalog.dependencies().forEach(d -> out.computeIfAbsent(d.referenced(), k -> new ArrayList<>()).add(d));
        return out;
    }
}
