package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A read through a URL runs its queries on two connections that share one snapshot (SharedRead): what it reads
 * must be what one connection reads, object for object and edge for edge, and where a second connection cannot
 * be had, the read goes on with one.
 */
class SharedReadTest {

    /** Every kind the reader reads, with dependencies between them and names that need quoting. */
    private static final String SCHEMA = """
            CREATE SCHEMA "odd ""sch""ema";
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s fine');
            CREATE TYPE pair AS (a integer, b text);
            CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
            CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            CREATE SEQUENCE counter START 5 INCREMENT 3;
            CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE ci, m mood DEFAULT 'ok', n positive,
                            c bigint DEFAULT nextval('counter'), p pair, UNIQUE (name));
            CREATE TABLE "odd ""sch""ema".child (id integer REFERENCES t (id) ON DELETE CASCADE, note text)
                WITH (fillfactor = 70);
            CREATE TABLE parted (id integer, at date) PARTITION BY RANGE (at);
            CREATE TABLE parted_2026 PARTITION OF parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE TABLE base (x integer);
            CREATE TABLE derived (y integer) INHERITS (base);
            CREATE INDEX t_lower ON t (lower(name)) WHERE id > 0;
            CREATE VIEW v AS SELECT id, name FROM t WHERE n > 1;
            CREATE MATERIALIZED VIEW mv AS SELECT id FROM v WITH NO DATA;
            CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + 1 $$;
            CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
            CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
            ALTER TABLE t ENABLE ROW LEVEL SECURITY;
            CREATE POLICY mine ON t USING (f(id) > 0);
            COMMENT ON TABLE t IS 'it''s the \\ table';
            GRANT SELECT ON t TO PUBLIC;
            ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;
            """;

    private static TestDatabase db;

    @BeforeAll
    static void load() {
        db = PostgresServer.shared().createDatabase("shared_read");
        db.execute(SCHEMA);
        // Read under settings that change how a literal reads: the snapshot's name is one.
        db.withHostileDefaults();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void twoConnectionsReadWhatOneReads() {
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        Catalog shared = PostgresCatalogReader.create().read(url);
        Catalog alone = PostgresCatalogReader.builder().parallelQueries(false).build().read(url);

        assertThat(shared.size()).isGreaterThan(40);
        assertThat(shared).isEqualTo(alone);
        assertThat(shared.dependencies()).isEqualTo(alone.dependencies());
        assertThat(shared.canonicalText()).isEqualTo(alone.canonicalText());
        assertThat(shared.fingerprint()).isEqualTo(alone.fingerprint());
    }

    @Test
    void withoutASecondConnectionTheReadGoesOnWithOne() {
        // A role allowed one connection: the second is refused, and the read must not fail for it.
        String role = "shared_read_one";
        db.server().createPasswordRole(role, "one-only");
        db.execute("ALTER ROLE " + role + " CONNECTION LIMIT 1; GRANT CONNECT ON DATABASE " + db.name() + " TO " + role);
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://" + db.server().host() + ":" + db.server().port() + "/"
                + db.name() + "?user=" + role + "&password=" + URLEncoder.encode("one-only", StandardCharsets.UTF_8));

        Catalog limited = PostgresCatalogReader.create().read(url);

        assertThat(limited).isEqualTo(PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl())));
    }
}
