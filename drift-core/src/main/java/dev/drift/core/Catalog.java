package dev.drift.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of one database's schema objects, sorted by key. Two catalogs with the same
 * source and objects are {@code equals}; {@link #fingerprint()} depends on the objects alone, so tenants
 * with the same schema share a fingerprint whatever their database names.
 */
public final class Catalog {
    /** How much canonical text {@link #fingerprint()} hashes at a time, in characters. */
    private static final int FINGERPRINT_CHUNK = 1 << 15;

    private final String database;
    private final int serverVersion;
    private final NavigableMap<ObjectKey, DbObject> objects;
    /**
     * The same objects as a list, kept: callers walk every object (the diff, checks, fingerprints), and a copy of
     * the tree's values per call cost a snapshot-file diff of 27,000 objects tens of milliseconds each time.
     */
    private final List<DbObject> inKeyOrder;
    private final SortedSet<Dependency> dependencies;
    private volatile String fingerprint;
    private final Object fingerprintLock = new Object();
    /** {@link #dependentsOf} by referenced key, built on first use: a scan of every edge per call is quadratic. */
    private volatile Map<ObjectKey, List<Dependency>> dependents;
    /**
     * {@link #objects(Class)} by type, each built on first use: planners ask per object (the foreign keys onto a
     * dropped table, a routine's owner), and a scan of every object per question is quadratic.
     */
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

    /**
     * @param database      the database the catalog was read from (informative, not compared)
     * @param serverVersion {@code server_version_num} of the server, e.g. {@code 170007}; 0 when unknown
     * @param objects       the objects; keys must be unique
     */
    public Catalog(String database, int serverVersion, Collection<? extends DbObject> objects) {
        this(database, serverVersion, objects, List.of());
    }

    /**
     * @param dependencies which object uses which: ordering information for the planner, derived from the
     *                     objects' definitions, so not compared as drift, not part of the fingerprint and
     *                     not part of {@code equals} (two catalogs with the same source and objects are equal)
     */
    public Catalog(String database, int serverVersion, Collection<? extends DbObject> objects,
                   Collection<Dependency> dependencies) {
        this.dependencies = Collections.unmodifiableSortedSet(new TreeSet<>(new Ascending<>(sortedDistinct(dependencies))));
        this.database = Objects.requireNonNull(database, "database");
        this.serverVersion = serverVersion;
        List<DbObject> sorted = sortedByKey(database, objects);
        this.inKeyOrder = Collections.unmodifiableList(sorted);
        this.objects = Collections.unmodifiableNavigableMap(new TreeMap<>(new Sorted(sorted)));
    }

    /**
     * The objects in key order, each key once. They are sorted as a list (a merge sort that takes runs already in
     * order, such as one catalog query's rows or a snapshot file, in one pass); the tree by key is built from the
     * sorted list in one pass: inserting tens of thousands of keys one by one costs some twenty comparisons each.
     */
    private static List<DbObject> sortedByKey(String database, Collection<? extends DbObject> objects) {
        List<DbObject> sorted = new ArrayList<>(objects);
        sorted.sort(BY_KEY);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).key().compareTo(sorted.get(i).key()) == 0) {
                throw new IllegalArgumentException("the catalog of " + database + " holds " + sorted.get(i).key() + " twice");
            }
        }
        return sorted;
    }

    private static final Comparator<DbObject> BY_KEY = (a, b) -> a.key().compareTo(b.key());

    /** The elements in their natural order, each once (as a {@link TreeSet} of them would hold them). */
    private static <E extends Comparable<? super E>> List<E> sortedDistinct(Collection<E> elements) {
        List<E> sorted = new ArrayList<>(elements);
        sorted.sort(null);
        int kept = 0;
        for (E e : sorted) {
            if (kept == 0 || sorted.get(kept - 1).compareTo(e) != 0) {
                sorted.set(kept++, e);
            }
        }
        return sorted.subList(0, kept);
    }

    /**
     * Elements already in strictly ascending natural order, as the sorted set {@link TreeSet} copies in linear
     * time (it reads only the size, the comparator and the elements in order).
     */
    private static final class Ascending<E> extends AbstractSet<E> implements SortedSet<E> {
        private final List<E> elements;

        Ascending(List<E> elements) {
            this.elements = elements;
        }

        @Override
        public Iterator<E> iterator() {
            return elements.iterator();
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public Comparator<? super E> comparator() {
            return null; // the natural order, as the TreeSet built from this
        }

        @Override
        public SortedSet<E> subSet(E from, E to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedSet<E> headSet(E to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedSet<E> tailSet(E from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public E first() {
            return elements.get(0);
        }

        @Override
        public E last() {
            return elements.get(elements.size() - 1);
        }
    }

    /**
     * Objects already in strictly ascending key order, as the sorted map {@link TreeMap#TreeMap(SortedMap)}
     * copies in linear time (it reads only the size, the comparator and the entries in order).
     */
    private static final class Sorted extends AbstractMap<ObjectKey, DbObject>
            implements SortedMap<ObjectKey, DbObject> {
        private final List<DbObject> objects;

        Sorted(List<DbObject> objects) {
            this.objects = objects;
        }

        @Override
        public Set<Map.Entry<ObjectKey, DbObject>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<ObjectKey, DbObject>> iterator() {
                    Iterator<DbObject> it = objects.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<ObjectKey, DbObject> next() {
                            DbObject o = it.next();
                            return Map.entry(o.key(), o);
                        }
                    };
                }

                @Override
                public int size() {
                    return objects.size();
                }
            };
        }

        @Override
        public Comparator<? super ObjectKey> comparator() {
            return null; // the keys' natural order, as the TreeMap built from this
        }

        @Override
        public SortedMap<ObjectKey, DbObject> subMap(ObjectKey from, ObjectKey to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<ObjectKey, DbObject> headMap(ObjectKey to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<ObjectKey, DbObject> tailMap(ObjectKey from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ObjectKey firstKey() {
            return objects.get(0).key();
        }

        @Override
        public ObjectKey lastKey() {
            return objects.get(objects.size() - 1).key();
        }
    }

    /** A catalog with no source, for tests and hand-built schemas. */
    public static Catalog of(DbObject... objects) {
        return new Catalog("unnamed", 0, List.of(objects));
    }

    public String database() {
        return database;
    }

    public int serverVersion() {
        return serverVersion;
    }

    /** All objects, in key order; unmodifiable. */
    public List<DbObject> objects() {
        return inKeyOrder;
    }

    /** Which object uses which, sorted. */
    public SortedSet<Dependency> dependencies() {
        return dependencies;
    }

    /** The dependencies of objects that use {@code key}. */
    public List<Dependency> dependentsOf(ObjectKey key) {
        Map<ObjectKey, List<Dependency>> index = dependents;
        if (index == null) {
            Map<ObjectKey, List<Dependency>> built = new HashMap<>();
            for (Dependency d : dependencies) {
                built.computeIfAbsent(d.referenced(), k -> new ArrayList<>()).add(d);
            }
            built.replaceAll((k, v) -> List.copyOf(v));
            index = built;
            dependents = index;
        }
        return index.getOrDefault(key, List.of());
    }

    /** This catalog with other dependencies. */
    public Catalog withDependencies(Collection<Dependency> value) {
        return new Catalog(database, serverVersion, inKeyOrder, value);
    }

    public Optional<DbObject> find(ObjectKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    /** The objects of one kind, in key order, typed; unmodifiable. */
    @SuppressWarnings("unchecked")
    public <T extends DbObject> List<T> objects(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> {
            List<T> out = new ArrayList<>();
            for (DbObject o : inKeyOrder) {
                if (type.isInstance(o)) {
                    out.add(type.cast(o));
                }
            }
            return Collections.unmodifiableList(out);
        });
    }

    /** The columns, constraints and indexes of a table, in key order. */
    public List<DbObject> childrenOf(ObjectKey table) {
        List<DbObject> out = new ArrayList<>();
        ObjectKey from = new ObjectKey(ObjectKind.COLUMN, table.schema(), Optional.of(table.name()), "\0", List.of());
        for (Map.Entry<ObjectKey, DbObject> e : objects.tailMap(from, true).entrySet()) {
            ObjectKey key = e.getKey();
            if (!key.schema().equals(table.schema()) || !key.parent().equals(Optional.of(table.name()))) {
                break;
            }
            out.add(e.getValue());
        }
        return out;
    }

    /**
     * The tables that the column's table inherits that column from, directly: each has the column, as its own or
     * inherited in turn. Empty for a column its table does not inherit (partitions included: a partition's parent
     * is one of these).
     */
    public List<ObjectKey> parentsWithColumn(ObjectKey column) {
        Keys.require(column, ObjectKind.COLUMN);
        return parentsWithColumn(column.table().orElseThrow(), column.name(), 0);
    }

    private List<ObjectKey> parentsWithColumn(ObjectKey table, String column, int depth) {
        List<ObjectKey> out = new ArrayList<>();
        if (depth > 32) {
            return out; // PostgreSQL forbids cycles; this only guards against a hand-made catalog
        }
        for (DbObject o : childrenOf(table)) {
            if (o instanceof InheritanceDef i && (find(ObjectKey.column(i.parentTable().schema(), i.parentTable().name(),
                    column)).isPresent() || !parentsWithColumn(i.parentTable(), column, depth + 1).isEmpty())) {
                out.add(i.parentTable());
            }
        }
        return out;
    }

    /** The columns of a table in position order. */
    public List<ColumnDef> columnsOf(ObjectKey table) {
        List<ColumnDef> out = new ArrayList<>();
        for (DbObject o : childrenOf(table)) {
            if (o instanceof ColumnDef c) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return out;
    }

    public int size() {
        return objects.size();
    }

    /**
     * The canonical text of the catalog: one block per object, in key order. Stable across runs and
     * servers; it is what {@link #fingerprint()} hashes and what {@code drift snapshot} prints.
     */
    public String canonicalText() {
        StringBuilder b = new StringBuilder();
        for (DbObject o : inKeyOrder) {
            Properties.appendCanonical(o, b).append('\n');
        }
        return b.toString();
    }

    /**
     * SHA-256 of the canonical text, in hex: equal schemas, equal fingerprints. Worked out once: a caller that
     * asks while another thread works it out waits for that result (a command line starts it on a second core
     * while it plans, and the plan asks for it only at its end).
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            synchronized (fingerprintLock) {
                f = fingerprint;
                if (f == null) {
                    // The canonical text as canonicalText() joins it, hashed a few thousand characters at a time:
                    // never the whole text (as large as a snapshot file), nor a string and an array per object.
                    // A chunk ends at an object's line end, never inside a character: its UTF-8 is the text's.
                    MessageDigest digest = sha256();
                    StringBuilder chunk = new StringBuilder(FINGERPRINT_CHUNK + 4096);
                    for (DbObject o : inKeyOrder) {
                        Properties.appendCanonical(o, chunk).append('\n');
                        if (chunk.length() >= FINGERPRINT_CHUNK) {
                            digest.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                            chunk.setLength(0);
                        }
                    }
                    digest.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    f = HexFormat.of().formatHex(digest.digest());
                    fingerprint = f;
                }
            }
        }
        return f;
    }

    /** The fingerprint of one object's canonical form. */
    public static String fingerprint(DbObject object) {
        return sha256(Properties.canonical(object));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && serverVersion == other.serverVersion && database.equals(other.database)
                && objects.equals(other.objects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(database, serverVersion, objects);
    }

    @Override
    public String toString() {
        return "Catalog[" + database + ", " + objects.size() + " objects, " + fingerprint().substring(0, 12) + "]";
    }
}
