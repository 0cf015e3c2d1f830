package dev.drift.report;

import dev.drift.core.TenantStatus;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.fleet.PartialMigration;
import dev.drift.core.fleet.TenantOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenants in the same situation: the same status, the same difference from the baseline (the same schema
 * fingerprint, whatever each tenant's schema is called), the same causes, pending migrations and partly
 * applied migration, or, for tenants that could not be read, the same reason once each tenant's own name is
 * taken out of it. A fleet of ten thousand tenants one migration behind is one situation; every report
 * format shows situations, worst first, and each tenant still gets its own fix script.
 *
 * @param number  1 for the worst situation, then 2, 3, ...
 * @param tenants the tenants, sorted by name; the first stands for the others (its diff, its script, in its
 *                own schema names)
 * @param why     why the tenants stand where they do, e.g. {@code lag: not applied V3 (invoices)}; for
 *                several failed tenants, the shared reason with {@code <tenant>} for each one's name
 */
record Situation(int number, List<TenantOutcome> tenants, String why) {

    Situation {
        tenants = List.copyOf(tenants);
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("a situation has at least one tenant");
        }
    }

    TenantOutcome first() {
        return tenants.get(0);
    }

    TenantStatus status() {
        return first().status();
    }

    /** {@code BEHIND} or {@code BEHIND (PARTIAL)}. */
    String label() {
        return first().label();
    }

    int size() {
        return tenants.size();
    }

    List<String> names() {
        return tenants.stream().map(TenantOutcome::tenant).toList();
    }

    /**
     * The fleet's tenants that are not in sync, grouped by situation, worst first: tenants that could not be
     * read (nothing is known of them), then a partly applied migration, then diverged, ahead, behind; among
     * equals the situation with more tenants first, then by the first tenant's name.
     */
    static List<Situation> of(FleetComparison fleet) {
        MigrationHistory.Tool tool = fleet.history().orElse(MigrationHistory.Tool.FLYWAY);
        Map<Key, List<TenantOutcome>> byKey = new LinkedHashMap<>();
        for (TenantOutcome t : fleet.tenants()) {
            if (t.status() != TenantStatus.IN_SYNC) {
                byKey.computeIfAbsent(Key.of(t), k -> new ArrayList<>()).add(t);
            }
        }
        List<List<TenantOutcome>> ranked = byKey.values().stream()
                .sorted(Comparator.comparingInt((List<TenantOutcome> l) -> rank(l.get(0)))
                        .thenComparing(l -> -l.size())
                        .thenComparing(l -> l.get(0).tenant()))
                .toList();
        List<Situation> out = new ArrayList<>();
        for (List<TenantOutcome> same : ranked) {
            TenantOutcome first = same.get(0);
            String why = same.size() > 1 && first.reason().isPresent()
                    ? withoutTenant(first.reason().get(), first.tenant())
                    : first.explanation(tool);
            out.add(new Situation(out.size() + 1, same, why));
        }
        return List.copyOf(out);
    }

    /** Lower is worse. */
    static int rank(TenantOutcome t) {
        if (t.status() == TenantStatus.FAILED) {
            return 0;
        }
        if (t.isPartial()) {
            return 1;
        }
        return switch (t.status()) {
            case DIVERGED -> 2;
            case AHEAD -> 3;
            default -> 4;
        };
    }

    /**
     * What tenants share a situation by. The fingerprint, not the diff, is compared: tenants with the same
     * comparison fingerprint have the same difference from the baseline, and the canonical fingerprint is
     * the same whatever a schema-per-tenant tenant's schema is called.
     */
    private record Key(TenantStatus status, Optional<String> fingerprint, List<TenantOutcome.Cause> causes,
                       List<MigrationHistory.Migration> pending, Optional<PartialMigration> partial, Optional<String> reason) {
        static Key of(TenantOutcome t) {
            return new Key(t.status(), t.fingerprint(), t.causes(), t.pending(), t.partial(),
                    t.reason().map(r -> withoutTenant(r, t.tenant())));
        }
    }

    /**
     * The reason with the tenant's own name (as a whole word) replaced by {@code <tenant>}, so that
     * {@code cannot connect to db9:5432/shop_7: connection refused} is the same for every tenant of db9.
     */
    static String withoutTenant(String reason, String tenant) {
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(tenant) + "(?![A-Za-z0-9_$])").matcher(reason);
        return m.replaceAll("<tenant>");
    }
}
