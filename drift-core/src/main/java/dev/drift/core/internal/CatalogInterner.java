package dev.drift.core.internal;

import dev.drift.core.Catalog;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares what tenants have in common, so that a fleet's memory grows with its distinct schemas, not its
 * tenants. Every object is replaced by the equal object seen first, and a catalog whose (shared) objects
 * were all seen together before is replaced by the catalog seen first: 10,000 tenants of one schema hold
 * one catalog, and two schemas that differ in one column share every other object.
 *
 * <p>Thread-safe. The catalog returned for a known schema keeps the {@link Catalog#database()} of the
 * tenant it was first seen with: a fleet names tenants itself and never relies on it.
 */
public final class CatalogInterner {

    private final ConcurrentHashMap<DbObject, DbObject> objects = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Shape, Catalog> catalogs = new ConcurrentHashMap<>();

    /** The shared catalog equal in content (and server version) to this one. */
    public Catalog intern(Catalog catalog) {
        List<DbObject> shared = new ArrayList<>(catalog.size());
        for (DbObject o : catalog.objects()) {
            shared.add(intern(o));
        }
        // The dependencies travel with the catalog: the planner orders fix scripts by them.
        return catalogs.computeIfAbsent(new Shape(catalog.serverVersion(), shared, catalog.dependencies()),
                s -> new Catalog(catalog.database(), catalog.serverVersion(), shared, catalog.dependencies()));
    }

    /** The shared object equal to this one. */
    @SuppressWarnings("unchecked")
    public <T extends DbObject> T intern(T object) {
        DbObject known = objects.putIfAbsent(object, object);
        return known == null ? object : (T) known;
    }

    /** How many distinct catalogs were interned. */
    public int catalogCount() {
        return catalogs.size();
    }

    /** How many distinct objects were interned. */
    public int objectCount() {
        return objects.size();
    }

    /**
     * A catalog's content by the identity of its interned objects (in key order): cheaper to hash and
     * compare than the objects themselves, and equal exactly when the content is.
     */
    private static final class Shape {
        private final int serverVersion;
        private final List<DbObject> objects;
        private final java.util.Set<Dependency> dependencies;
        private final int hash;

        Shape(int serverVersion, List<DbObject> objects, java.util.Set<Dependency> dependencies) {
            this.serverVersion = serverVersion;
            this.objects = objects;
            this.dependencies = dependencies;
            int h = 31 * serverVersion + dependencies.hashCode();
            for (DbObject o : objects) {
                h = 31 * h + System.identityHashCode(o);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape s) || s.hash != hash || s.serverVersion != serverVersion
                    || s.objects.size() != objects.size() || !s.dependencies.equals(dependencies)) {
                return false;
            }
            for (int i = 0; i < objects.size(); i++) {
                if (s.objects.get(i) != objects.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
