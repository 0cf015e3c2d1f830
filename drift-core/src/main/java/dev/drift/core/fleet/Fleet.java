package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.DbObject;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.DriftException;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TenantStatus;
import dev.drift.core.internal.SchemaMapping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares a fleet of tenants with a baseline. Tenants are grouped by catalog fingerprint and each
 * distinct schema is diffed with the baseline once, however many tenants share it.
 *
 * <pre>{@code
 * FleetComparison fleet = Fleet.compare(scans, Baseline.majority(), DiffOptions.DEFAULTS);
 * System.out.println(fleet.summary());   // 3 tenants: 2 in sync, 1 behind, 0 ahead, 0 diverged, 0 failed
 * }</pre>
 */
public final class Fleet {

    private Fleet() {
    }

    public static FleetComparison compare(Collection<? extends TenantScan> scans, Baseline baseline) {
        return compare(scans, baseline, DiffOptions.DEFAULTS);
    }

    /**
     * Compares every tenant with the baseline.
     *
     * @throws IllegalArgumentException if two tenants share a name, or the baseline names a tenant that is
     *                                  not in the fleet
     * @throws DriftException           if the baseline tenant could not be read
     */
    public static FleetComparison compare(Collection<? extends TenantScan> scans, Baseline baseline, DiffOptions options) {
        Map<String, TenantScan> byName = new TreeMap<>();
        for (TenantScan scan : scans) {
            if (byName.put(scan.tenant(), scan) != null) {
                throw new IllegalArgumentException("the fleet names tenant " + scan.tenant() + " twice");
            }
        }
        return new Comparison(byName, options).run(baseline);
    }

    /** One comparison run: caches one diff per distinct schema. */
    private static final class Comparison {
        private final Map<String, TenantScan> byName;
        private final List<CatalogGroup> groups;
        private final DiffOptions options;
        /** Catalogs are shared (interned), so a fingerprint is computed once per distinct catalog. */
        private final Map<Catalog, String> fingerprints = new IdentityHashMap<>();
        private final Map<String, SchemaDiff> diffs = new HashMap<>();
        /** Per set of applied migrations, the schema most of its tenants share (computed on first use). */
        private Map<Set<String>, Optional<String>> peerSchemas;

        Comparison(Map<String, TenantScan> byName, DiffOptions options) {
            this.byName = byName;
            this.options = options;
            Map<String, List<TenantScan.Read>> members = new LinkedHashMap<>();
            for (TenantScan scan : byName.values()) {
                if (scan instanceof TenantScan.Read read) {
                    members.computeIfAbsent(fingerprint(read.catalog()), f -> new ArrayList<>()).add(read);
                }
            }
            this.groups = members.entrySet().stream()
                    .map(e -> new CatalogGroup(e.getKey(), e.getValue().get(0).catalog(),
                            e.getValue().stream().map(TenantScan::tenant).toList()))
                    .sorted(Comparator.comparingInt((CatalogGroup g) -> -g.tenants().size())
                            .thenComparing(CatalogGroup::fingerprint))
                    .toList();
        }

        private FleetComparison.Resolved resolved(String description, Catalog catalog,
                                                  List<MigrationHistory.Migration> migrations) {
            return new FleetComparison.Resolved(description, fingerprint(catalog), catalog, migrations);
        }

        private String fingerprint(Catalog catalog) {
            return fingerprints.computeIfAbsent(catalog, c -> Differ.fingerprint(c, options));
        }

        /** The catalog every tenant of a group is diffed through: the group's first. */
        private Catalog representative(Catalog catalog) {
            String f = fingerprint(catalog);
            return groups.stream().filter(g -> g.fingerprint().equals(f)).findFirst().map(CatalogGroup::catalog)
                    .orElse(catalog);
        }

        FleetComparison run(Baseline baseline) {
            Choice choice;
            if (baseline instanceof Baseline.OfTenant t) {
                choice = ofTenant(t.tenant());
            } else if (baseline instanceof Baseline.OfCatalog c) {
                choice = Choice.of(resolved("snapshot " + c.label(), c.catalog(), List.of()));
            } else if (baseline instanceof Baseline.Majority) {
                choice = majority();
            } else if (baseline instanceof Baseline.FromHistory) {
                choice = history();
            } else {
                choice = automatic();
            }
            if (baseline instanceof Baseline.OfTenant || baseline instanceof Baseline.OfCatalog) {
                choice = choice.named(); // the caller's choice; every other baseline Drift chose from the tenants
            }
            boolean withHistory = baseline instanceof Baseline.FromHistory;
            List<TenantOutcome> outcomes = new ArrayList<>();
            for (TenantScan scan : byName.values()) {
                outcomes.add(outcome(scan, choice, withHistory));
            }
            Optional<MigrationHistory.Tool> tool = withHistory ? historyTool() : Optional.empty();
            return new FleetComparison(outcomes, groups, choice.resolved, choice.unresolved, tool);
        }

        private TenantOutcome outcome(TenantScan scan, Choice choice, boolean withHistory) {
            if (scan instanceof TenantScan.Failed failed) {
                return new TenantOutcome(failed.tenant(), TenantStatus.FAILED, Optional.empty(), Optional.empty(),
                        Optional.empty(), SchemaMapping.identity(), List.of(), List.of(), Optional.of(failed.reason()));
            }
            TenantScan.Read read = (TenantScan.Read) scan;
            String fingerprint = fingerprint(read.catalog());
            if (choice.resolved.isEmpty()) {
                boolean alone = groups.size() <= 1;
                return new TenantOutcome(read.tenant(), alone ? TenantStatus.IN_SYNC : TenantStatus.DIVERGED,
                        Optional.of(fingerprint), Optional.empty(), Optional.empty(), read.mapping(), List.of(), List.of(),
                        alone ? Optional.empty() : choice.unresolved);
            }
            SchemaDiff diff = diff(choice.resolved.get().catalog(), read.catalog());
            List<TenantOutcome.Cause> causes = new ArrayList<>();
            List<MigrationHistory.Migration> pending = List.of();
            Optional<PartialMigration> partial = Optional.empty();
            if (withHistory) {
                Set<String> applied = applied(read);
                List<MigrationHistory.Migration> order = choice.resolved.get().migrations();
                pending = order.stream().filter(m -> !applied.contains(m.id())).toList();
                Optional<Partial> found = diff.isEmpty() || read.history().isEmpty() ? Optional.empty() : partial(read, order);
                if (found.isPresent()) {
                    partial = Optional.of(found.get().migration());
                    causes.add(TenantOutcome.Cause.PARTIAL);
                    PartialMigration p = found.get().migration();
                    if (pending.stream().anyMatch(m -> !m.equals(p.migration()))) {
                        causes.add(TenantOutcome.Cause.LAG);
                    }
                    if (found.get().alsoDrifted()) {
                        causes.add(TenantOutcome.Cause.DRIFT);
                    }
                } else {
                    if (!diff.isEmpty()) {
                        causes.add(pending.isEmpty() ? TenantOutcome.Cause.DRIFT : TenantOutcome.Cause.LAG);
                    }
                    // A lagging tenant may have drifted too: the tenants at its own migration tell, if most agree.
                    if (!pending.isEmpty() && !diff.isEmpty()
                            && peerSchema(applied).filter(f -> !f.equals(fingerprint)).isPresent()) {
                        causes.add(TenantOutcome.Cause.DRIFT);
                    }
                }
            }
            Optional<String> own = diff.isEmpty() ? Optional.empty() : Optional.of(ownFingerprint(read));
            return new TenantOutcome(read.tenant(), diff.status(), Optional.of(fingerprint), own, Optional.of(diff),
                    read.mapping(), causes, pending, Optional.empty(), partial);
        }

        /**
         * The fingerprint of the tenant's catalog as {@code drift apply} reads it: in its own schema names, column
         * positions included (the group's fingerprint may leave them out). Shared catalogs cache theirs; a tenant
         * schema's catalog is mapped back to its real name first.
         */
        private static String ownFingerprint(TenantScan.Read read) {
            return read.mapping().isIdentity() ? read.catalog().fingerprint()
                    : read.mapping().inverse().apply(read.catalog()).fingerprint();
        }

        /** A partly applied migration, and whether the tenant also differs from its peers in anything else. */
        private record Partial(PartialMigration migration, boolean alsoDrifted) {
        }

        /**
         * The migration a tenant has applied in part, if its peers show one. Only a tenant whose history is a
         * prefix of the baseline's migrations is judged: the last migration it records (does it lack part of
         * what that one did?), then the next one it does not (does it already have part of it?). What a
         * migration did is the difference between the peers' schemas at the versions before and after it
         * ({@link #peerSchema}: at least two tenants agreeing, no tie); without both, nothing is judged.
         */
        private Optional<Partial> partial(TenantScan.Read read, List<MigrationHistory.Migration> order) {
            List<String> ids = read.history().orElseThrow().applied().stream().map(MigrationHistory.Migration::id).toList();
            int k = ids.size();
            if (k > order.size() || !order.subList(0, k).stream().map(MigrationHistory.Migration::id).toList().equals(ids)) {
                return Optional.empty();
            }
            Optional<Partial> recorded = k == 0 ? Optional.empty() : partial(read, order, k - 1, true);
            return recorded.isPresent() || k == order.size() ? recorded : partial(read, order, k, false);
        }

        /** Whether the tenant has part of migration {@code order[index]}, judged by the peers before and after it. */
        private Optional<Partial> partial(TenantScan.Read read, List<MigrationHistory.Migration> order, int index,
                                          boolean recorded) {
            Optional<String> before = peerSchema(prefix(order, index));
            Optional<String> after = peerSchema(prefix(order, index + 1));
            if (before.isEmpty() || after.isEmpty() || before.get().equals(after.get())) {
                return Optional.empty();
            }
            Catalog beforeCatalog = groupCatalog(before.get());
            Catalog afterCatalog = groupCatalog(after.get());
            Set<ObjectKey> made = keys(diff(afterCatalog, beforeCatalog));
            Set<ObjectKey> unlikeAfter = keys(diff(afterCatalog, read.catalog()));
            Set<ObjectKey> unlikeBefore = keys(diff(beforeCatalog, read.catalog()));
            List<ObjectKey> present = made.stream().filter(k -> !unlikeAfter.contains(k)).toList();
            List<ObjectKey> missing = made.stream().filter(k -> unlikeAfter.contains(k) && !unlikeBefore.contains(k)).toList();
            if (present.isEmpty() || missing.isEmpty()) {
                return Optional.empty();
            }
            // Anything else that sets the tenant apart from the peers at the version its history records is drift.
            Set<ObjectKey> unlikePeers = recorded ? unlikeAfter : unlikeBefore;
            boolean drifted = unlikePeers.stream().anyMatch(k -> !made.contains(k));
            return Optional.of(new Partial(new PartialMigration(order.get(index), recorded, present, missing), drifted));
        }

        private static Set<String> prefix(List<MigrationHistory.Migration> order, int length) {
            return order.subList(0, length).stream().map(MigrationHistory.Migration::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static Set<ObjectKey> keys(SchemaDiff diff) {
            return diff.changes().stream().map(Change::key).collect(Collectors.toCollection(java.util.TreeSet::new));
        }

        private Catalog groupCatalog(String fingerprint) {
            return groups.stream().filter(g -> g.fingerprint().equals(fingerprint)).findFirst().orElseThrow().catalog();
        }

        private static Set<String> applied(TenantScan.Read read) {
            return read.history().map(MigrationHistory::ids).orElse(Set.of());
        }

        /** The schema most tenants with exactly these migrations share, if at least two do and no other ties it. */
        private Optional<String> peerSchema(Set<String> applied) {
            if (peerSchemas == null) {
                Map<Set<String>, Map<String, Integer>> counts = new HashMap<>();
                byName.values().stream().filter(TenantScan.Read.class::isInstance).map(TenantScan.Read.class::cast)
                        .forEach(r -> counts.computeIfAbsent(applied(r), k -> new TreeMap<>())
                                .merge(fingerprint(r.catalog()), 1, Integer::sum));
                peerSchemas = new HashMap<>();
                counts.forEach((migrations, schemas) -> {
                    List<Map.Entry<String, Integer>> ranked = schemas.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
                    boolean clear = ranked.get(0).getValue() >= 2
                            && (ranked.size() == 1 || ranked.get(1).getValue() < ranked.get(0).getValue());
                    peerSchemas.put(migrations, clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty());
                });
            }
            return peerSchemas.getOrDefault(applied, Optional.empty());
        }

        private SchemaDiff diff(Catalog reference, Catalog target) {
            return diffs.computeIfAbsent(fingerprint(reference) + "/" + fingerprint(target),
                    k -> Differ.compare(reference, representative(target), options));
        }

        private Choice ofTenant(String name) {
            TenantScan scan = byName.get(name);
            if (scan == null) {
                throw new IllegalArgumentException("the baseline tenant " + name + " is not in the fleet (tenants: "
                        + abbreviate(byName.keySet()) + ")");
            }
            if (scan instanceof TenantScan.Failed failed) {
                throw new DriftException(name, null, "the baseline tenant " + name + " could not be read: "
                        + failed.reason(), null);
            }
            return Choice.of(resolved("tenant " + name, ((TenantScan.Read) scan).catalog(), List.of()));
        }

        private Choice majority() {
            if (groups.isEmpty()) {
                return Choice.none("no tenant could be read");
            }
            int read = groups.stream().mapToInt(g -> g.tenants().size()).sum();
            CatalogGroup top = groups.get(0);
            if (groups.size() > 1 && groups.get(1).tenants().size() == top.tenants().size()) {
                List<String> tied = groups.stream().filter(g -> g.tenants().size() == top.tenants().size())
                        .map(g -> g.shortFingerprint() + " (" + abbreviate(g.tenants()) + ")").toList();
                return Choice.none("no majority: " + tied.size() + " schemas have " + top.tenants().size()
                        + " tenants each: " + String.join("; ", tied) + "; name a baseline");
            }
            return Choice.of(resolved("majority schema " + top.shortFingerprint() + " ("
                    + top.tenants().size() + " of " + read + " tenants)", top.catalog(), List.of()));
        }

        private Choice automatic() {
            if (groups.isEmpty()) {
                return Choice.none("no tenant could be read");
            }
            if (groups.size() == 1) {
                return Choice.of(resolved("the one schema all tenants share", groups.get(0).catalog(),
                        List.of()));
            }
            // Only a largest schema can contain every other one (two of equal size only if they compare equal).
            CatalogGroup candidate = groups.stream()
                    .sorted(Comparator.comparingInt((CatalogGroup g) -> -g.catalog().size())).findFirst().orElseThrow();
            boolean contains = groups.stream().filter(g -> g != candidate).allMatch(g -> {
                        TenantStatus s = diff(candidate.catalog(), g.catalog()).status();
                        return s == TenantStatus.BEHIND || s == TenantStatus.IN_SYNC;
                    });
            if (!contains) {
                return Choice.none("the tenants have diverged (" + groups.size() + " schemas, none has everything the"
                        + " others have): name a baseline (a tenant, the majority, a snapshot or the migration history)");
            }
            return Choice.of(resolved(abbreviate(candidate.tenants())
                    + " (the only schema that lacks nothing the others have)", candidate.catalog(), List.of()));
        }

        private Choice history() {
            List<TenantScan.Read> reads = byName.values().stream().filter(TenantScan.Read.class::isInstance)
                    .map(TenantScan.Read.class::cast).toList();
            List<TenantScan.Read> withHistory = reads.stream().filter(r -> r.history().isPresent()).toList();
            if (withHistory.isEmpty()) {
                return Choice.none("no tenant has a migration history (flyway_schema_history or databasechangelog)");
            }
            // Every migration any tenant applied, in the order of the longest history that has it.
            Map<String, MigrationHistory.Migration> all = new LinkedHashMap<>();
            withHistory.stream().map(r -> r.history().get())
                    .sorted(Comparator.comparingInt((MigrationHistory h) -> -h.applied().size()))
                    .forEach(h -> h.applied().forEach(m -> all.putIfAbsent(m.id(), m)));
            List<TenantScan.Read> latest = withHistory.stream()
                    .filter(r -> r.history().get().ids().containsAll(all.keySet())).toList();
            if (latest.isEmpty()) {
                return Choice.none("the migration histories disagree: no tenant has applied every migration ("
                        + all.size() + " in all); name a baseline");
            }
            Map<String, List<TenantScan.Read>> bySchema = new TreeMap<>();
            latest.forEach(r -> bySchema.computeIfAbsent(fingerprint(r.catalog()), f -> new ArrayList<>()).add(r));
            List<List<TenantScan.Read>> ranked = bySchema.values().stream()
                    .sorted(Comparator.comparingInt((List<TenantScan.Read> l) -> -l.size())).toList();
            if (ranked.size() > 1 && ranked.get(1).size() == ranked.get(0).size()) {
                return Choice.none("the tenants at the latest migration disagree on the schema ("
                        + ranked.size() + " schemas among " + latest.size() + " tenants, no majority); name a baseline");
            }
            List<MigrationHistory.Migration> migrations = new ArrayList<>(all.values());
            MigrationHistory.Tool tool = historyTool().orElseThrow();
            String last = migrations.get(migrations.size() - 1).describe(tool);
            List<String> names = ranked.get(0).stream().map(TenantScan::tenant).toList();
            return Choice.of(resolved("migration history: latest " + last + ", applied by "
                    + abbreviate(names) + (ranked.size() > 1 ? " (majority of the " + latest.size() + " at the latest)" : ""),
                    ranked.get(0).get(0).catalog(), migrations));
        }

        private Optional<MigrationHistory.Tool> historyTool() {
            Set<MigrationHistory.Tool> tools = byName.values().stream().filter(TenantScan.Read.class::isInstance)
                    .map(s -> ((TenantScan.Read) s).history()).flatMap(Optional::stream).map(MigrationHistory::tool)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (tools.size() > 1) {
                throw new DriftException("the fleet mixes Flyway and Liquibase histories: they cannot be compared");
            }
            return tools.stream().findFirst();
        }
    }

    /** A baseline, or why there is none. */
    private record Choice(Optional<FleetComparison.Resolved> resolved, Optional<String> unresolved) {
        static Choice of(FleetComparison.Resolved resolved) {
            return new Choice(Optional.of(resolved), Optional.empty());
        }

        static Choice none(String why) {
            return new Choice(Optional.empty(), Optional.of(why));
        }

        /** The same choice, marked as the caller's. */
        Choice named() {
            return new Choice(resolved.map(r -> new FleetComparison.Resolved(r.description(), r.fingerprint(),
                    r.catalog(), r.migrations(), true)), unresolved);
        }
    }

    /** Up to five names, then how many more. */
    static String abbreviate(Collection<String> names) {
        List<String> list = List.copyOf(names);
        if (list.size() <= 5) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, 5)) + " and " + (list.size() - 5) + " more";
    }
}
