package dev.drift.bench;

import dev.drift.core.Sql;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates generated fleets on the benchmark server: one database per tenant (copied from a template,
 * then drifted) or one schema per tenant in a shared database.
 */
final class FleetBuilder {

    private final PostgresServer server;

    FleetBuilder(PostgresServer server) {
        this.server = server;
    }

    /** One database holding the schema in {@code public}. */
    Tenant database(String name, TenantShape shape) {
        createDatabase(name, "template0");
        server.execute(name, SchemaDdl.render(shape, "public"));
        return new Tenant(name, name, "public");
    }

    /**
     * One database per tenant, each a copy of a template holding the schema, with the planned drift
     * applied. Tenant 0 is the reference.
     */
    List<Tenant> databasePerTenant(String prefix, TenantShape shape, List<List<InjectedDrift>> plan) {
        String template = prefix + "_template";
        database(template, shape);
        List<Tenant> tenants = new ArrayList<>();
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            for (int i = 0; i < plan.size(); i++) {
                String name = tenantName(prefix, i);
                s.execute("CREATE DATABASE " + Sql.ident(name) + " TEMPLATE " + Sql.ident(template)
                        + " STRATEGY FILE_COPY");
                tenants.add(new Tenant(name, name, "public"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tenant databases " + prefix + "_*: " + e.getMessage(), e);
        }
        for (int i = 0; i < plan.size(); i++) {
            if (!plan.get(i).isEmpty()) {
                server.execute(tenants.get(i).database(), InjectedDrift.script(plan.get(i), "public"));
            }
        }
        return tenants;
    }

    /** One database with one schema per tenant, each with the planned drift applied. */
    List<Tenant> schemaPerTenant(String database, TenantShape shape, List<List<InjectedDrift>> plan) {
        createDatabase(database, "template0");
        List<Tenant> tenants = new ArrayList<>();
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (int i = 0; i < plan.size(); i++) {
                String schema = tenantName("tenant", i);
                s.execute(SchemaDdl.render(shape, schema) + InjectedDrift.script(plan.get(i), schema));
                tenants.add(new Tenant(schema, database, schema));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tenant schemas in " + database + ": " + e.getMessage(), e);
        }
        return tenants;
    }

    static String tenantName(String prefix, int index) {
        return String.format(Locale.ROOT, "%s_%04d", prefix, index);
    }

    private void createDatabase(String name, String template) {
        server.execute("postgres", "CREATE DATABASE " + Sql.ident(name) + " TEMPLATE " + Sql.ident(template));
    }

    /** Drops the databases (best effort: the server is thrown away at the end anyway). */
    void drop(List<String> databases) {
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            for (String d : databases) {
                s.execute("DROP DATABASE IF EXISTS " + Sql.ident(d) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark databases: " + e.getMessage(), e);
        }
    }
}
