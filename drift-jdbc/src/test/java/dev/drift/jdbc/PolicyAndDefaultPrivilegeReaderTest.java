package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.PolicyDef;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy edges of dependencies.sql and default privileges read against the built-in defaults. */
class PolicyAndDefaultPrivilegeReaderTest {

    @Test
    void policiesDependOnTheColumnsTablesAndFunctionsTheyUse() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("policy_edges")) {
            db.execute("""
                    CREATE FUNCTION public.allowed(t text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$;
                    CREATE TABLE public.members (name text, level int);
                    CREATE TABLE public.docs (id int, owner text);
                    CREATE POLICY p ON public.docs USING (id > 0 AND public.allowed(owner)
                        AND EXISTS (SELECT 1 FROM public.members m WHERE m.level > 1));
                    """);
            Catalog catalog = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
            ObjectKey policy = PolicyDef.key(ObjectKey.table("public", "docs"), "p");
            assertThat(catalog.dependencies()).filteredOn(d -> d.dependent().equals(policy))
                    .extracting(Dependency::referenced)
                    .contains(ObjectKey.column("public", "docs", "id"), ObjectKey.column("public", "docs", "owner"),
                            ObjectKey.column("public", "members", "level"),
                            ObjectKey.routine("public", "allowed", List.of("text")));
        }
    }

    @Test
    void defaultsForEverySchemaAreReadAgainstTheBuiltInOnes() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("default_builtin")) {
            db.execute("""
                    DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
                    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                    ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO drift_gaps_reader;
                    """);
            Catalog catalog = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
            String owner = db.server().user();
            // Revoked from PUBLIC: listed with no privileges. Types keep PUBLIC's built-in USAGE: not listed.
            assertThat(catalog.objects(DefaultPrivilegeDef.class)).containsExactlyInAnyOrder(
                    DefaultPrivilegeDef.of(owner, Optional.empty(), "FUNCTIONS", "PUBLIC", List.of(), List.of()),
                    DefaultPrivilegeDef.of(owner, Optional.empty(), "TYPES", "drift_gaps_reader", List.of("USAGE"),
                            List.of()));
        }
    }
}
