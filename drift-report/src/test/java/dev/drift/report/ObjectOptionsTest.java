package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.CollationDef;
import dev.drift.core.CommentDef;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TypeDef;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The options around owners, comments, privileges and extension versions, and what the reader makes of
 * the new kinds, on a real server (the golden convergence cases use the default options).
 */
class ObjectOptionsTest {

    private static final String OWNER_ROLE = "drift_o2_owner";
    private static final String READER_ROLE = "drift_o2_reader";
    private static final String COLLATION_OWNER = "drift_coll_owner";
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    private static String role(String name) {
        return "DO $$ BEGIN CREATE ROLE " + name + "; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;";
    }

    private static Catalog read(TestDatabase db) {
        try (Connection c = db.connect()) {
            return READER.read(c, db.name());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void apply(TestDatabase db, FixScript script) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (FixStatement statement : script.statements()) {
                s.execute(statement.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ownersAreComparedOnlyWhenAsked() {
        PostgresServer server = PostgresServer.shared();
        String schema = "CREATE TABLE public.orders (id int); CREATE DOMAIN public.code AS text;"
                + " CREATE TYPE public.mood AS ENUM ('a'); CREATE SEQUENCE public.numbers; CREATE SCHEMA app;";
        try (TestDatabase reference = server.createDatabase("o2_own_ref"); TestDatabase target = server.createDatabase("o2_own_tgt")) {
            reference.execute(role(OWNER_ROLE)).execute(schema).execute("ALTER TABLE public.orders OWNER TO " + OWNER_ROLE
                    + "; ALTER DOMAIN public.code OWNER TO " + OWNER_ROLE + "; ALTER TYPE public.mood OWNER TO " + OWNER_ROLE
                    + "; ALTER SEQUENCE public.numbers OWNER TO " + OWNER_ROLE + "; ALTER SCHEMA app OWNER TO " + OWNER_ROLE);
            target.execute(schema);
            Catalog ref = read(reference);
            assertThat(Differ.compare(ref, read(target)).isEmpty()).isTrue();

            DiffOptions withOwners = DiffOptions.DEFAULTS.withCompareOwners(true);
            SchemaDiff diff = Differ.compare(ref, read(target), withOwners);
            assertThat(diff.changes()).hasSize(5).allSatisfy(c -> assertThat(c.key().kind().name()).isEqualTo("OWNER"));
            FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(script.sqlStatements()).containsExactlyInAnyOrder(
                    "ALTER TABLE public.orders OWNER TO " + OWNER_ROLE + ";",
                    "ALTER DOMAIN public.code OWNER TO " + OWNER_ROLE + ";",
                    "ALTER TYPE public.mood OWNER TO " + OWNER_ROLE + ";",
                    "ALTER SEQUENCE public.numbers OWNER TO " + OWNER_ROLE + ";",
                    "ALTER SCHEMA app OWNER TO " + OWNER_ROLE + ";");
            apply(target, script);
            assertThat(Differ.compare(ref, read(target), withOwners).changes()).isEmpty();
        }
    }

    @Test
    void commentsAndPrivilegesCanBeIgnored() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("o2_ign_ref"); TestDatabase target = server.createDatabase("o2_ign_tgt")) {
            reference.execute(role(READER_ROLE)).execute("CREATE TABLE public.orders (id int);"
                    + " COMMENT ON TABLE public.orders IS 'orders'; GRANT SELECT ON public.orders TO " + READER_ROLE + ";"
                    + " ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO " + READER_ROLE);
            target.execute("CREATE TABLE public.orders (id int)");
            Catalog ref = read(reference);
            Catalog tgt = read(target);
            assertThat(Differ.compare(ref, tgt).changes()).extracting(c -> c.key().kind().name())
                    .containsExactlyInAnyOrder("COMMENT", "PRIVILEGE", "DEFAULT_PRIVILEGE");
            assertThat(Differ.compare(ref, tgt, DiffOptions.DEFAULTS.withIgnoreComments(true)).changes())
                    .extracting(c -> c.key().kind().name()).containsExactlyInAnyOrder("PRIVILEGE", "DEFAULT_PRIVILEGE");
            assertThat(Differ.compare(ref, tgt, DiffOptions.DEFAULTS.withIgnoreComments(true).withIgnorePrivileges(true))
                    .isEmpty()).isTrue();
            CommentDef comment = ref.objects(CommentDef.class).stream()
                    .filter(c -> c.subject().equals(ObjectKey.table("public", "orders"))).findFirst().orElseThrow();
            assertThat(comment.text()).isEqualTo("orders");
            assertThat(comment.key().toString()).isEqualTo("comment public.table orders");
            PrivilegeDef grant = ref.objects(PrivilegeDef.class).stream()
                    .filter(p -> p.grantee().equals(READER_ROLE)).findFirst().orElseThrow();
            assertThat(grant.privileges()).containsExactly("SELECT");
        }
    }

    @Test
    void anExtensionAtAnotherVersionIsReportedOrUpdatedWhenAsked() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("o2_ext_ref"); TestDatabase target = server.createDatabase("o2_ext_tgt")) {
            reference.execute("CREATE EXTENSION hstore");
            target.execute("CREATE EXTENSION hstore VERSION '1.4'");
            Catalog ref = read(reference);
            String version = reference.queryValue("SELECT extversion FROM pg_extension WHERE extname = 'hstore'").orElseThrow();
            SchemaDiff diff = Differ.compare(ref, read(target));
            assertThat(diff.changes()).singleElement().isInstanceOf(Change.Changed.class);

            FixScript reported = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(reported.statements()).isEmpty();
            assertThat(reported.unsupported()).singleElement().asString()
                    .contains("extension hstore is at version 1.4 in the target, " + version + " in the reference");

            FixScript upgrade = FixPlanner.plan(diff, PlanOptions.DEFAULTS.withUpgradeExtensions(true));
            assertThat(upgrade.sqlStatements()).containsExactly("ALTER EXTENSION hstore UPDATE TO '" + version + "';");
            apply(target, upgrade);
            assertThat(Differ.compare(ref, read(target)).isEmpty()).isTrue();
        }
    }

    @Test
    void theReaderSeesTypesPartitionsAndPoliciesAsTheServerRendersThem() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase db = server.createDatabase("o2_read")) {
            db.execute(role(READER_ROLE)).execute("""
                    CREATE TYPE public.mood AS ENUM ('ok');
                    ALTER TYPE public.mood ADD VALUE 'sad' BEFORE 'ok';
                    CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);
                    CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                    ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY p ON public.events AS RESTRICTIVE FOR SELECT TO drift_o2_reader, PUBLIC USING (id > 0);
                    """);
            Catalog catalog = read(db);
            assertThat(catalog.find(TypeDef.key("public", "mood"))).get().isEqualTo(
                    new EnumTypeDef(TypeDef.key("public", "mood"), List.of("sad", "ok")));
            ObjectKey partition = ObjectKey.table("public", "events_2024");
            assertThat(catalog.columnsOf(partition)).as("a partition's columns are its parent's").isEmpty();
            assertThat(catalog.objects(InheritanceDef.class)).singleElement().satisfies(i -> {
                assertThat(i.child()).isEqualTo(partition);
                assertThat(i.bound()).contains("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
            });
            assertThat(catalog.objects(PolicyDef.class)).singleElement().isEqualTo(new PolicyDef(
                    PolicyDef.key(ObjectKey.table("public", "events"), "p"), PolicyDef.Command.SELECT, false,
                    List.of("public"), Optional.of("(id > 0)"), Optional.empty())); // PUBLIC takes in every role
            assertThat(catalog.objects(OwnerDef.class)).isNotEmpty();
        }
    }

    /** The golden cases compare with the default options, owners left out. */
    @Test
    void aCollationOwnerChangeIsAlterCollationOwnerTo() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("coll_owner_ref");
             TestDatabase target = server.createDatabase("coll_owner_tgt")) {
            reference.execute(role(COLLATION_OWNER));
            reference.execute("CREATE COLLATION public.\"by C\" (LOCALE = 'C')");
            reference.execute("ALTER COLLATION public.\"by C\" OWNER TO " + COLLATION_OWNER);
            target.execute("CREATE COLLATION public.\"by C\" (LOCALE = 'C')");
            Catalog ref = read(reference);
            SchemaDiff diff = Differ.compare(ref, read(target), DiffOptions.DEFAULTS.withCompareOwners(true));

            FixScript script = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(script.sqlStatements()).containsExactly(
                    "ALTER COLLATION public.\"by C\" OWNER TO " + COLLATION_OWNER + ";");
            apply(target, script);
            assertThat(Differ.compare(ref, read(target), DiffOptions.DEFAULTS.withCompareOwners(true)).isEmpty()).isTrue();
        }
    }

    @Test
    void theRecordedVersionOfACollationIsNotDrift() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase reference = server.createDatabase("coll_version_ref");
             TestDatabase target = server.createDatabase("coll_version_tgt")) {
            String create = "CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de')";
            reference.execute(create);
            target.execute(create);
            // What another machine's ICU would have recorded.
            target.execute("UPDATE pg_collation SET collversion = '1.0' WHERE collname = 'german'");
            Catalog ref = read(reference);
            assertThat(ref.objects(CollationDef.class)).singleElement()
                    .satisfies(c -> assertThat(c.provider()).isEqualTo(CollationDef.Provider.ICU));
            assertThat(Differ.compare(ref, read(target), DiffOptions.DEFAULTS.withCompareOwners(true)).isEmpty()).isTrue();
        }
    }
}
