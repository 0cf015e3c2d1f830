package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.CommentDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.OwnerDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Owners, comments and grants, which subjects.sql reads in one query, one row per object. */
class SubjectReaderTest {

    private static final String ROLE = "drift_subjects_reader";

    @Test
    void readsOwnersCommentsAndGrantsOfEveryKindOfSubject() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("subjects_reader")) {
            db.execute("""
                    DO $$ BEGIN CREATE ROLE drift_subjects_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
                    CREATE SCHEMA s;
                    COMMENT ON SCHEMA s IS 'schema';
                    GRANT USAGE ON SCHEMA s TO drift_subjects_reader;
                    CREATE TABLE s.t (id integer PRIMARY KEY, name text);
                    COMMENT ON TABLE s.t IS 'table';
                    COMMENT ON COLUMN s.t.name IS 'column';
                    COMMENT ON CONSTRAINT t_pkey ON s.t IS 'constraint';
                    CREATE INDEX ti ON s.t (name);
                    COMMENT ON INDEX s.ti IS 'index';
                    GRANT SELECT, INSERT ON s.t TO drift_subjects_reader WITH GRANT OPTION;
                    GRANT UPDATE ON s.t TO drift_subjects_reader;
                    GRANT SELECT ON s.t TO PUBLIC;
                    GRANT UPDATE (name) ON s.t TO drift_subjects_reader;
                    GRANT SELECT (id) ON s.t TO CURRENT_USER;
                    CREATE SEQUENCE s.q;
                    ALTER SEQUENCE s.q OWNER TO drift_subjects_reader;
                    CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql RETURN a;
                    REVOKE EXECUTE ON FUNCTION s.f(integer) FROM PUBLIC;
                    CREATE FUNCTION s.g(a text) RETURNS text LANGUAGE sql RETURN a;
                    """);
            Catalog catalog = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
            String user = db.server().user();
            ObjectKey table = ObjectKey.table("s", "t");
            ObjectKey f = ObjectKey.routine("s", "f", List.of("integer"));
            ObjectKey g = ObjectKey.routine("s", "g", List.of("text"));

            // Columns have no owner of their own; indexes and constraints neither.
            assertThat(catalog.objects(OwnerDef.class)).filteredOn(o -> o.subject().schema().equals("s"))
                    .containsExactlyInAnyOrder(OwnerDef.of(ObjectKey.schema("s"), user), OwnerDef.of(table, user),
                            OwnerDef.of(ObjectKey.sequence("s", "q"), ROLE), OwnerDef.of(f, user), OwnerDef.of(g, user));
            assertThat(catalog.objects(CommentDef.class)).filteredOn(c -> c.subject().schema().equals("s"))
                    .containsExactlyInAnyOrder(CommentDef.of(ObjectKey.schema("s"), "schema"), CommentDef.of(table, "table"),
                            CommentDef.of(ObjectKey.column("s", "t", "name"), "column"),
                            CommentDef.of(ObjectKey.constraint("s", "t", "t_pkey"), "constraint"),
                            CommentDef.of(ObjectKey.index("s", "t", "ti"), "index"));
            // The owner's own entries are left out (the owner's column grant too, leaving the column's ACL
            // with nothing else); an ACL never set reads as the built-in default: PUBLIC may execute g.
            assertThat(catalog.objects(PrivilegeDef.class)).filteredOn(p -> p.subject().schema().equals("s"))
                    .containsExactlyInAnyOrder(
                            PrivilegeDef.of(ObjectKey.schema("s"), ROLE, List.of("USAGE"), List.of()),
                            PrivilegeDef.of(table, ROLE, List.of("INSERT", "SELECT", "UPDATE"), List.of("INSERT", "SELECT")),
                            PrivilegeDef.of(table, PrivilegeDef.PUBLIC, List.of("SELECT"), List.of()),
                            PrivilegeDef.of(ObjectKey.column("s", "t", "name"), ROLE, List.of("UPDATE"), List.of()),
                            PrivilegeDef.of(g, PrivilegeDef.PUBLIC, List.of("EXECUTE"), List.of()));
        }
    }
}
