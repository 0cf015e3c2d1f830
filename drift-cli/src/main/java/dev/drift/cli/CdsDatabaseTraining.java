package dev.drift.cli;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The part of {@link CdsTraining} that reads real databases: two small databases on an embedded PostgreSQL
 * (drift-testkit's, in drift-demo.jar) compared by the commands users run most, so that the archive also holds
 * the classes a read loads (the driver's result sets and array decoding, each kind's row reader, the apply
 * path) and the method-handle forms they build. Trained on snapshot files alone, a {@code drift diff} of two
 * 1,000-table databases loaded some 240 classes from the jar and spun 170 more at run time (docs/benchmarks.md,
 * run Y). Kept apart from CdsTraining so that drift.jar, which has no testkit, never loads this class.
 */
final class CdsDatabaseTraining {

    /** Most kinds a reader query returns rows for; the target lacks a column, an index and a view, and differs. */
    private static final String SCHEMA = """
            CREATE TYPE public.status AS ENUM ('new', 'paid', 'shipped');
            CREATE DOMAIN public.amount AS numeric(12,2) CHECK (VALUE >= 0);
            CREATE TYPE public.address AS (street text, city text);
            CREATE SEQUENCE public.invoice_no START 1000;
            CREATE TABLE public.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL, email text UNIQUE, home public.address, created_at timestamptz DEFAULT now());
            CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES public.customers,
                total public.amount, status public.status DEFAULT 'new', invoice bigint DEFAULT nextval('public.invoice_no'),
                note varchar(200), external_id text, CHECK (total IS NULL OR total < 1000000));
            CREATE INDEX orders_customer ON public.orders (customer_id, status DESC);
            CREATE INDEX orders_lower_note ON public.orders (lower(note)) WHERE note IS NOT NULL;
            CREATE TABLE public.events (id bigint, at date NOT NULL, payload jsonb) PARTITION BY RANGE (at);
            CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE VIEW public.open_orders AS SELECT id, customer_id, total FROM public.orders WHERE status <> 'shipped';
            CREATE MATERIALIZED VIEW public.order_totals AS SELECT customer_id, sum(total) AS total FROM public.orders
                GROUP BY customer_id;
            CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
            CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();
            CREATE AGGREGATE public.total_of(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
            ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own_orders ON public.orders USING (customer_id > 0);
            COMMENT ON TABLE public.orders IS 'what customers bought';
            COMMENT ON COLUMN public.orders.note IS 'free text';
            GRANT SELECT ON public.open_orders TO PUBLIC;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;
            """;

    private static final String DRIFT = """
            DROP VIEW public.open_orders;
            DROP INDEX public.orders_lower_note;
            ALTER TABLE public.orders DROP COLUMN external_id;
            ALTER TABLE public.orders ALTER COLUMN note TYPE varchar(100);
            COMMENT ON TABLE public.orders IS 'orders';
            CREATE TABLE public.legacy (id integer);
            """;

    private CdsDatabaseTraining() {
    }

    static void run(Path dir, PrintWriter nowhere) {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("drift_cds_reference");
             TestDatabase target = server.createDatabase("drift_cds_target")) {
            reference.execute(SCHEMA);
            target.execute(SCHEMA).execute(DRIFT);
            String a = reference.jdbcUrl();
            String b = target.jdbcUrl();
            for (String format : List.of("text", "sql", "json", "markdown")) {
                run(nowhere, "diff", "--reference", a, "--target", b, "--format", format);
            }
            Path snapshot = dir.resolve("reference-db.json");
            run(nowhere, "snapshot", "--url", a, "--output", snapshot.toString());
            run(nowhere, "diff", "--reference", snapshot.toString(), "--target", b);
            run(nowhere, "fleet", "--baseline", "tenant:reference", "--tenant", "reference=" + a, "--tenant", "target=" + b);
            run(nowhere, "apply", "--reference", a, "--target", b, "--execute");
        }
    }

    /** Runs a command; one that fails trained less than it should, which the build's log then says. */
    private static void run(PrintWriter nowhere, String... args) {
        if (Main.run(args, nowhere, nowhere) == Main.ERROR) {
            System.err.println("drift: class-data training: 'drift " + args[0] + "' failed; the archive lacks its classes");
        }
    }
}
