package dev.drift.bench;

import dev.drift.bench.TenantShape.Column;
import dev.drift.bench.TenantShape.EnumType;
import dev.drift.bench.TenantShape.Index;
import dev.drift.bench.TenantShape.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates realistic tenant schemas from a seed: tables of mixed column types with identity keys,
 * foreign keys to earlier tables, checks, unique constraints, partial, expression and unique indexes,
 * enums, views, functions, triggers and comments. The same seed and size give the same schema.
 */
final class SchemaGenerator {

    /** Columns every table has, with the roles the drift injector relies on (see {@link InjectedDrift}). */
    static final String DROPPABLE_COLUMN = "notes";
    static final String RETYPED_COLUMN = "label";
    static final String DEFAULTED_COLUMN = "quantity";
    static final String DROPPABLE_INDEX_SUFFIX = "_name_lower_idx";

    private static final List<String> NOUNS = List.of("customers", "orders", "invoices", "payments", "products",
            "shipments", "addresses", "contacts", "accounts", "subscriptions", "plans", "coupons", "refunds",
            "carts", "warehouses", "suppliers", "purchase_orders", "stock_moves", "tickets", "comments",
            "attachments", "projects", "tasks", "timesheets", "employees", "departments", "contracts",
            "leads", "campaigns", "events", "sessions", "devices", "notifications", "webhooks", "api_keys",
            "audit_entries", "price_lists", "taxes", "currencies", "regions");

    private static final List<EnumType> ENUMS = List.of(
            new EnumType("record_status", List.of("new", "active", "closed")),
            new EnumType("priority_level", List.of("low", "normal", "high", "urgent")),
            new EnumType("sales_channel", List.of("web", "mobile", "api", "batch")));

    /** Optional extra columns: name, DDL type, rendered type, default as written, default as rendered. */
    private static final List<String[]> EXTRAS = List.of(
            new String[] {"payload", "jsonb", "jsonb", null, null},
            new String[] {"due_on", "date", "date", null, null},
            new String[] {"external_ref", "uuid", "uuid", null, null},
            new String[] {"priority", "smallint", "smallint", "0", "0"},
            new String[] {"score", "double precision", "double precision", null, null},
            new String[] {"tags", "text[]", "text[]", "'{}'", "'{}'::text[]"},
            new String[] {"client_ip", "inet", "inet", null, null},
            new String[] {"ratio", "real", "real", "1.0", "1.0"},
            new String[] {"revision", "integer", "integer", "1", "1"});

    private SchemaGenerator() {
    }

    /** A schema of {@code tables} tables, the same for the same seed. */
    static TenantShape generate(int tables, long seed) {
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be at least 1 but was " + tables);
        }
        Random random = new Random(seed);
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String noun = NOUNS.get(i % NOUNS.size());
            int round = i / NOUNS.size();
            String name = round == 0 ? noun : noun + "_" + round;
            Optional<String> references = i > 0 && random.nextInt(10) < 7
                    ? Optional.of(out.get(random.nextInt(i)).name()) : Optional.empty();
            out.add(table(name, references, random));
        }
        return new TenantShape(ENUMS, out);
    }

    private static Table table(String name, Optional<String> references, Random random) {
        EnumType status = ENUMS.get(random.nextInt(ENUMS.size()));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", "bigint", "bigint", true, true, Optional.empty(), Optional.empty()));
        references.ifPresent(r -> columns.add(plain("parent_id", "bigint", "bigint", false)));
        columns.add(plain("name", "varchar(120)", "character varying(120)", true));
        columns.add(plain("code", "text", "text", true));
        String first = status.labels().get(0);
        columns.add(new Column("status", status.name(), "public." + status.name(), true, false,
                Optional.of("'" + first + "'"), Optional.of("'" + first + "'::public." + status.name())));
        columns.add(defaulted("amount", "numeric(12,2)", "numeric(12,2)", true, "0", "0"));
        columns.add(defaulted(DEFAULTED_COLUMN, "integer", "integer", true, "1", "1"));
        columns.add(defaulted("is_active", "boolean", "boolean", true, "true", "true"));
        columns.add(plain(RETYPED_COLUMN, "varchar(40)", "character varying(40)", false));
        columns.add(plain(DROPPABLE_COLUMN, "text", "text", false));
        columns.add(defaulted("created_at", "timestamptz", "timestamp with time zone", true, "now()", "now()"));
        columns.add(plain("updated_at", "timestamptz", "timestamp with time zone", false));
        List<String[]> extras = new ArrayList<>(EXTRAS);
        Collections.shuffle(extras, random);
        for (String[] e : extras.subList(0, random.nextInt(5))) {
            columns.add(e[3] == null ? plain(e[0], e[1], e[2], false) : defaulted(e[0], e[1], e[2], false, e[3], e[4]));
        }
        boolean uniqueCode = random.nextBoolean();
        List<Index> indexes = new ArrayList<>();
        references.ifPresent(r -> indexes.add(new Index(name + "_parent_idx", false, "(parent_id)", Optional.empty())));
        indexes.add(new Index(name + DROPPABLE_INDEX_SUFFIX, false, "(lower(name))", Optional.empty()));
        if (random.nextBoolean()) {
            indexes.add(new Index(name + "_active_created_idx", false, "(created_at)", Optional.of("is_active")));
        }
        if (!uniqueCode) {
            indexes.add(new Index(name + "_code_uidx", true, "(code)", Optional.empty()));
        }
        return new Table(name, columns, references, uniqueCode, indexes, random.nextInt(4) == 0,
                random.nextInt(3) == 0, random.nextInt(5) == 0);
    }

    private static Column plain(String name, String ddlType, String renderedType, boolean notNull) {
        return new Column(name, ddlType, renderedType, notNull, false, Optional.empty(), Optional.empty());
    }

    private static Column defaulted(String name, String ddlType, String renderedType, boolean notNull,
                                    String defaultSql, String rendered) {
        return new Column(name, ddlType, renderedType, notNull, false, Optional.of(defaultSql), Optional.of(rendered));
    }
}
