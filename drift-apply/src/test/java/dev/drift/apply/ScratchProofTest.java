package dev.drift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.report.ProofVerdict;
import dev.drift.report.ProofVerdict.CouldNotProve;
import dev.drift.report.ProofVerdict.NotProven;
import dev.drift.report.ProofVerdict.Proven;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Proofs on real embedded servers: on the target's server, refused for a role without CREATEDB, and cleaned up. */
class ScratchProofTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    private static DatabaseUrl url(String jdbcUrl) {
        return DatabaseUrl.parse(jdbcUrl);
    }

    private static List<String> scratchDatabases() {
        return SERVER.queryValue("postgres", "SELECT coalesce(string_agg(datname, ','), '') FROM pg_database"
                + " WHERE datname LIKE 'drift\\_proof\\_%'").filter(s -> !s.isEmpty()).map(s -> List.of(s.split(",")))
                .orElse(List.of());
    }

    @Test
    void theReferencePlanIsProvenAndThenApplied() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Catalog reference = READER.read(url(t.tenantA().jdbcUrl()));
            List<ProofVerdict> verdicts = new ArrayList<>();
            FixOutcome outcome = FixApplier.builder().proof(ScratchProof.builder().listener(verdicts::add).build())
                    .build().apply(url(t.tenantB().jdbcUrl()),
                            new Fix.PlanNow(reference, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));

            assertThat(verdicts).singleElement().isInstanceOf(Proven.class);
            assertThat(verdicts.get(0).line()).startsWith("PROVEN: ");
            assertThat(outcome.status()).as(outcome.reason().orElse("")).isEqualTo(FixOutcome.Status.APPLIED);
            assertThat(outcome.fix().steps()).extracting(s -> s.sql() + ";")
                    .containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);
            assertThat(scratchDatabases()).isEmpty();
        }
    }

    @Test
    void aScriptMissingItsStatementIsNotProvenAndNotApplied() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Catalog reference = READER.read(url(t.tenantA().jdbcUrl()));
            DatabaseUrl target = url(t.tenantB().jdbcUrl());
            Catalog before = READER.read(target);
            FixScript plan = FixPlanner.plan(Differ.compare(reference, before, DiffOptions.DEFAULTS),
                    PlanOptions.DEFAULTS);
            String tampered = plan.toSql().replace(ReferenceScenario.FIX_FOR_TENANT_B,
                    "COMMENT ON TABLE public.orders IS 'tampered';");
            assertThat(tampered).doesNotContain("ADD COLUMN");
            List<ProofVerdict> verdicts = new ArrayList<>();

            FixOutcome outcome = FixApplier.builder().proof(ScratchProof.builder().listener(verdicts::add).build())
                    .build().apply(target, new Fix.SavedScript(tampered, "tampered.sql", Optional.of(reference),
                            DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));

            assertThat(verdicts).singleElement().isInstanceOf(NotProven.class);
            assertThat(((NotProven) verdicts.get(0)).stillToRun()).contains(ReferenceScenario.FIX_FOR_TENANT_B,
                    "COMMENT ON TABLE public.orders IS NULL;");
            assertThat(outcome.status()).isEqualTo(FixOutcome.Status.NOT_PROVEN);
            assertThat(outcome.reason()).hasValueSatisfying(r -> assertThat(r).contains("NOT PROVEN: ")
                    .contains(ReferenceScenario.FIX_FOR_TENANT_B));
            assertThat(READER.read(target).fingerprint()).as("the target is untouched").isEqualTo(before.fingerprint());
            assertThat(scratchDatabases()).as("dropped after a failing proof too").isEmpty();
        }
    }

    @Test
    void aRoleWithoutCreatedbCannotProveAndSaysWhy() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            createPlainRole(t);
            Catalog reference = READER.read(url(t.tenantA().jdbcUrl()));
            DatabaseUrl target = url(t.tenantB().jdbcUrl().replace("user=" + SERVER.user(), "user=prove_plain"));
            Catalog before = READER.read(target);
            List<ProofVerdict> verdicts = new ArrayList<>();

            FixOutcome outcome = FixApplier.builder().proof(ScratchProof.builder().listener(verdicts::add)
                    .required(true).build()).build().apply(target,
                    new Fix.PlanNow(reference, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));

            assertThat(verdicts).singleElement().isInstanceOf(CouldNotProve.class);
            assertThat(verdicts.get(0).line()).startsWith("COULD NOT PROVE: ").contains("no CREATEDB")
                    .contains("--scratch-url");
            assertThat(outcome.status()).isEqualTo(FixOutcome.Status.NOT_PROVEN);
            assertThat(READER.read(target).fingerprint()).isEqualTo(before.fingerprint());
        }
    }

    private static void createPlainRole(ReferenceScenario.Tenants t) {
        SERVER.execute("postgres", "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'prove_plain')"
                + " THEN CREATE ROLE prove_plain LOGIN NOCREATEDB; END IF; END$$");
        t.tenantB().execute("GRANT ALL ON SCHEMA public TO prove_plain; GRANT ALL ON ALL TABLES IN SCHEMA public"
                + " TO prove_plain");
    }

    /** The seam for a library user's tests: a role without CREATEDB is proven on an embedded server of its major. */
    @Test
    void withoutCreatedbTheScratchGoesToAnEmbeddedServerOfTheTargetsMajor() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            createPlainRole(t);
            Catalog reference = READER.read(url(t.tenantA().jdbcUrl()));
            DatabaseUrl target = url(t.tenantB().jdbcUrl().replace("user=" + SERVER.user(), "user=prove_plain"));
            List<Integer> asked = new ArrayList<>();
            List<ProofVerdict> verdicts = new ArrayList<>();

            FixOutcome outcome = FixApplier.builder().proof(ScratchProof.builder().listener(verdicts::add)
                    .scratchServers(major -> {
                        asked.add(major);
                        return PostgresServer.embeddedAdminUrl(major).map(DatabaseUrl::parse);
                    }).required(true).build()).dryRun(true).build().apply(target,
                    new Fix.PlanNow(reference, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));

            assertThat(asked).containsExactly(SERVER.majorVersion());
            assertThat(verdicts).singleElement().isInstanceOf(Proven.class);
            assertThat(outcome.status()).as(outcome.reason().orElse("")).isEqualTo(FixOutcome.Status.DRY_RUN);
            assertThat(scratchDatabases()).isEmpty();
        }
    }

    /** A scratch server of another major than the target's could build, render and read a different copy. */
    @Test
    void aScratchServerOfAnotherMajorIsRefused() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Catalog reference = READER.read(url(t.tenantA().jdbcUrl()));
            Catalog read = READER.read(url(t.tenantB().jdbcUrl()));
            int otherMajor = SERVER.majorVersion() == 14 ? 15 : SERVER.majorVersion() - 1;
            Catalog snapshot = new Catalog(read.database(), otherMajor * 10000 + 4, read.objects(), read.dependencies());
            FixScript plan = FixPlanner.plan(Differ.compare(reference, snapshot, DiffOptions.DEFAULTS),
                    PlanOptions.DEFAULTS);

            ProofVerdict verdict = ScratchProof.builder().scratchServer(url(SERVER.jdbcUrl("postgres"))).build()
                    .prove(reference, snapshot, plan, Optional.empty());

            assertThat(verdict).isInstanceOf(CouldNotProve.class);
            assertThat(verdict.line()).contains("runs PostgreSQL " + SERVER.majorVersion() + ", the target "
                    + otherMajor);
            assertThat(scratchDatabases()).isEmpty();
        }
    }
}
