package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import dev.drift.core.SessionSettings;
import dev.drift.apply.ApplyResult.Outcome;
import dev.drift.apply.ApplyResult.StepResult;
import dev.drift.apply.ApplyResult.StepStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.jdbc.session.QueryFailures;
import dev.drift.jdbc.session.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a planned fix to one target so that a failure leaves the target as it was, or, where the plan
 * itself commits part-way, says exactly which part stays.
 *
 * <p>Every step has passed {@link dev.drift.core.StatementCheck} when the {@link ApplyPlan} was made (one DDL
 * statement, no transaction control, no psql meta-command). The plan runs in {@linkplain ApplyPlan#segments()
 * segments}, cut at its commit points: most plans are one segment. For each segment:
 * <ol>
 *   <li>A transaction (READ COMMITTED) under the settings a printed script starts with
 *       ({@link SessionSettings#WRITE}: how literals are read, where names resolve), a lock timeout, a
 *       statement timeout and {@link SessionSettings#CONNECTION_CHECK}, all {@code LOCAL} to it. The target's
 *       catalog is read first (catalog reads only, no table locks); in the first segment its fingerprint is
 *       compared with the plan's: a mismatch ends with {@link Outcome#STALE} and nothing runs.</li>
 *   <li>The segment's transactional steps run in order. A failure rolls the transaction back, and the catalog
 *       is read again to verify it: exactly as before the transaction, the first segment ends
 *       {@link Outcome#ROLLED_BACK} (nothing applied) and a later one {@link Outcome#INCOMPLETE} (the earlier
 *       segments stay committed, and the error names them); otherwise {@link Outcome#UNKNOWN}, saying why and
 *       what to check. A step that ends its transaction (none can pass the check) also ends the run as
 *       {@link Outcome#UNKNOWN}.</li>
 *   <li>In the last segment, the catalog is read again inside the transaction, uncommitted changes included,
 *       and the plan's {@link ApplyCheck} decides whether it is what was expected. A mismatch rolls back.
 *       (Earlier segments are not checked: the plan's effect is complete only at the end.)</li>
 *   <li>COMMIT. Then the segment's non-transactional steps run one by one, each reported; the first failure
 *       stops the run. After the last segment's, a final read and check ends the run.</li>
 * </ol>
 *
 * If the session dies mid-transaction (killed backend, network), PostgreSQL aborts the unfinished
 * transaction, and the runner verifies it through a new connection; if it dies during COMMIT, the runner
 * reconnects and tells from the catalog's fingerprint whether the commit happened. Statements that run outside
 * a transaction run under the same settings, set for the session and given back their values after.
 *
 * <pre>{@code
 * ApplyResult result = ScriptRunner.builder().lockTimeout(Duration.ofSeconds(2)).build()
 *         .apply(DatabaseUrl.parse(url), new ApplyPlan(steps, Optional.of(fingerprint), check));
 * }</pre>
 */
final class ScriptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    private final Duration lockTimeout;
    private final Duration statementTimeout;
    private final Duration connectTimeout;
    private final PostgresCatalogReader reader;

    private ScriptRunner(Builder b) {
        this.lockTimeout = b.lockTimeout;
        this.statementTimeout = b.statementTimeout;
        this.connectTimeout = b.connectTimeout;
        this.reader = b.reader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Connects to the target, applies the plan and closes the connection. */
    public ApplyResult apply(DatabaseUrl target, ApplyPlan plan) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        if (plan.steps().isEmpty()) {
            return nothingToDo(target.display());
        }
        try (Connection c = target.connect(connectTimeout)) {
            return new Run(c, target.display(), plan, Optional.of(target)).run();
        } catch (SQLException e) {
            // Only closing can throw here; a dead connection is expected after a lost session.
            LOG.debug("closing the connection to {} failed: {}", target.display(), Secrets.redact(e.getMessage()));
            throw QueryFailures.query(target.display(), "closing the connection", e);
        }
    }

    /**
     * Applies the plan through a connection the caller owns, which must be in autocommit mode; it is
     * left in autocommit mode. Without a URL the runner cannot reconnect, so a session lost during
     * COMMIT ends as {@link Outcome#UNKNOWN}.
     *
     * @param where a name for messages, e.g. the tenant
     */
    public ApplyResult apply(Connection connection, String where, ApplyPlan plan) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(plan, "plan");
        if (plan.steps().isEmpty()) {
            return nothingToDo(where);
        }
        return new Run(connection, where, plan, Optional.empty()).run();
    }

    private static ApplyResult nothingToDo(String where) {
        return new ApplyResult(where, Outcome.NOTHING_TO_DO, List.of(), List.of(), Optional.empty());
    }

    /** One apply: the state that the steps of the algorithm share. */
    private final class Run {
        private final Connection connection;
        private final String where;
        private final ApplyPlan plan;
        private final Optional<DatabaseUrl> url;
        private final List<ApplyPlan.Segment> segments;
        /** Status per step, in run order (segment by segment: its transaction, then its other steps). */
        private final List<StepResult> results = new ArrayList<>();
        private List<String> mismatches = List.of();
        /** The catalog's fingerprint when the current transaction started, before its statements ran. */
        private Optional<String> segmentBefore = Optional.empty();
        /** The segment that runs now, and where its steps start in {@link #results}. */
        private int segment;
        private int segmentStart;

        Run(Connection connection, String where, ApplyPlan plan, Optional<DatabaseUrl> url) {
            this.connection = connection;
            this.where = where;
            this.plan = plan;
            this.url = url;
            this.segments = plan.segments();
            plan.runOrder().forEach(s -> results.add(notRun(s)));
        }

        ApplyResult run() {
            try {
                if (!connection.getAutoCommit()) {
                    throw new DriftException(where, null, "cannot apply to " + where
                            + ": the connection is inside a transaction; pass one in autocommit mode", null);
                }
            } catch (SQLException e) {
                throw QueryFailures.query(where, "checking the connection", e);
            }
            for (segment = 0; segment < segments.size(); segment++) {
                Optional<ApplyResult> ended = runTransaction();
                if (ended.isEmpty()) {
                    ended = runNonTransactional();
                }
                if (ended.isPresent()) {
                    return ended.get();
                }
                segmentStart += segments.get(segment).runOrder().size();
            }
            return finalCheck();
        }

        private ApplyPlan.Segment current() {
            return segments.get(segment);
        }

        private boolean last() {
            return segment == segments.size() - 1;
        }

        /**
         * The transaction of the current segment and its COMMIT. The first one also compares the catalog's
         * fingerprint with the plan's; the last one runs the plan's check before COMMIT. Empty when it
         * committed; otherwise how the run ended.
         */
        private Optional<ApplyResult> runTransaction() {
            List<ApplyStep> transactional = current().transactional();
            String verified;
            segmentBefore = Optional.empty();
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw QueryFailures.query(where, "starting the transaction", e);
            }
            try {
                // How the statements are read, where their names resolve, and the timeouts (SessionSettings.WRITE:
                // the same settings a printed script starts with).
                Sessions.local(connection, "", Sessions.with(SessionSettings.WRITE, lockTimeout, statementTimeout));
                String before = reader.readWithin(connection, where).fingerprint();
                segmentBefore = Optional.of(before);
                if (segment == 0 && plan.expectedFingerprint().filter(f -> !f.equals(before)).isPresent()) {
                    rollbackQuietly();
                    return Optional.of(end(Outcome.STALE, "refused: the catalog of " + where
                            + " has changed since the plan was made (planned against fingerprint "
                            + plan.expectedFingerprint().get() + ", now " + before
                            + "); nothing was run: plan again"));
                }
                for (int i = 0; i < transactional.size(); i++) {
                    ApplyStep step = transactional.get(i);
                    try {
                        execute(step);
                        results.set(segmentStart + i, new StepResult(step, StepStatus.APPLIED, Optional.empty()));
                    } catch (SQLException e) {
                        String error = stepFailure(segmentStart + i, step, e);
                        results.set(segmentStart + i, new StepResult(step, StepStatus.FAILED, Optional.of(error)));
                        return Optional.of(rolledBack(error));
                    }
                    if (transactionEnded()) {
                        // Checked statements hold no transaction control; should one end the transaction anyway,
                        // what ran before it is committed, and nothing after it may run.
                        return Optional.of(unknown("statement " + (segmentStart + i + 1) + " (" + abbreviate(step.oneLine())
                                + ") ended the transaction it ran in: what ran before it may be committed"));
                    }
                }
                Catalog after = reader.readWithin(connection, where);
                if (last()) {
                    // Earlier transactions are not checked: the plan's effect is only complete at the end.
                    mismatches = plan.check().mismatches(after, current().nonTransactional());
                    if (!mismatches.isEmpty()) {
                        return Optional.of(rolledBack("after the statements, " + where + " is not what was expected ("
                                + mismatches.size() + " difference(s))"));
                    }
                }
                verified = after.fingerprint();
            } catch (SQLException | DriftException e) {
                String reason = e instanceof SQLException sql ? QueryFailures.query(where, "applying", sql).getMessage()
                        : e.getMessage();
                return Optional.of(rolledBack(reason));
            } catch (RuntimeException e) {
                // A bug in a check, say: the transaction must not outlive it.
                rollbackQuietly();
                throw e;
            }
            return commit(segmentBefore.orElseThrow(), verified);
        }

        private Optional<ApplyResult> commit(String before, String verified) {
            try {
                connection.commit();
                connection.setAutoCommit(true);
                LOG.debug("committed {} statement(s) on {} (segment {} of {})", current().transactional().size(), where,
                        segment + 1, segments.size());
                return Optional.empty();
            } catch (SQLException e) {
                String reason = QueryFailures.query(where, "COMMIT", e).getMessage();
                if (!lost()) {
                    return Optional.of(rolledBack(reason));
                }
                // Lost during COMMIT: whether it happened only the catalog can tell.
                Optional<String> now = url.flatMap(this::fingerprintAfterReconnect);
                if (now.equals(Optional.of(verified)) && !verified.equals(before)) {
                    markTransactional(StepStatus.APPLIED);
                    LOG.warn("the connection to {} was lost during COMMIT; the catalog shows the commit happened", where);
                    boolean more = !current().nonTransactional().isEmpty() || !last();
                    return more ? Optional.of(end(Outcome.INCOMPLETE, reason + "; the catalog read again shows the"
                            + " transaction committed, but the session is gone: the statements after it did not run"))
                            : Optional.empty();
                }
                return Optional.of(rolledBack(reason));
            }
        }

        /**
         * Ends the current transaction after a failure and says what became of it, claiming "rolled back" only
         * once it is verified: the catalog, read again after the rollback (through a new connection if the session
         * is gone), must be exactly as it was when the transaction started. Otherwise the outcome is
         * {@link Outcome#UNKNOWN}, saying why and what to check.
         */
        private ApplyResult rolledBack(String reason) {
            boolean ranSomething = results.subList(segmentStart, segmentStart + current().transactional().size())
                    .stream().anyMatch(r -> r.status() != StepStatus.NOT_RUN);
            boolean rollback = rollbackQuietly();
            markTransactional(StepStatus.ROLLED_BACK);
            String kept = segment == 0 ? "nothing was applied" : "this transaction (" + (segment + 1) + " of "
                    + segments.size() + ") was not applied; " + committedSoFar(segment)
                    + " committed before and stay: plan again to finish";
            Outcome outcome = segment == 0 ? Outcome.ROLLED_BACK : Outcome.INCOMPLETE;
            if (!ranSomething) {
                // No statement of this transaction was sent: nothing of it can have reached the target.
                return end(outcome, reason + "; no statement of this transaction ran, " + kept);
            }
            String how = rollback ? "rolled back" : "the session ended, and PostgreSQL rolls back an unfinished"
                    + " transaction with it";
            Optional<String> now = catalogAgain();
            if (segmentBefore.isPresent() && now.equals(segmentBefore)) {
                return end(outcome, reason + "; " + how + ", " + kept + " (verified: the catalog of " + where
                        + " read again after the rollback is as before the transaction)");
            }
            String why = now.isEmpty() ? "it could not be read again after the rollback"
                    : segmentBefore.isEmpty() ? "its catalog was not read before the statements ran"
                    : "its catalog read again after the rollback differs from before the transaction (fingerprint "
                    + segmentBefore.get() + " before, " + now.get() + " now)";
            return unknown(reason + "; " + how + ", but this is not verified: " + why);
        }

        /** The outcome when what the target now holds is not known: say so, and what to do. */
        private ApplyResult unknown(String reason) {
            rollbackQuietly();
            for (int i = 0; i < results.size(); i++) {
                StepResult r = results.get(i);
                if (r.status() == StepStatus.ROLLED_BACK || i >= segmentStart && r.status() == StepStatus.APPLIED) {
                    results.set(i, new StepResult(r.step(), StepStatus.UNKNOWN, r.error()));
                }
            }
            String earlier = segment == 0 ? "" : "; " + committedSoFar(segment) + " committed before and stay";
            return end(Outcome.UNKNOWN, reason + earlier + ": read " + where + " again (drift diff against the"
                    + " reference) and check its data before doing anything else");
        }

        /** The catalog's fingerprint now: through this session if it is alive, else through a new one. */
        private Optional<String> catalogAgain() {
            if (!lost()) {
                try {
                    return Optional.of(reader.read(connection, where).fingerprint());
                } catch (DriftException e) {
                    LOG.debug("reading {} after the rollback failed: {}", where, Secrets.redact(e.getMessage()));
                }
            }
            return url.flatMap(this::fingerprintAfterReconnect);
        }

        /** Whether the driver saw the transaction end (pgjdbc's view; false when it cannot tell). */
        private boolean transactionEnded() {
            try {
                return connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
            } catch (SQLException e) {
                return false;
            }
        }

        private Optional<String> fingerprintAfterReconnect(DatabaseUrl target) {
            try {
                return Optional.of(reader.read(target).fingerprint());
            } catch (DriftException e) {
                return Optional.empty();
            }
        }

        /** The statements of the current segment that cannot run in a transaction, one by one. */
        private Optional<ApplyResult> runNonTransactional() {
            List<ApplyStep> nonTransactional = current().nonTransactional();
            if (nonTransactional.isEmpty()) {
                return Optional.empty();
            }
            int offset = segmentStart + current().transactional().size();
            String failure = null;
            try {
                List<SessionSettings.Setting> previous = OutsideTransaction.set(connection,
                        Sessions.with(SessionSettings.WRITE, lockTimeout, statementTimeout));
                for (int i = 0; i < nonTransactional.size() && failure == null; i++) {
                    ApplyStep step = nonTransactional.get(i);
                    try {
                        execute(step);
                        results.set(offset + i, new StepResult(step, StepStatus.APPLIED, Optional.empty()));
                    } catch (SQLException e) {
                        failure = stepFailure(offset + i, step, e) + concurrentIndexNote(step);
                        results.set(offset + i, new StepResult(step, StepStatus.FAILED, Optional.of(failure)));
                    }
                }
                OutsideTransaction.restore(connection, previous);
            } catch (SQLException e) {
                failure = Optional.ofNullable(failure).orElse(QueryFailures.query(where, "setting the session", e).getMessage());
            }
            if (failure == null) {
                return Optional.empty();
            }
            List<ApplyStep> notDone = results.stream().filter(r -> r.status() != StepStatus.APPLIED)
                    .map(StepResult::step).toList();
            try {
                mismatches = plan.check().mismatches(reader.read(connection, where), notDone);
            } catch (DriftException e) {
                LOG.debug("reading {} after a failed statement failed: {}", where, Secrets.redact(e.getMessage()));
            }
            String committed = segments.size() == 1 ? "; the transactional part was committed before"
                    : "; " + committedSoFar(segment + 1) + " committed before and stay";
            return Optional.of(end(Outcome.INCOMPLETE, failure + committed));
        }

        /** After the last segment: when statements ran outside the last transaction, the check decides now. */
        private ApplyResult finalCheck() {
            if (segments.get(segments.size() - 1).nonTransactional().isEmpty()) {
                return end(Outcome.APPLIED, null);
            }
            try {
                mismatches = plan.check().mismatches(reader.read(connection, where), List.of());
            } catch (DriftException e) {
                return end(Outcome.INCOMPLETE, e.getMessage());
            }
            if (!mismatches.isEmpty()) {
                return end(Outcome.INCOMPLETE, "after the non-transactional statements " + where
                        + " is not what was expected (" + mismatches.size() + " difference(s))");
            }
            return end(Outcome.APPLIED, null);
        }

        private void execute(ApplyStep step) throws SQLException {
            LOG.debug("running on {}: {}", where, step.oneLine());
            try (Statement s = connection.createStatement()) {
                s.execute(step.sql());
            }
        }

        private String stepFailure(int index, ApplyStep step, SQLException e) {
            String state = e.getSQLState();
            String reason;
            if ("55P03".equals(state)) {
                reason = "the lock timeout (" + human(lockTimeout) + ") ran out waiting for a lock another session holds";
            } else if ("57014".equals(state)) {
                reason = "the statement timeout (" + human(statementTimeout) + ") ran out or the statement was cancelled";
            } else {
                // The server's own words, without pgjdbc's "ERROR: " / "FATAL: " prefix.
                reason = QueryFailures.firstLine(e.getMessage()).replaceFirst("^(ERROR|FATAL|PANIC): ", "");
            }
            return "statement " + (index + 1) + " of " + results.size() + " (" + abbreviate(step.oneLine()) + ") failed on "
                    + where + ": " + reason + (state == null ? "" : " [SQLSTATE " + state + "]");
        }

        /**
         * What stays of earlier transactions, e.g. {@code statements 1-3 (transaction 1, and what ran outside a
         * transaction after it) were}.
         *
         * @param transactions how many transactions committed: the current one's steps count only if it did
         */
        private String committedSoFar(int transactions) {
            List<StepResult> committed = transactions > segment ? results : results.subList(0, segmentStart);
            int applied = (int) committed.stream().filter(r -> r.status() == StepStatus.APPLIED).count();
            String which = applied == 1 ? "statement 1 (" : "statements 1-" + applied + " (";
            return which + (transactions == 1 ? "transaction 1" : "transactions 1-" + transactions)
                    + ", and what ran outside a transaction after it) " + (applied == 1 ? "was" : "were");
        }

        /** Ran steps of the current transaction become {@code status}; failed ones stay failed. */
        private void markTransactional(StepStatus status) {
            for (int i = segmentStart; i < segmentStart + current().transactional().size(); i++) {
                StepResult r = results.get(i);
                if (r.status() == StepStatus.APPLIED || r.status() == StepStatus.ROLLED_BACK) {
                    results.set(i, new StepResult(r.step(), status, Optional.empty()));
                }
            }
        }

        /** Rolls back and returns to autocommit; false when the session is gone. */
        private boolean rollbackQuietly() {
            try {
                if (connection.isClosed()) {
                    return false;
                }
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                return true;
            } catch (SQLException e) {
                LOG.debug("rollback on {} failed: {}", where, Secrets.redact(e.getMessage()));
                return false;
            }
        }

        private boolean lost() {
            try {
                return connection.isClosed() || !connection.isValid(2);
            } catch (SQLException e) {
                return true;
            }
        }

        private ApplyResult end(Outcome outcome, String error) {
            return new ApplyResult(where, outcome, results, mismatches, Optional.ofNullable(error));
        }
    }

    private static StepResult notRun(ApplyStep step) {
        return new StepResult(step, StepStatus.NOT_RUN, Optional.empty());
    }

    private static String concurrentIndexNote(ApplyStep step) {
        return step.sql().toUpperCase(java.util.Locale.ROOT).matches("(?s)\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY.*")
                ? " (a failed CREATE INDEX CONCURRENTLY can leave an INVALID index behind: drop it before trying again)"
                : "";
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 120 ? sql : sql.substring(0, 117) + "...";
    }

    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Settings of a runner. */
    public static final class Builder {
        private Duration lockTimeout = Duration.ofSeconds(5);
        private Duration statementTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private PostgresCatalogReader reader = PostgresCatalogReader.create();

        private Builder() {
        }

        /** How long a statement may wait for a lock before the whole apply rolls back (default 5 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = positive(value, "lockTimeout");
            return this;
        }

        /** How long one statement may run before the whole apply rolls back (default 60 s). */
        public Builder statementTimeout(Duration value) {
            this.statementTimeout = positive(value, "statementTimeout");
            return this;
        }

        /** How long connecting may take (default 10 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /**
         * The reader for the fingerprint and the checks (default: every user schema). Must read the same
         * schemas as the reader the plan was made with, or the fingerprints differ.
         */
        public Builder reader(PostgresCatalogReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive but was " + value);
            }
            return value;
        }

        public ScriptRunner build() {
            return new ScriptRunner(this);
        }
    }
}
