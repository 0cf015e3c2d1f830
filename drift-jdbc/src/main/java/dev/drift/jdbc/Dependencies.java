package dev.drift.jdbc;

import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RoutineDef;
import dev.drift.core.internal.SchemaMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the edges pg_depend records into the catalog's dependencies, and adds the references the server
 * does not record: those in the string body of a SQL-language function, which the server checks when it
 * creates the function (so what they name must exist first) but does not track.
 */
final class Dependencies {
    private Dependencies() {
    }

    static List<Dependency> resolve(List<DbObject> objects, List<Dependency> recorded) {
        return resolve(objects, recorded, SchemaMapping.identity());
    }

    /**
     * @param mapping how the objects' schemas were renamed (a tenant schema read as {@code $tenant}): the
     *                schemas a routine's own {@code SET search_path} names are renamed the same way
     */
    static List<Dependency> resolve(List<DbObject> objects, List<Dependency> recorded, SchemaMapping mapping) {
        Map<ObjectKey, DbObject> byKey = new HashMap<>();
        objects.forEach(o -> byKey.put(o.key(), o));
        // In no particular order and possibly twice: the catalog sorts its dependencies and keeps each once
        // (a sorted set here inserted edge by edge, and the catalog then sorted them again).
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : recorded) {
            ObjectKey dependent = throughConstraint(d.dependent(), byKey);
            ObjectKey referenced = throughConstraint(d.referenced(), byKey);
            if (byKey.containsKey(dependent) && byKey.containsKey(referenced) && !dependent.equals(referenced)) {
                out.add(new Dependency(dependent, referenced, true));
            }
        }
        Names names = new Names(objects, mapping);
        for (DbObject o : objects) {
            if (o instanceof RoutineDef r && r.language().equals("sql") && !r.standardBody()) {
                for (ObjectKey referenced : names.referencedBy(r)) {
                    out.add(new Dependency(r.key(), referenced, false));
                }
            }
        }
        return out;
    }

    /** An index that backs a key is created and dropped as its constraint: the edge points there. */
    private static ObjectKey throughConstraint(ObjectKey key, Map<ObjectKey, DbObject> byKey) {
        if (byKey.get(key) instanceof IndexDef index && index.constraint().isPresent()) {
            return ObjectKey.constraint(key.schema(), key.parent().orElseThrow(), index.constraint().get());
        }
        return key;
    }

    /** The relations and routines of the catalog by schema and name, to match names found in a body. */
    private static final class Names {
        private final Map<String, List<ObjectKey>> byQualifiedName = new HashMap<>();
        private final SchemaMapping mapping;

        Names(List<DbObject> objects, SchemaMapping mapping) {
            this.mapping = mapping;
            for (DbObject o : objects) {
                ObjectKind kind = o.key().kind();
                if (kind.isRelation() || kind == ObjectKind.ROUTINE || kind == ObjectKind.AGGREGATE
                        || kind == ObjectKind.SEQUENCE) {
                    byQualifiedName.computeIfAbsent(o.key().schema() + "\0" + o.key().name(), k -> new ArrayList<>())
                            .add(o.key());
                }
            }
        }

        Set<ObjectKey> referencedBy(RoutineDef routine) {
            List<String> searchPath = searchPath(routine);
            Set<ObjectKey> out = new LinkedHashSet<>();
            for (List<String> name : SqlNames.qualifiedNames(routine.body())) {
                if (name.size() == 2) {
                    out.addAll(byQualifiedName.getOrDefault(name.get(0) + "\0" + name.get(1), List.of()));
                } else if (name.size() == 1) {
                    // A bare name resolves through the search path: the first schema that has it wins.
                    for (String schema : searchPath) {
                        List<ObjectKey> found = byQualifiedName.get(schema + "\0" + name.get(0));
                        if (found != null) {
                            out.addAll(found);
                            break;
                        }
                    }
                }
            }
            out.remove(routine.key());
            return out;
        }

        /** The routine's own SET search_path, else its own schema and public. */
        private List<String> searchPath(RoutineDef routine) {
            Optional<String> configured = routine.config().stream().filter(c -> c.startsWith("search_path="))
                    .map(c -> c.substring("search_path=".length())).findFirst();
            List<String> out = new ArrayList<>();
            if (configured.isPresent()) {
                for (List<String> part : SqlNames.qualifiedNames(configured.get().replace(",", " , "))) {
                    out.add(mapping.schema(part.get(0)));
                }
            } else {
                out.add(routine.key().schema());
                out.add("public");
            }
            return out;
        }
    }
}
