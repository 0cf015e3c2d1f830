package dev.drift.cli;

import static dev.drift.cli.InProcessDrift.drift;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SessionSettings;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script Drift writes is one {@code drift apply --script} runs as it is: each file of {@code drift fleet
 * --out}, and a library caller's {@link FixScript#toSql()} (computing and passing nothing else). It carries the
 * target's fingerprint, so a target that changed since is refused.
 *
 * <p>The target's own fingerprint, whatever its group: a fleet groups tenants with column order ignored, so the
 * tenants of one group (one shared plan) may differ in column positions, which the fingerprint apply compares
 * includes. The fleets below have such tenants (columns declared in another order, or shifted by a dropped column)
 * as databases and as schemas, each script and each {@code fleet --execute} is checked against the tenant's own
 * catalog, and a tenant changed after the scan is still refused.
 */
class FleetScriptApplyTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final String WITH_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY, external_id text)";
    private static final String WITHOUT_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY)";

    private static Catalog read(TestDatabase db) {
        return PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @Test
    void aMajorityFleetsScriptsApplyAndAChangedTenantIsRefused(@TempDir Path tmp) throws IOException {
        try (TestDatabase a = SERVER.createDatabase("fsa_a"); TestDatabase b = SERVER.createDatabase("fsa_b");
             TestDatabase c = SERVER.createDatabase("fsa_c"); TestDatabase d = SERVER.createDatabase("fsa_d");
             TestDatabase e = SERVER.createDatabase("fsa_e")) {
            a.execute(WITH_COLUMN);
            b.execute(WITHOUT_COLUMN);
            c.execute(WITH_COLUMN);
            d.execute(WITHOUT_COLUMN);
            e.execute(WITH_COLUMN);
            Path out = tmp.resolve("fixes");
            InProcessDrift.Run fleet = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--tenant", "d=" + d.jdbcUrl(), "--tenant", "e=" + e.jdbcUrl(), "--baseline",
                    "majority", "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);
            assertThat(Files.readString(out.resolve("b.sql"))).contains("-- drift:target-fingerprint ",
                    "ALTER TABLE public.orders ADD COLUMN external_id text;");

            InProcessDrift.Run applied = drift("apply", "--script", out.resolve("b.sql").toString(), "--target", b.jdbcUrl(),
                    "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("APPLIED: 1 statement(s) committed");
            assertThat(b.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("1");

            // Tenant d changes after the fleet run: its script is refused, and nothing runs.
            d.execute("CREATE TABLE public.audit (id int)");
            InProcessDrift.Run refused = drift("apply", "--script", out.resolve("d.sql").toString(), "--target", d.jdbcUrl(),
                    "--execute");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(d.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("0");

            InProcessDrift.Run again = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--baseline", "majority");
            assertThat(again.exit()).as(again.out()).isEqualTo(0);
        }
    }

    @Test
    void aSchemaPerTenantScriptAppliesToItsSchema(@TempDir Path tmp) throws IOException {
        try (TestDatabase db = SERVER.createDatabase("fsa_schemas")) {
            db.execute("CREATE SCHEMA tenant_1; CREATE TABLE tenant_1.t (id int, note text);"
                    + "CREATE SCHEMA tenant_2; CREATE TABLE tenant_2.t (id int);"
                    + "CREATE SCHEMA tenant_3; CREATE TABLE tenant_3.t (id int, note text);");
            Path out = tmp.resolve("fixes");
            InProcessDrift.Run fleet = drift("fleet", "--url", db.jdbcUrl(), "--schema-pattern", "tenant%", "--baseline", "majority",
                    "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);

            InProcessDrift.Run applied = drift("apply", "--script", out.resolve("tenant_2.sql").toString(), "--target", db.jdbcUrl(),
                    "--schema", "tenant_2", "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'tenant_2.t'::regclass"
                    + " AND attname = 'note'")).contains("1");
        }
    }

    /** What the library caller does: read both, compare, plan, write {@code toSql()} to a file. */
    private static Path writeFix(ReferenceScenario.Tenants t, Path dir) throws IOException {
        FixScript fix = FixPlanner.plan(Differ.compare(read(t.tenantA()), read(t.tenantB())), PlanOptions.DEFAULTS);
        return Files.writeString(dir.resolve("tenant_b.sql"), fix.toSql());
    }

    @Test
    void aLibraryScriptCarriesTheTargetsFingerprintAndExactlyTheReferenceFix(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            List<String> lines = Files.readAllLines(writeFix(t, tmp));

            assertThat(lines.get(1)).isEqualTo("-- drift:target-fingerprint " + read(t.tenantB()).fingerprint());
            List<String> preamble = SessionSettings.WRITE.stream().map(s -> s.setStatement() + ";").toList();
            assertThat(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("--")))
                    .as("after the session settings, exactly the reference scenario's statement")
                    .containsExactlyElementsOf(Stream.concat(preamble.stream(),
                            Stream.of(ReferenceScenario.FIX_FOR_TENANT_B)).toList());
        }
    }

    @Test
    void aLibraryScriptIsAppliedAndThenRefusedSinceItChangedTheTarget(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);

            InProcessDrift.Run applied = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");

            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("applied      " + ReferenceScenario.FIX_FOR_TENANT_B,
                    "APPLIED: 1 statement(s) committed to ");
            Catalog after = read(t.tenantB());
            assertThat(Differ.compare(read(t.tenantA()), after).isEmpty()).as("tenant_b now matches tenant_a").isTrue();

            // The fix itself changed tenant_b: the same file is now refused, and nothing runs.
            InProcessDrift.Run again = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(read(t.tenantB())).isEqualTo(after);
        }
    }

    @Test
    void aLibraryScriptWithTheReferenceIsVerifiedAgainstIt(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);

            InProcessDrift.Run applied = drift("apply", "--script", fix.toString(), "--reference", t.tenantA().jdbcUrl(), "--target",
                    t.tenantB().jdbcUrl(), "--execute");

            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("Verification: PASSED, ", "APPLIED: 1 statement(s) committed to ",
                    " and verified.");
        }
    }

    @Test
    void aLibraryScriptsTargetChangedSinceIsRefusedAndLeftAlone(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);
            t.tenantB().execute("ALTER TABLE public.orders ADD COLUMN note text");
            Catalog changed = read(t.tenantB());

            InProcessDrift.Run refused = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since",
                    "now " + changed.fingerprint(), "nothing was run");
            assertThat(read(t.tenantB())).isEqualTo(changed);
        }
    }

    @AfterEach
    void noHook() {
        FleetRun.beforeApplyForTests = tenant -> { };
    }

    /** The baseline: orders has a column and there is a table audit the others lack. */
    private static final String BASELINE = "CREATE TABLE public.orders (id int PRIMARY KEY, note text, external_id text);"
            + " CREATE TABLE public.audit (id int, at timestamptz)";
    /**
     * Tenants of one group, behind the baseline in the same way: columns in the baseline's order, in another
     * order, after a dropped column; the last one is changed after the scan.
     */
    private static final Map<String, String> BEHIND = orderedMap(
            "in_order", "CREATE TABLE public.orders (id int PRIMARY KEY, note text)",
            "reordered", "CREATE TABLE public.orders (note text, id int PRIMARY KEY)",
            "shifted", "CREATE TABLE public.orders (gone int, id int PRIMARY KEY, note text);"
                    + " ALTER TABLE public.orders DROP COLUMN gone",
            "changed", "CREATE TABLE public.orders (note text, id int PRIMARY KEY)");
    /** What the last tenant does after the scan: still fixable, but no longer what its script was planned for. */
    private static final String CHANGE = "ALTER TABLE public.orders DROP COLUMN note";

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** The baseline tenant {@code base} and the {@link #BEHIND} tenants, as databases named {@code prefix_<tenant>}. */
    private static Map<String, TestDatabase> databaseFleet(String prefix) {
        Map<String, TestDatabase> out = new LinkedHashMap<>();
        out.put("base", SERVER.createDatabase(prefix + "_base"));
        out.get("base").execute(BASELINE);
        BEHIND.forEach((tenant, sql) -> {
            out.put(tenant, SERVER.createDatabase(prefix + "_" + tenant));
            out.get(tenant).execute(sql);
        });
        return out;
    }

    private static String[] fleetArgs(Map<String, TestDatabase> dbs, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("fleet", "--baseline", "tenant:base"));
        dbs.forEach((t, db) -> args.addAll(List.of("--tenant", t + "=" + InProcessDrift.url(db))));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static void closeAll(Map<String, TestDatabase> dbs) {
        dbs.values().forEach(TestDatabase::close);
    }

    /** The tenants of one group differ in column positions: the case that makes a group's fingerprint wrong for some. */
    private static void assertOneGroupOfDifferentCatalogs(List<Catalog> catalogs) {
        assertThat(catalogs.stream().map(c -> Differ.fingerprint(c, DiffOptions.DEFAULTS)).distinct()).hasSize(1);
        assertThat(catalogs.stream().map(Catalog::fingerprint).distinct()).hasSizeGreaterThan(1);
    }

    private static List<String> header(Path script) throws IOException {
        return Files.readAllLines(script).subList(0, 3);
    }

    @Test
    void eachDatabaseTenantsScriptCarriesItsOwnFingerprintAndApplies(@TempDir Path tmp) throws IOException {
        Map<String, TestDatabase> dbs = databaseFleet("fsa_order");
        try {
            assertOneGroupOfDifferentCatalogs(BEHIND.keySet().stream().map(t -> read(dbs.get(t))).toList());
            Path out = tmp.resolve("fixes");
            InProcessDrift.Run fleet = drift(fleetArgs(dbs, "--out", out.toString()));
            assertThat(fleet.exit()).as(fleet.out() + fleet.err()).isEqualTo(1);

            for (String tenant : BEHIND.keySet()) {
                assertThat(Files.readAllLines(out.resolve(tenant + ".sql")).get(1)).as(tenant)
                        .isEqualTo(FixScript.FINGERPRINT_HEADER + read(dbs.get(tenant)).fingerprint());
                assertThat(Files.readString(out.resolve(tenant + ".sql"))).as("no schema header for a database")
                        .doesNotContain("drift:schema");
            }
            dbs.get("changed").execute(CHANGE);
            Catalog changed = read(dbs.get("changed"));
            for (String tenant : BEHIND.keySet()) {
                InProcessDrift.Run applied = drift("apply", "--script", out.resolve(tenant + ".sql").toString(),
                        "--target", InProcessDrift.url(dbs.get(tenant)), "--execute");
                if (tenant.equals("changed")) {
                    assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(2);
                    assertThat(applied.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
                    assertThat(read(dbs.get(tenant))).isEqualTo(changed);
                } else {
                    assertThat(applied.exit()).as(tenant + ": " + applied.out() + applied.err()).isEqualTo(0);
                    assertThat(applied.out()).contains("APPLIED: 2 statement(s) committed");
                    assertThat(Differ.compare(read(dbs.get("base")), read(dbs.get(tenant))).isEmpty()).as(tenant).isTrue();
                }
            }
        } finally {
            closeAll(dbs);
        }
    }

    @Test
    void fleetExecuteAppliesEveryDatabaseTenantOfAGroupAndSkipsOnlyOneChangedSinceTheScan() throws IOException {
        Map<String, TestDatabase> dbs = databaseFleet("fsa_exec");
        try {
            FleetRun.beforeApplyForTests = tenant -> {
                if (tenant.equals("changed")) {
                    dbs.get(tenant).execute(CHANGE);
                }
            };
            InProcessDrift.Run run = drift(fleetArgs(dbs, "--execute", "--format", "json"));
            FleetRun.beforeApplyForTests = tenant -> { };

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            Map<String, String> outcomes = outcomes(run.out());
            assertThat(outcomes).containsEntry("in_order", "APPLIED").containsEntry("reordered", "APPLIED")
                    .containsEntry("shifted", "APPLIED").containsEntry("changed", "SKIPPED");
            assertThat(run.out()).contains("changed since it was read; nothing ran");
            assertThat(read(dbs.get("changed")).fingerprint()).isNotEqualTo(read(dbs.get("base")).fingerprint());

            InProcessDrift.Run again = drift(fleetArgs(dbs, "--execute"));
            assertThat(again.exit()).as(again.out() + again.err()).isEqualTo(0);
            assertThat(again.out()).contains("Execution: 1 APPLIED");
            for (String tenant : BEHIND.keySet()) {
                assertThat(Differ.compare(read(dbs.get("base")), read(dbs.get(tenant))).isEmpty()).as(tenant).isTrue();
            }
        } finally {
            closeAll(dbs);
        }
    }

    /** Each tenant's execution outcome in a {@code --format json} report. */
    private static Map<String, String> outcomes(String json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(json).path("tenants")) {
            if (t.has("execution")) {
                out.put(t.get("tenant").asText(), t.path("execution").path("outcome").asText());
            }
        }
        return out;
    }

    /** A tenant schema's name with what a header line must survive: quotes, a line break with SQL after it. */
    private static final String HOSTILE = "tenant \"2\"\n; DROP TABLE x; --";

    /** One database whose schemas tenant_0 (the baseline) and the tenants of {@link #SCHEMAS} are the fleet. */
    private static final Map<String, String> SCHEMAS = orderedMap(
            "tenant_1", "(id int PRIMARY KEY, note text)",
            HOSTILE, "(note text, id int PRIMARY KEY)",
            "tenant_3", "(note text, id int PRIMARY KEY)");

    private static TestDatabase schemaFleet(String name) {
        TestDatabase db = SERVER.createDatabase(name);
        StringBuilder sql = new StringBuilder("CREATE SCHEMA tenant_0; CREATE TABLE tenant_0.orders (id int PRIMARY KEY,"
                + " note text, external_id text); CREATE TABLE tenant_0.audit (id int, at timestamptz);");
        SCHEMAS.forEach((schema, columns) -> sql.append("CREATE SCHEMA ").append(dev.drift.core.Sql.ident(schema))
                .append("; CREATE TABLE ").append(dev.drift.core.Sql.qualified(schema, "orders")).append(' ')
                .append(columns).append(';'));
        db.execute(sql.toString());
        return db;
    }

    private static Catalog readSchema(TestDatabase db, String schema) {
        return PostgresCatalogReader.builder().schemas(schema).build().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    /** Whether the tenant schema now matches tenant_0, compared as the fleet compares them (in one canonical name). */
    private static boolean inSync(TestDatabase db, String schema) {
        return Differ.compare(dev.drift.core.internal.SchemaMapping.tenantSchema("tenant_0").apply(readSchema(db, "tenant_0")),
                dev.drift.core.internal.SchemaMapping.tenantSchema(schema).apply(readSchema(db, schema))).isEmpty();
    }

    @Test
    void eachTenantSchemasScriptNamesItsSchemaCarriesItsFingerprintAndAppliesWithoutSchema(@TempDir Path tmp)
            throws IOException {
        try (TestDatabase db = schemaFleet("fsa_order_schemas")) {
            Path out = tmp.resolve("fixes");
            InProcessDrift.Run fleet = drift("fleet", "--url", InProcessDrift.url(db), "--schema-pattern", "tenant%",
                    "--baseline", "tenant:tenant_0", "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.out() + fleet.err()).isEqualTo(1);
            Map<String, Path> scripts = new LinkedHashMap<>();
            SCHEMAS.keySet().forEach(s -> scripts.put(s, out.resolve(FleetOutput.fileName(s, new HashSet<>()) + ".sql")));
            for (String schema : SCHEMAS.keySet()) {
                assertThat(header(scripts.get(schema))).as(schema).endsWith(
                        FixScript.FINGERPRINT_HEADER + readSchema(db, schema).fingerprint(),
                        FixScript.SCHEMA_HEADER + FixScript.headerName(schema));
            }

            // --schema that contradicts the header is refused before anything is read or run.
            InProcessDrift.Run wrong = drift("apply", "--script", scripts.get("tenant_1").toString(), "--target",
                    InProcessDrift.url(db), "--schema", "tenant_3", "--execute");
            assertThat(wrong.exit()).isEqualTo(2);
            assertThat(wrong.err()).contains("--schema disagrees with the script", "\"tenant_1\"");
            // A tenant changed since the scan is refused.
            db.execute("ALTER TABLE tenant_3.orders DROP COLUMN note");
            Catalog changed = readSchema(db, "tenant_3");
            InProcessDrift.Run refused = drift("apply", "--script", scripts.get("tenant_3").toString(), "--target",
                    InProcessDrift.url(db), "--execute");
            assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(readSchema(db, "tenant_3")).isEqualTo(changed);

            // Without --schema (the header says which), and with a --schema that agrees.
            InProcessDrift.Run first = drift("apply", "--script", scripts.get("tenant_1").toString(), "--target",
                    InProcessDrift.url(db), "--execute");
            assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(0);
            assertThat(first.out()).contains("of schema \"tenant_1\")", "APPLIED: 2 statement(s) committed");
            InProcessDrift.Run hostile = drift("apply", "--script", scripts.get(HOSTILE).toString(), "--target",
                    InProcessDrift.url(db), "--schema", HOSTILE, "--execute");
            assertThat(hostile.exit()).as(hostile.out() + hostile.err()).isEqualTo(0);
            assertThat(inSync(db, "tenant_1")).isTrue();
            assertThat(inSync(db, HOSTILE)).isTrue();
            assertThat(inSync(db, "tenant_3")).isFalse();
        }
    }

    @Test
    void fleetExecuteAppliesEveryTenantSchemaOfAGroupAndSkipsOnlyOneChangedSinceTheScan() throws IOException {
        try (TestDatabase db = schemaFleet("fsa_exec_schemas")) {
            assertOneGroupOfDifferentCatalogs(SCHEMAS.keySet().stream().map(s -> dev.drift.core.internal.SchemaMapping
                    .tenantSchema(s).apply(readSchema(db, s))).toList());
            FleetRun.beforeApplyForTests = tenant -> {
                if (tenant.equals("tenant_3")) {
                    db.execute("ALTER TABLE tenant_3.orders DROP COLUMN note");
                }
            };
            InProcessDrift.Run run = drift("fleet", "--url", InProcessDrift.url(db), "--schema-pattern", "tenant%",
                    "--baseline", "tenant:tenant_0", "--execute", "--format", "json");
            FleetRun.beforeApplyForTests = tenant -> { };

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(outcomes(run.out())).containsEntry("tenant_1", "APPLIED").containsEntry(HOSTILE, "APPLIED")
                    .containsEntry("tenant_3", "SKIPPED");
            assertThat(inSync(db, "tenant_1")).isTrue();
            assertThat(inSync(db, HOSTILE)).isTrue();

            InProcessDrift.Run again = drift("fleet", "--url", InProcessDrift.url(db), "--schema-pattern", "tenant%",
                    "--baseline", "tenant:tenant_0", "--execute");
            assertThat(again.exit()).as(again.out() + again.err()).isEqualTo(0);
            assertThat(again.out()).contains("Execution: 1 APPLIED");
            assertThat(inSync(db, "tenant_3")).isTrue();
        }
    }
}
