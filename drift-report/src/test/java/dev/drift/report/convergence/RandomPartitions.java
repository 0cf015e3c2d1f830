package dev.drift.report.convergence;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Partitions, in a schema of the pair's own: a range-partitioned table with a primary key and an index that may
 * come and go, partitions created {@code PARTITION OF} or created on their own and attached later, a partition
 * partitioned in turn (by list, with a default sub-partition), a default partition, partition indexes and keys
 * that a partition had before its parent's (so attached under the partition's own name), local indexes of a
 * partition, and grants on the parent and on partitions.
 *
 * <p>Two renderings that differ only in how a partition came to be (created {@code PARTITION OF} or attached
 * later) are the same schema: the convergence property then also checks for false positives. A partition never
 * changes between plain and partitioned (a rebuild, not a mutation). Mutable like {@link RandomSchema}: a
 * mutation edits a copy.
 */
final class RandomPartitions {

    private static final String ROLE = "drift_rnd_part";

    /** One partition: {@code FOR VALUES FROM (start) TO (start + 100)}. */
    private static final class Part {
        int start;
        /** Partitioned in turn, by list of region, with a sub-partition for 'a' and a default one. */
        boolean sub;
        /** Created as a table of its own and attached after the parent's keys and indexes exist. */
        boolean attachLater;
        /** Its own primary key, made before the parent's under a name of its own. */
        boolean ownKey;
        /** Its own index on note, made before the parent's under a name of its own. */
        boolean ownIndex;
        /** An index of its own that the parent does not have. */
        boolean localIndex;
        boolean granted;

        Part copy() {
            Part p = new Part();
            p.start = start;
            p.sub = sub;
            p.attachLater = attachLater;
            p.ownKey = ownKey;
            p.ownIndex = ownIndex;
            p.localIndex = localIndex;
            p.granted = granted;
            return p;
        }

        String name() {
            return "ev_" + start;
        }
    }

    private String schema;
    private boolean primaryKey;
    private boolean index;
    private boolean defaultPartition;
    private boolean parentGranted;
    private final List<Part> parts = new ArrayList<>();

    private RandomPartitions() {
    }

    static RandomPartitions generate(String prefix, SplittableRandom random) {
        RandomPartitions p = new RandomPartitions();
        p.schema = prefix + (random.nextInt(4) == 0 ? "_p " + RandomSchema.oddIdentifier(random) : "_p");
        p.primaryKey = random.nextBoolean();
        p.index = random.nextBoolean();
        p.defaultPartition = random.nextInt(3) == 0;
        p.parentGranted = random.nextInt(3) == 0;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Part part = p.newPart(random);
            part.sub = random.nextInt(4) == 0;
            p.parts.add(part);
        }
        return p;
    }

    private Part newPart(SplittableRandom random) {
        Part part = new Part();
        part.start = parts.stream().mapToInt(x -> x.start).max().orElse(-100) + 100;
        part.attachLater = random.nextInt(3) == 0;
        part.ownKey = random.nextInt(4) == 0;
        part.ownIndex = random.nextInt(4) == 0;
        part.localIndex = random.nextInt(4) == 0;
        part.granted = random.nextInt(4) == 0;
        return part;
    }

    RandomPartitions copy() {
        RandomPartitions p = new RandomPartitions();
        p.schema = schema;
        p.primaryKey = primaryKey;
        p.index = index;
        p.defaultPartition = defaultPartition;
        p.parentGranted = parentGranted;
        parts.forEach(x -> p.parts.add(x.copy()));
        return p;
    }

    // ---- mutation -----------------------------------------------------------------------------

    String mutateOnce(SplittableRandom random) {
        Part part = parts.isEmpty() ? null : parts.get(random.nextInt(parts.size()));
        switch (random.nextInt(part == null ? 5 : 11)) {
            case 0 -> {
                primaryKey = !primaryKey;
                return "partitions: toggle the parent's primary key";
            }
            case 1 -> {
                index = !index;
                return "partitions: toggle the parent's index";
            }
            case 2 -> {
                defaultPartition = !defaultPartition;
                return "partitions: toggle the default partition";
            }
            case 3 -> {
                parentGranted = !parentGranted;
                return "partitions: toggle the grant on the parent";
            }
            case 4 -> {
                Part added = newPart(random);
                added.sub = random.nextInt(4) == 0;
                parts.add(added);
                return "partitions: add " + added.name() + (added.sub ? " (partitioned by list)" : "");
            }
            case 5 -> {
                parts.remove(part);
                return "partitions: drop " + part.name();
            }
            case 6 -> {
                part.attachLater = !part.attachLater;
                return "partitions: " + part.name() + " created then attached <-> PARTITION OF (the same schema)";
            }
            case 7 -> {
                part.ownKey = !part.ownKey;
                return "partitions: toggle " + part.name() + "'s own primary key";
            }
            case 8 -> {
                part.ownIndex = !part.ownIndex;
                return "partitions: toggle " + part.name() + "'s own index on note";
            }
            case 9 -> {
                part.localIndex = !part.localIndex;
                return "partitions: toggle " + part.name() + "'s local index";
            }
            default -> {
                part.granted = !part.granted;
                return "partitions: toggle the grant on " + part.name();
            }
        }
    }

    // ---- rendering ----------------------------------------------------------------------------

    private String q(String name) {
        return Sql.qualified(schema, name);
    }

    private static final String COLUMNS = "(id bigint NOT NULL, k integer NOT NULL, region text NOT NULL, note text)";

    void render(StringBuilder b) {
        b.append("DO $$ BEGIN CREATE ROLE ").append(ROLE)
                .append("; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;\n");
        b.append("CREATE SCHEMA ").append(Sql.ident(schema)).append(";\n");
        String ev = q("ev");
        b.append("CREATE TABLE ").append(ev).append(' ').append(COLUMNS).append(" PARTITION BY RANGE (k);\n");
        List<Part> sorted = parts.stream().sorted(Comparator.comparingInt(x -> x.start)).toList();
        for (Part part : sorted) {
            String t = q(part.name());
            String subKey = part.sub ? " PARTITION BY LIST (region)" : "";
            if (part.attachLater) {
                b.append("CREATE TABLE ").append(t).append(' ').append(COLUMNS).append(subKey).append(";\n");
            } else {
                b.append("CREATE TABLE ").append(t).append(" PARTITION OF ").append(ev).append(bound(part))
                        .append(subKey).append(";\n");
            }
            if (part.sub) {
                b.append("CREATE TABLE ").append(q(part.name() + "_a")).append(" PARTITION OF ").append(t)
                        .append(" FOR VALUES IN ('a');\n");
                b.append("CREATE TABLE ").append(q(part.name() + "_rest")).append(" PARTITION OF ").append(t)
                        .append(" DEFAULT;\n");
            }
        }
        if (defaultPartition) {
            b.append("CREATE TABLE ").append(q("ev_other")).append(" PARTITION OF ").append(ev).append(" DEFAULT;\n");
        }
        // A partition's own key and index made before the parent's: the parent's then attaches them, names kept.
        for (Part part : sorted) {
            if (part.ownKey) {
                b.append("ALTER TABLE ").append(q(part.name())).append(" ADD CONSTRAINT ")
                        .append(Sql.ident(part.name() + " own key")).append(" PRIMARY KEY (id, k, region);\n");
            }
            if (part.ownIndex) {
                b.append("CREATE INDEX ").append(Sql.ident(part.name() + "_by_note")).append(" ON ")
                        .append(q(part.name())).append(" (note);\n");
            }
        }
        if (primaryKey) {
            b.append("ALTER TABLE ").append(ev).append(" ADD PRIMARY KEY (id, k, region);\n");
        }
        if (index) {
            b.append("CREATE INDEX ").append(Sql.ident("ev_note")).append(" ON ").append(ev).append(" (note);\n");
        }
        for (Part part : sorted) {
            if (part.attachLater) {
                b.append("ALTER TABLE ").append(ev).append(" ATTACH PARTITION ").append(q(part.name()))
                        .append(bound(part)).append(";\n");
            }
            if (part.localIndex) {
                b.append("CREATE INDEX ").append(Sql.ident(part.name() + "_local")).append(" ON ")
                        .append(q(part.name())).append(" (id) WHERE note IS NULL;\n");
            }
            if (part.granted) {
                b.append("GRANT SELECT, INSERT ON ").append(q(part.name())).append(" TO ").append(ROLE).append(";\n");
            }
        }
        if (parentGranted) {
            b.append("GRANT SELECT ON ").append(ev).append(" TO ").append(ROLE).append(";\n");
        }
    }

    private static String bound(Part part) {
        return " FOR VALUES FROM (" + part.start + ") TO (" + (part.start + 100) + ")";
    }
}
