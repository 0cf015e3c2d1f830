package dev.drift.testkit;

/**
 * Drift's first fixture, never allowed to break: tenant_a and tenant_b should share a schema, but
 * tenant_a's {@code orders} has {@code external_id text} and tenant_b's does not.
 */
public final class ReferenceScenario {

    /** The schema both tenants share. */
    public static final String COMMON = """
            CREATE TABLE public.orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL,
                total numeric(12,2) NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            """;

    /** tenant_a: the shared schema plus the column tenant_b lacks. */
    public static final String TENANT_A = COMMON + "ALTER TABLE public.orders ADD COLUMN external_id text;\n";

    /** tenant_b: the shared schema only. */
    public static final String TENANT_B = COMMON;

    /** The one statement that brings tenant_b in line. */
    public static final String FIX_FOR_TENANT_B = "ALTER TABLE public.orders ADD COLUMN external_id text;";

    private ReferenceScenario() {
    }

    /** The two tenant databases, created on a server. */
    public record Tenants(TestDatabase tenantA, TestDatabase tenantB) implements AutoCloseable {
        @Override
        public void close() {
            tenantA.close();
            tenantB.close();
        }
    }

    /** Creates fresh tenant_a and tenant_b databases (uniquely named) on the server. */
    public static Tenants create(PostgresServer server) {
        TestDatabase a = server.createDatabase("tenant_a").execute(TENANT_A);
        TestDatabase b = server.createDatabase("tenant_b").execute(TENANT_B);
        return new Tenants(a, b);
    }

    /** Creates databases named exactly tenant_a and tenant_b (for the demo's own server). */
    public static Tenants createNamed(PostgresServer server) {
        TestDatabase a = server.createDatabaseNamed("tenant_a").execute(TENANT_A);
        TestDatabase b = server.createDatabaseNamed("tenant_b").execute(TENANT_B);
        return new Tenants(a, b);
    }
}
