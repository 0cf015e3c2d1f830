package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.TableDef;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.internal.SchemaMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A fleet of database-per-tenant tenants built in memory, for reports at scale: 20 tables of 5 columns
 * and an index each, a Flyway history (V1 the tables, V2 {@code orders.external_id}, V3 the table
 * {@code invoices} and {@code orders.invoice_no}). Most tenants are at V3 and match; the others fall into
 * exactly {@code situations} situations: tenants one or two migrations behind, tenants with V3 half
 * applied, tenants that drifted in one of four ways (a missing column, an extra column, a changed type, a
 * missing index and an extra table), and tenants of three servers that could not be read. Tenants of one
 * situation share one catalog, as the scanner's interner makes them.
 */
final class SyntheticFleet {

    private static final String S = "public";
    private static final int TABLES = 20;

    private SyntheticFleet() {
    }

    /** {@code tenants} tenants, {@code situations} situations (at least 8) among about a quarter of them. */
    static List<TenantScan> of(int tenants, int situations) {
        List<DbObject> v1 = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            String table = "table_" + t;
            v1.add(TableDef.of(S, table));
            for (int c = 1; c <= 5; c++) {
                v1.add(ColumnDef.of(S, table, "col_" + c, c, c == 1 ? "bigint" : "text"));
            }
            v1.add(index(table, "col_2"));
        }
        v1.add(TableDef.of(S, "orders"));
        v1.add(ColumnDef.of(S, "orders", "id", 1, "bigint"));
        List<DbObject> v2 = plus(v1, ColumnDef.of(S, "orders", "external_id", 2, "text"));
        List<DbObject> invoices = List.of(TableDef.of(S, "invoices"), ColumnDef.of(S, "invoices", "id", 1, "bigint"),
                ColumnDef.of(S, "invoices", "total", 2, "numeric"));
        List<DbObject> v3 = plus(plus(v2, invoices.toArray(DbObject[]::new)),
                ColumnDef.of(S, "orders", "invoice_no", 3, "bigint"));
        List<DbObject> halfV3 = plus(v2, invoices.toArray(DbObject[]::new));

        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.of(v2, "1", "2"));
        variants.add(Variant.of(v1, "1"));
        variants.add(Variant.of(halfV3, "1", "2"));
        int failing = 3;
        int drifting = situations - variants.size() - failing;
        for (int i = 0; i < drifting; i++) {
            variants.add(Variant.of(drift(v3, i), "1", "2", "3"));
        }
        // Unequal sizes, so that the order of situations (worst first, then larger first) shows.
        int differing = tenants / 4;
        int[] sizes = new int[variants.size() + failing];
        int weight = 0;
        for (int i = 0; i < sizes.length; i++) {
            // The tenants at V2 outnumber those with V3 half applied: they are the peers that tell what V3 did.
            sizes[i] = i == 0 ? 19 : i == 2 ? 3 : 1 + (i * 37) % 19;
            weight += sizes[i];
        }
        List<TenantScan> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < sizes.length; i++) {
            int count = Math.max(2, sizes[i] * differing / weight);
            for (int k = 0; k < count; k++) {
                String name = name(n++);
                if (i < variants.size()) {
                    Variant v = variants.get(i);
                    out.add(read(name, v.catalog(), v.migrations()));
                } else {
                    out.add(new TenantScan.Failed(name, "cannot connect to db" + (i - variants.size() + 7) + ":5432/" + name
                            + ": connection refused"));
                }
            }
        }
        Catalog current = new Catalog("current", 170007, v3);
        while (n < tenants) {
            out.add(read(name(n++), current, List.of("1", "2", "3")));
        }
        return out;
    }

    private record Variant(Catalog catalog, List<String> migrations) {
        static Variant of(List<DbObject> objects, String... migrations) {
            return new Variant(new Catalog("variant", 170007, objects), List.of(migrations));
        }
    }

    /** One of four kinds of drift, on table {@code i / 4}. */
    private static List<DbObject> drift(List<DbObject> base, int i) {
        String table = "table_" + (i / 4) % TABLES;
        int round = i / (4 * TABLES);
        return switch (i % 4) {
            case 0 -> without(base, ObjectKey.column(S, table, "col_" + (3 + round % 3)));
            case 1 -> plus(base, ColumnDef.of(S, table, "hotfix_" + round, 6, "text"));
            case 2 -> replace(base, ObjectKey.column(S, table, "col_2"), o -> ColumnDef.of(S, table, "col_2", 2, "varchar(80)"));
            default -> plus(without(base, ObjectKey.index(S, table, table + "_col_2_idx")),
                    TableDef.of(S, "scratch_" + table), ColumnDef.of(S, "scratch_" + table, "id", 1, "bigint"));
        };
    }

    private static TenantScan.Read read(String name, Catalog catalog, List<String> versions) {
        List<MigrationHistory.Migration> applied = versions.stream()
                .map(v -> new MigrationHistory.Migration(v, switch (v) {
                    case "1" -> "tables";
                    case "2" -> "external id";
                    default -> "invoices";
                })).toList();
        return new TenantScan.Read(name, catalog, SchemaMapping.identity(),
                Optional.of(new MigrationHistory(MigrationHistory.Tool.FLYWAY, applied)));
    }

    private static String name(int n) {
        return String.format("tenant_%05d", n);
    }

    private static IndexDef index(String table, String column) {
        String name = table + "_" + column + "_idx";
        return new IndexDef(ObjectKey.index(S, table, name), "CREATE INDEX " + name + " ON public." + table
                + " USING btree (" + column + ")", Optional.empty());
    }

    private static List<DbObject> plus(List<DbObject> base, DbObject... more) {
        List<DbObject> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    private static List<DbObject> without(List<DbObject> base, ObjectKey key) {
        return base.stream().filter(o -> !o.key().equals(key)).toList();
    }

    private static List<DbObject> replace(List<DbObject> base, ObjectKey key, UnaryOperator<DbObject> with) {
        return base.stream().map(o -> o.key().equals(key) ? with.apply(o) : o).toList();
    }
}
