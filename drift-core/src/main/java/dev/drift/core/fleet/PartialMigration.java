package dev.drift.core.fleet;

import dev.drift.core.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A migration a tenant has applied only in part. What the migration did is not read from its script
 * (Drift never sees it) but from the tenants: it is what separates the schema most tenants at the version
 * before it share from the schema most tenants at its own version share.
 *
 * @param migration the migration
 * @param recorded  whether the tenant's history records it: then the tenant lacks part of what it did; if
 *                  not, it is the next migration the history does not record, and the tenant already has
 *                  part of what it did (a migration that failed half-way outside a transaction)
 * @param present   the objects the migration created, changed or dropped that are in the tenant as the
 *                  migration leaves them, sorted
 * @param missing   the objects the migration created, changed or dropped that are in the tenant as they were
 *                  before it (a missing object, an unchanged one, or one not yet dropped), sorted; never
 *                  empty, and neither is {@code present}
 */
public record PartialMigration(MigrationHistory.Migration migration, boolean recorded, List<ObjectKey> present,
                               List<ObjectKey> missing) {

    /** Names shown per list before "and N more". */
    private static final int SHOWN = 5;

    public PartialMigration {
        Objects.requireNonNull(migration, "migration");
        present = present.stream().sorted().toList();
        missing = missing.stream().sorted().toList();
        if (present.isEmpty() || missing.isEmpty()) {
            throw new IllegalArgumentException("a partly applied migration has both present and missing parts");
        }
    }

    /**
     * One line, e.g. {@code V3 (invoices) failed half-way (not recorded): has table public.invoices; lacks
     * constraint public.orders.orders_total_check}. A table's columns, constraints and indexes are not named
     * when the table itself is.
     *
     * @param names maps a key to the names the reader knows (the tenant's own schema names)
     */
    public String describe(MigrationHistory.Tool tool, UnaryOperator<ObjectKey> names) {
        return migration.describe(tool) + (recorded ? " is recorded but only partly applied" : " is not recorded but partly applied")
                + ": has " + list(present, names) + "; lacks " + list(missing, names);
    }

    private static String list(List<ObjectKey> keys, UnaryOperator<ObjectKey> names) {
        List<ObjectKey> shown = outermost(keys);
        List<String> out = new ArrayList<>();
        shown.stream().limit(SHOWN).forEach(k -> out.add(names.apply(k).toString()));
        String text = String.join(", ", out);
        return shown.size() > SHOWN ? text + " and " + (shown.size() - SHOWN) + " more" : text;
    }

    /** The keys without the table children whose table is in the list too. */
    static List<ObjectKey> outermost(List<ObjectKey> keys) {
        Set<ObjectKey> all = Set.copyOf(keys);
        return keys.stream().filter(k -> !k.kind().isTableChild() || k.table().filter(all::contains).isEmpty())
                .collect(Collectors.toList());
    }
}
