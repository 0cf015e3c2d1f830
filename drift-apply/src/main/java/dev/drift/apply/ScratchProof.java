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
 * interrupt through a shutdown hook). The verdict ({@link Verdict}) goes to the listener; a fix that does not
 * converge is objected to, and a fix that could not be proven is objected to only when proof is required.
 *
 * <p>Nothing here touches the target: it is only read.
 */
public final class ScratchProof implements Proof {

    /** What proving a fix found. */
    public sealed interface Verdict {
        /** One line for the user, starting with PROVEN, NOT PROVEN or COULD NOT PROVE. */
        String line();
    }

    /** The fix, applied to the scratch copy, left it equal to the reference (except what the plan leaves alone). */
    public record Proven(String scratch) implements Verdict {
        public String line() {
            return "PROVEN: the plan applied to a scratch copy of the target (" + scratch + ") leaves it equal to"
                    + " the reference";
        }
    }

    /** The fix failed on the scratch copy, or left differences: a new plan would still run {@code stillToRun}. */
    public record NotProven(String reason, List<String> stillToRun) implements Verdict {
        public NotProven {
            Objects.requireNonNull(reason, "reason");
            stillToRun = List.copyOf(stillToRun);
        }

        public String line() {
            return "NOT PROVEN: " + reason + (stillToRun.isEmpty() ? ""
                    : "; still different afterwards (a new plan would run): " + String.join(" ", stillToRun));
        }
    }

    /** No scratch copy could be made or built, so nothing was proven either way. */
    public record CouldNotProve(String reason) implements Verdict {
        public CouldNotProve {
            Objects.requireNonNull(reason, "reason");
        }

        public String line() {
            return "COULD NOT PROVE: " + reason;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Builds everything the target has: it is scratch, so drops and privileged statements are fine there. */
    private static final PlanOptions BUILD = new PlanOptions(true, false, false, false, false, true);

    private final PostgresCatalogReader reader;
    private final DiffOptions diffOptions;
    private final PlanOptions planOptions;
    private final Optional<DatabaseUrl> scratchServer;
    private final boolean required;
    private final Consumer<Verdict> listener;
    private final Duration connectTimeout;
    private final ScriptRunner runner;

    private ScratchProof(Builder b) {
        this.reader = b.reader;
        this.diffOptions = b.diffOptions;
        this.planOptions = b.planOptions;
        this.scratchServer = b.scratchServer;
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
        Verdict verdict = prove(target, fix);
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
    public Verdict prove(DatabaseUrl target, PlannedFix fix) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fix, "fix");
        if (fix.reference().isEmpty()) {
            return new CouldNotProve("a saved script applied without a reference has nothing to be compared with");
        }
        Catalog targetCatalog;
        DatabaseUrl server;
        try {
            targetCatalog = fix.targetBefore().isPresent() ? fix.targetBefore().get() : reader.read(target);
            Optional<String> refusal = mayCreateDatabases(target);
            if (refusal.isEmpty()) {
                server = target;
            } else if (scratchServer.isPresent()) {
                server = scratchServer.get();
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
            return proveOn(scratch, targetCatalog, fix);
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

    private Verdict proveOn(DatabaseUrl scratch, Catalog targetCatalog, PlannedFix fix) {
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
        ApplyResult applied = runner.apply(scratch, new ApplyPlan(fix.steps(), Optional.of(copy.fingerprint()),
                (c, p) -> List.of()));
        if (!applied.succeeded()) {
            return new NotProven("the plan failed on the scratch copy: " + applied.error()
                    .orElse(applied.outcome().toString()), List.of());
        }
        List<String> left = stillToRun(fix.reference().orElseThrow(), reader.read(scratch), planOptions);
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
        private Optional<DatabaseUrl> scratchServer = Optional.empty();
        private boolean required;
        private Consumer<Verdict> listener = v -> { };
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
            this.scratchServer = Optional.of(value);
            return this;
        }

        /** Whether a fix that could not be proven (no scratch database, schema not buildable) is objected to. */
        public Builder required(boolean value) {
            this.required = value;
            return this;
        }

        /** Told every verdict (and a scratch database that could not be dropped). */
        public Builder listener(Consumer<Verdict> value) {
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
