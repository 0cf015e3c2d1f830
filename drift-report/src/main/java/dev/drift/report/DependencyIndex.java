package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A catalog's dependencies indexed both ways, built once per plan ({@link #perPlan()}): the passes over a plan
 * ask per statement or per change what uses an object and what an object uses, and a scan of every edge per
 * question made a plan quadratic in the size of big catalogs with many changes (a tenant with a thousand tables
 * the reference lacks).
 * Lists keep the catalog's order of dependencies, so what a pass finds first does not depend on the index.
 */
final class DependencyIndex {

    private final Map<ObjectKey, List<Dependency>> byReferenced = new HashMap<>();
    private final Map<String, List<Dependency>> byReferencedRelation = new HashMap<>();
    private final Map<ObjectKey, List<Dependency>> byDependent = new HashMap<>();

    private DependencyIndex(Catalog catalog) {
        for (Dependency d : catalog.dependencies()) {
            byReferenced.computeIfAbsent(d.referenced(), k -> new ArrayList<>()).add(d);
            d.referenced().parent().ifPresent(parent -> byReferencedRelation
                    .computeIfAbsent(relation(d.referenced().schema(), parent), k -> new ArrayList<>()).add(d));
            byDependent.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
        }
    }

    /**
     * Each catalog's index built once, for the passes of one plan: five of them ask for the reference's or the
     * target's, and building one walks every dependency of a catalog (some 10,000 at 1,000 tables) into three
     * maps. Per plan, not per catalog: a catalog kept for long (a fleet's) does not keep its index with it.
     */
    static Function<Catalog, DependencyIndex> perPlan() {
        Map<Catalog, DependencyIndex> built = new IdentityHashMap<>();
        return catalog -> built.computeIfAbsent(catalog, DependencyIndex::new);
    }

    /** The dependencies on {@code key} itself. */
    List<Dependency> on(ObjectKey key) {
        return byReferenced.getOrDefault(key, List.of());
    }

    /**
     * The dependencies on {@code key} and, for a relation, on its children (a view on a table's column uses the
     * table, and must go when the table goes or changes), in the catalog's order.
     */
    List<Dependency> onOrWithin(ObjectKey key) {
        List<Dependency> own = on(key);
        if (!key.kind().isRelation()) {
            return own;
        }
        List<Dependency> children = byReferencedRelation.getOrDefault(relation(key.schema(), key.name()), List.of());
        if (children.isEmpty()) {
            return own;
        }
        List<Dependency> out = new ArrayList<>(own.size() + children.size());
        out.addAll(own);
        out.addAll(children);
        out.sort(null);
        return out;
    }

    /** The dependencies of {@code dependent}: what it uses. */
    List<Dependency> of(ObjectKey dependent) {
        return byDependent.getOrDefault(dependent, List.of());
    }

    private static String relation(String schema, String name) {
        return schema + "\0" + name;
    }
}
