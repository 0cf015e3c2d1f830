package dev.drift.bench;

import dev.drift.core.Sql;
import dev.drift.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates generated fleets on the benchmark server: one database per tenant (copied from a template,
 * then drifted) or one schema per tenant in a shared database.
 *
 * <p>With {@code keep}, fleets stay on the server after the run and a later run reuses them: a finished
 * fleet carries its signature (generator version, sizes, seed, drift rate) as a comment on its database,
 * written last, so a fleet whose creation was cut short is never reused.
 */
final class FleetBuilder {

    /** Bumped whenever the generator or the drift plan changes what a fleet holds. */
    private static final int GENERATOR_VERSION = 1;

    private final PostgresServer server;
    private final boolean keep;

    FleetBuilder(PostgresServer server, boolean keep) {
        this.server = server;
        this.keep = keep;
    }

    /** What a fleet holds, as written on its database. */
    static String signature(String layout, int tenants, int tables, long seed, double driftRate) {
        return String.format(Locale.ROOT, "drift-bench v%d %s: %d tenants of %d tables, seed %d, drift rate %.3f",
                GENERATOR_VERSION, layout, tenants, tables, seed, driftRate);
    }

    /** One database holding the schema in {@code public}. */
    Tenant database(String name, TenantShape shape, String signature) {
        if (!reusable(name, signature)) {
            createDatabase(name, "template0");
            server.execute(name, SchemaDdl.render(shape, "public"));
            sign(name, signature);
        }
        return new Tenant(name, name, "public");
    }

    /**
     * One database per tenant, each a copy of a template holding the schema, with the planned drift
     * applied. Tenant 0 is the reference.
     */
    List<Tenant> databasePerTenant(String prefix, TenantShape shape, List<List<InjectedDrift>> plan, String signature) {
        String template = prefix + "_template";
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            String name = tenantName(prefix, i);
            tenants.add(new Tenant(name, name, "public"));
        }
        if (reusable(template, signature)) {
            Progress.say("reusing the fleet " + prefix + "_* (" + signature + ")");
            return tenants;
        }
        dropMatching(prefix + "\\_%");
        createDatabase(template, "template0");
        server.execute(template, SchemaDdl.render(shape, "public"));
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            for (Tenant t : tenants) {
                s.execute("CREATE DATABASE " + Sql.ident(t.database()) + " TEMPLATE " + Sql.ident(template)
                        + " STRATEGY FILE_COPY");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tenant databases " + prefix + "_*: " + e.getMessage(), e);
        }
        for (int i = 0; i < plan.size(); i++) {
            if (!plan.get(i).isEmpty()) {
                server.execute(tenants.get(i).database(), InjectedDrift.script(plan.get(i), "public"));
            }
        }
        sign(template, signature);
        return tenants;
    }

    /** One database with one schema per tenant, each with the planned drift applied. */
    List<Tenant> schemaPerTenant(String database, TenantShape shape, List<List<InjectedDrift>> plan, String signature) {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            String schema = tenantName("tenant", i);
            tenants.add(new Tenant(schema, database, schema));
        }
        if (reusable(database, signature)) {
            Progress.say("reusing the database " + database + " (" + signature + ")");
            return tenants;
        }
        server.execute("postgres", "DROP DATABASE IF EXISTS " + Sql.ident(database) + " WITH (FORCE)");
        createDatabase(database, "template0");
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (int i = 0; i < plan.size(); i++) {
                String schema = tenants.get(i).schema();
                s.execute(SchemaDdl.render(shape, schema) + InjectedDrift.script(plan.get(i), schema));
                if (i % 100 == 99) {
                    Progress.say("created " + (i + 1) + " schemas");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tenant schemas in " + database + ": " + e.getMessage(), e);
        }
        sign(database, signature);
        return tenants;
    }

    static String tenantName(String prefix, int index) {
        return String.format(Locale.ROOT, "%s_%04d", prefix, index);
    }

    private void createDatabase(String name, String template) {
        server.execute("postgres", "DROP DATABASE IF EXISTS " + Sql.ident(name) + " WITH (FORCE)");
        server.execute("postgres", "CREATE DATABASE " + Sql.ident(name) + " TEMPLATE " + Sql.ident(template));
    }

    private boolean reusable(String database, String signature) {
        return keep && comment(database).filter(signature::equals).isPresent();
    }

    private void sign(String database, String signature) {
        server.execute("postgres", "COMMENT ON DATABASE " + Sql.ident(database) + " IS " + Sql.literal(signature));
    }

    private Optional<String> comment(String database) {
        try (Connection c = server.connect("postgres");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for the database " + database + ": " + e.getMessage(), e);
        }
    }

    private void dropMatching(String pattern) {
        List<String> names = new ArrayList<>();
        try (Connection c = server.connect("postgres");
             PreparedStatement ps = c.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY 1")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the databases like " + pattern + ": " + e.getMessage(), e);
        }
        dropNow(names);
    }

    /** Drops the databases unless fleets are kept for the next run. */
    void drop(List<String> databases) {
        if (!keep) {
            dropNow(databases);
        }
    }

    private void dropNow(List<String> databases) {
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            for (String d : databases) {
                s.execute("DROP DATABASE IF EXISTS " + Sql.ident(d) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark databases: " + e.getMessage(), e);
        }
    }
}
