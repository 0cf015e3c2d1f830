package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.DriftException;
import dev.drift.core.Sql;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import dev.drift.report.ProofVerdict;
import dev.drift.report.ProofVerdict.CouldNotProve;
import dev.drift.report.ProofVerdict.NotProven;
import dev.drift.report.ProofVerdict.NothingToProve;
import dev.drift.report.ProofVerdict.Proven;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link Proof} that runs a fix on a scratch copy of the target first: it creates a scratch database (on the
 * target's server when the user may create databases, else on the server of {@code scratchUrl}), builds the
 * target's schema there from Drift's own create script of the target's catalog, applies the fix, reads the copy
 * back and compares it with the reference, and drops the scratch database (also when anything fails, and on
 * interrupt through a shutdown hook). The verdict ({@link ProofVerdict}) goes to the listener; a fix that does not
 * converge is objected to, and a fix that could not be proven is objected to only when proof is required.
 *
 * <p>Two ways in: as the {@link Proof} of {@link FixApplier} ({@code drift apply}), and
 * {@link #prove(Catalog, Catalog, FixScript, Optional)} for a plan made from two catalogs ({@code drift diff
 * --prove}), where the target may be a snapshot file and so have no server of its own.
 *
 * <p>Nothing here touches the target: it is only read.
 */
public final class ScratchProof implements Proof {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Builds everything the target has: it is scratch, so drops and privileged statements are fine there. */
    private static final PlanOptions BUILD = new PlanOptions(true, false, false, false, false, true);

    private final PostgresCatalogReader reader;
    private final DiffOptions diffOptions;
    private final PlanOptions planOptions;
    private final ScratchServers scratchServers;
    private final boolean required;
    private final Consumer<ProofVerdict> listener;
    private final Duration connectTimeout;
    private final ScriptRunner runner;

    private ScratchProof(Builder b) {
        this.reader = b.reader;
        this.diffOptions = b.diffOptions;
        this.planOptions = b.planOptions;
        this.scratchServers = b.scratchServers;
        this.required = b.required;
        this.listener = b.listener;
        this.connectTimeout = b.connectTimeout;
        this.runner = ScriptRunner.builder().reader(b.reader).connectTimeout(b.connectTimeout)
                .lockTimeout(Duration.ofSeconds(30)).statementTimeout(Duration.ofMinutes(5)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<String> objection(DatabaseUrl target, PlannedFix fix) {
        ProofVerdict verdict = prove(target, fix);
        listener.accept(verdict);
        if (verdict instanceof NotProven n) {
            return Optional.of(n.line());
        }
        if (verdict instanceof CouldNotProve c && required) {
            return Optional.of(c.line() + " (proof was required)");
        }
        return Optional.empty();
    }

    /** Proves {@code fix} on a scratch copy of {@code target}, which is only read. */
    public ProofVerdict prove(DatabaseUrl target, PlannedFix fix) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fix, "fix");
        if (fix.reference().isEmpty()) {
            return new CouldNotProve("a saved script applied without a reference has nothing to be compared with");
        }
        Catalog targetCatalog;
        try {
            targetCatalog = fix.targetBefore().isPresent() ? fix.targetBefore().get() : reader.read(target);
        } catch (DriftException e) {
            return new CouldNotProve(e.getMessage());
        }
        return prove(fix.reference().get(), targetCatalog, fix.steps(), Optional.of(target));
    }

    /**
     * Proves {@code plan}, planned from {@code reference} and {@code target} with this proof's options, on a scratch
     * copy of {@code target}. Nothing is written anywhere but the scratch database.
     *
     * @param targetServer the target's database when the target is one: the scratch database is created on its server
     *                     when its user may create databases; empty for a target read from a snapshot file, which is
     *                     proven on the scratch server only
     */
    public ProofVerdict prove(Catalog reference, Catalog target, FixScript plan, Optional<DatabaseUrl> targetServer) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetServer, "targetServer");
        return prove(reference, target, FixScriptSteps.of(plan), targetServer);
    }

    private ProofVerdict prove(Catalog reference, Catalog targetCatalog, List<ApplyStep> steps,
                               Optional<DatabaseUrl> targetServer) {
        if (steps.isEmpty() && stillToRun(reference, targetCatalog, planOptions).isEmpty()) {
            return new NothingToProve();
        }
        DatabaseUrl server;
        try {
            Optional<String> refusal = targetServer.isEmpty()
                    ? Optional.of("the target is a snapshot file, not a database")
                    : mayCreateDatabases(targetServer.get());
            Optional<DatabaseUrl> elsewhere = refusal.isEmpty() ? Optional.empty()
                    : scratchServers.serverFor(targetCatalog.serverVersion() / 10000);
            if (refusal.isEmpty()) {
                server = targetServer.get();
            } else if (elsewhere.isPresent()) {
                server = elsewhere.get();
                Optional<String> otherMajor = otherMajor(server, targetCatalog);
                if (otherMajor.isPresent()) {
                    return new CouldNotProve(otherMajor.get());
                }
            } else {
                return new CouldNotProve(refusal.get() + ", and no scratch server was given (--scratch-url)");
            }
        } catch (DriftException e) {
            return new CouldNotProve(e.getMessage());
        }
        String name = "drift_proof_" + HexFormat.of().formatHex(randomBytes());
        DatabaseUrl scratch = server.withDatabase(name);
        Thread dropOnExit = new Thread(() -> drop(server, name), "drift-proof-drop");
        try {
            execute(server, "CREATE DATABASE " + Sql.ident(name) + " TEMPLATE template0");
        } catch (DriftException e) {
            return new CouldNotProve("no scratch database could be created on " + server.server() + ": "
                    + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(dropOnExit);
        try {
            return proveOn(scratch, targetCatalog, reference, steps);
        } catch (DriftException e) {
            return new CouldNotProve("the scratch copy on " + server.server() + " failed: " + e.getMessage());
        } finally {
            drop(server, name);
            try {
                Runtime.getRuntime().removeShutdownHook(dropOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    private ProofVerdict proveOn(DatabaseUrl scratch, Catalog targetCatalog, Catalog reference, List<ApplyStep> steps) {
        Catalog empty = reader.read(scratch);
        FixScript build = FixPlanner.plan(Differ.compare(targetCatalog, empty, diffOptions), BUILD);
        ApplyResult built = runner.apply(scratch, new ApplyPlan(FixScriptSteps.of(build),
                Optional.of(empty.fingerprint()), (c, p) -> List.of()));
        if (!built.succeeded()) {
            return new CouldNotProve("the target's schema could not be built on the scratch copy ("
                    + built.error().orElse(built.outcome().toString()) + ")");
        }
        Catalog copy = reader.read(scratch);
        List<String> missing = stillToRun(targetCatalog, copy, BUILD);
        if (!missing.isEmpty() || !build.unsupported().isEmpty()) {
            return new CouldNotProve("the scratch copy could not be built exactly like the target (it would still"
                    + " need: " + String.join(" ", missing.isEmpty() ? List.of(build.unsupported().toString())
                    : missing) + ")");
        }
        ApplyResult applied = runner.apply(scratch, new ApplyPlan(steps, Optional.of(copy.fingerprint()),
                (c, p) -> List.of()));
        if (!applied.succeeded()) {
            return new NotProven("the plan failed on the scratch copy: " + applied.error()
                    .orElse(applied.outcome().toString()), List.of());
        }
        List<String> left = stillToRun(reference, reader.read(scratch), planOptions);
        return left.isEmpty() ? new Proven(scratch.server()) : new NotProven("the plan does not converge", left);
    }

    private List<String> stillToRun(Catalog reference, Catalog actual, PlanOptions options) {
        return FixPlanner.plan(Differ.compare(reference, actual, diffOptions), options).statements().stream()
                .map(FixStatement::toSql).toList();
    }

    /** Empty when the user of {@code target} may create databases; else why not. */
    private Optional<String> mayCreateDatabases(DatabaseUrl target) {
        try (Connection c = target.connect(connectTimeout); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_catalog.pg_roles"
                     + " WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1) ? Optional.empty() : Optional.of("the user of " + target.server()
                    + " may not create databases (no CREATEDB)");
        } catch (SQLException e) {
            throw new DriftException("could not ask " + target.server() + " whether its user may create databases: "
                    + e.getMessage());
        }
    }

    /**
     * Why a copy on {@code server} would not show what the target's major does (another major may build, render and
     * read the same schema differently); empty when the majors agree or the target's is not known.
     */
    private Optional<String> otherMajor(DatabaseUrl server, Catalog target) {
        if (target.serverVersion() == 0) {
            return Optional.empty();
        }
        int serverVersion;
        try (Connection c = server.connect(connectTimeout); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            serverVersion = rs.getInt(1);
        } catch (SQLException e) {
            throw new DriftException("could not ask the scratch server " + server.server() + " its version: "
                    + e.getMessage());
        }
        int targetMajor = target.serverVersion() / 10000;
        return serverVersion / 10000 == targetMajor ? Optional.empty() : Optional.of("the scratch server "
                + server.server() + " runs PostgreSQL " + serverVersion / 10000 + ", the target " + targetMajor
                + ": give a --scratch-url of the target's major");
    }

    private void execute(DatabaseUrl server, String sql) {
        try (Connection c = server.connect(connectTimeout); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DriftException(e.getMessage());
        }
    }

    private void drop(DatabaseUrl server, String name) {
        try {
            execute(server, "DROP DATABASE IF EXISTS " + Sql.ident(name) + " WITH (FORCE)");
        } catch (DriftException e) {
            listener.accept(new CouldNotProve("the scratch database " + name + " on " + server.server()
                    + " could not be dropped, drop it by hand: " + e.getMessage()));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Settings of a scratch proof. */
    public static final class Builder {
        private PostgresCatalogReader reader = PostgresCatalogReader.create();
        private DiffOptions diffOptions = DiffOptions.DEFAULTS;
        private PlanOptions planOptions = PlanOptions.DEFAULTS;
        private ScratchServers scratchServers = ScratchServers.NONE;
        private boolean required;
        private Consumer<ProofVerdict> listener = v -> { };
        private Duration connectTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The reader of the target and of the scratch copy: the same schemas as the fix's (default: every user schema). */
        public Builder reader(PostgresCatalogReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        /** How the copy is compared with the reference: the fix's own options. */
        public Builder diffOptions(DiffOptions value) {
            this.diffOptions = Objects.requireNonNull(value, "diffOptions");
            return this;
        }

        /** How the fix was planned: what it leaves alone is not counted against it. */
        public Builder planOptions(PlanOptions value) {
            this.planOptions = Objects.requireNonNull(value, "planOptions");
            return this;
        }

        /**
         * A server (any database on it) where the scratch database is created when the target's user may not create
         * databases on the target's server; its user needs CREATEDB. Must run the target's major version.
         */
        public Builder scratchServer(DatabaseUrl value) {
            return scratchServers(ScratchServers.of(value));
        }

        /**
         * Where the scratch database is created when the target's user may not create databases on the target's server
         * (or the target is a snapshot): a server per major, e.g. an embedded one started on demand. A server of
         * another major than the target's is refused (COULD NOT PROVE).
         */
        public Builder scratchServers(ScratchServers value) {
            this.scratchServers = Objects.requireNonNull(value, "scratchServers");
            return this;
        }

        /** Whether a fix that could not be proven (no scratch database, schema not buildable) is objected to. */
        public Builder required(boolean value) {
            this.required = value;
            return this;
        }

        /** Told every verdict (and a scratch database that could not be dropped). */
        public Builder listener(Consumer<ProofVerdict> value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
            return this;
        }

        public ScratchProof build() {
            return new ScratchProof(this);
        }
    }
}
