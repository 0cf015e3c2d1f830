package dev.drift.bench;

import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One change that makes a tenant drift from the generated schema, on one table. Each kind works on a
 * column or index that nothing else depends on, so the statement always succeeds.
 */
record InjectedDrift(Kind kind, String table) {

    enum Kind {
        MISSING_COLUMN, CHANGED_DEFAULT, MISSING_INDEX, MISSING_FK, CHANGED_TYPE, EXTRA_COLUMN
    }

    static final String EXTRA_COLUMN = "legacy_code";
    static final String CHANGED_TYPE = "varchar(80)";
    static final String CHANGED_DEFAULT = "5";

    /** The statement that makes a tenant in {@code schema} drift. */
    String sql(String schema) {
        String t = Sql.qualified(schema, table);
        return switch (kind) {
            case MISSING_COLUMN -> "ALTER TABLE " + t + " DROP COLUMN " + Sql.ident(SchemaGenerator.DROPPABLE_COLUMN);
            case CHANGED_DEFAULT -> "ALTER TABLE " + t + " ALTER COLUMN " + Sql.ident(SchemaGenerator.DEFAULTED_COLUMN)
                    + " SET DEFAULT " + CHANGED_DEFAULT;
            case MISSING_INDEX -> "DROP INDEX " + Sql.qualified(schema, table + SchemaGenerator.DROPPABLE_INDEX_SUFFIX);
            case MISSING_FK -> "ALTER TABLE " + t + " DROP CONSTRAINT " + Sql.ident(table + "_parent_fk");
            case CHANGED_TYPE -> "ALTER TABLE " + t + " ALTER COLUMN " + Sql.ident(SchemaGenerator.RETYPED_COLUMN)
                    + " TYPE " + CHANGED_TYPE;
            case EXTRA_COLUMN -> "ALTER TABLE " + t + " ADD COLUMN " + Sql.ident(EXTRA_COLUMN) + " text";
        };
    }

    /** All statements of a tenant's drift, as one script. */
    static String script(List<InjectedDrift> drifts, String schema) {
        StringBuilder b = new StringBuilder();
        drifts.forEach(d -> b.append(d.sql(schema)).append(";\n"));
        return b.toString();
    }

    /**
     * Which tenants drift and how: tenant 0 is the reference and never drifts; of the others,
     * {@code round(rate * (tenants - 1))} get one to three drifts each, on random tables.
     */
    static List<List<InjectedDrift>> plan(TenantShape shape, int tenants, double rate, long seed) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("the drift rate must be between 0 and 1 but was " + rate);
        }
        Random random = new Random(seed);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < tenants; i++) {
            candidates.add(i);
        }
        java.util.Collections.shuffle(candidates, random);
        Set<Integer> drifted = new java.util.HashSet<>(candidates.subList(0, (int) Math.round(rate * (tenants - 1))));
        List<List<InjectedDrift>> out = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            out.add(drifted.contains(i) ? drifts(shape, 1 + random.nextInt(3), random) : List.of());
        }
        return out;
    }

    /** {@code count} distinct drifts on random tables of the shape. */
    static List<InjectedDrift> drifts(TenantShape shape, int count, Random random) {
        Set<InjectedDrift> out = new LinkedHashSet<>();
        Kind[] kinds = Kind.values();
        while (out.size() < count) {
            TenantShape.Table table = shape.tables().get(random.nextInt(shape.tableCount()));
            Kind kind = kinds[random.nextInt(kinds.length)];
            if (kind == Kind.MISSING_FK && table.references().isEmpty()) {
                continue;
            }
            out.add(new InjectedDrift(kind, table.name()));
        }
        return List.copyOf(out);
    }

    static int driftedTenants(List<List<InjectedDrift>> plan) {
        return (int) plan.stream().filter(d -> !d.isEmpty()).count();
    }
}
