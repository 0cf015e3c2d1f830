package dev.drift.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A session of Drift's, started on its own connection, waiting for a lock another session holds. */
public record LockWait<T>(Connection holder, Connection client, int pid, CompletableFuture<T> work)
        implements AutoCloseable {

    /**
     * Locks {@code public.t} from a holder session, then starts {@code work} on a new connection and waits
     * until its session waits for that lock.
     */
    public static <T> LockWait<T> on(TestDatabase db, Function<Connection, T> work) throws Exception {
        Connection holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE");
        }
        Connection client = db.connect();
        int pid = backendPid(client);
        CompletableFuture<T> running = CompletableFuture.supplyAsync(() -> work.apply(client));
        for (int i = 0; i < 400; i++) {
            if (db.queryValue("SELECT wait_event_type FROM pg_stat_activity WHERE pid = " + pid)
                    .filter("Lock"::equals).isPresent()) {
                return new LockWait<>(holder, client, pid, running);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the session never waited for the lock");
    }

    /** The client goes away without a word (a killed process); how long until the server ended its session. */
    public long vanish(TestDatabase db) throws Exception {
        client.abort(Runnable::run);
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
            if (db.queryValue("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid).filter("0"::equals)
                    .isPresent()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(100);
        }
        return Duration.ofSeconds(20).toMillis();
    }

    @Override
    public void close() throws SQLException {
        holder.rollback();
        holder.close();
        client.close();
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
