package dev.drift.jdbc;

import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.Secrets;
import dev.drift.core.internal.Background;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kinds' catalog queries of one read run on two connections that see one snapshot (the second imported the
 * first's, see {@link PostgresCatalogReader#read(DatabaseUrl)}): each connection's thread takes the next query not
 * yet taken, turns its rows into model records, and keeps what they handed to the read; the caller's thread then
 * hands all of it over in {@link KindReaders#ALL}'s order, exactly as a read on one connection would. So the
 * catalog is the same, record for record, and the server's work and the rows' decoding are shared by two cores.
 *
 * <p>A query the partner fails is run again on the read's own connection, and the partner takes no more: it can
 * only lose parallelism, never a row. A query the read's own connection fails fails the read, as it would alone.
 */
final class SharedRead {

    private static final Logger LOG = LoggerFactory.getLogger(SharedRead.class);

    private final CatalogQueries queries;
    private final Connection partner;
    private final List<KindReader> readers = KindReaders.ALL;
    private final List<CompletableFuture<Recorded>> results = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    /** A query the partner failed, for the read's own connection to run; -1 when there is none. */
    private final AtomicInteger retry = new AtomicInteger(-1);
    /** Set when the caller stops reading (it failed): the threads take no further query. */
    private final AtomicBoolean stopped = new AtomicBoolean();

    SharedRead(CatalogQueries queries, Connection partner) {
        this.queries = queries;
        this.partner = partner;
        readers.forEach(r -> results.add(new CompletableFuture<>()));
    }

    void readInto(KindReader.Rows rows) throws SQLException {
        CompletableFuture<Void> partnerDone = CompletableFuture.runAsync(this::partnerTakes, SharedRead::thread);
        CompletableFuture<Void> ownDone = CompletableFuture.runAsync(() -> ownTakes(partnerDone), SharedRead::thread);
        try {
            for (CompletableFuture<Recorded> result : results) {
                recorded(result).handTo(rows);
            }
        } finally {
            stopped.set(true);
            // Neither connection may be touched again (the read's rolls back next) while a thread still uses it.
            CompletableFuture.allOf(partnerDone, ownDone).exceptionally(e -> null).join();
        }
    }

    private static Recorded recorded(CompletableFuture<Recorded> result) throws SQLException {
        try {
            return Background.await(result, SQLException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the catalog", e);
        }
    }

    /** A daemon thread per task: a read holds two for its duration. */
    private static void thread(Runnable task) {
        Background.start("drift-catalog-read", Executors.callable(task));
    }

    private void partnerTakes() {
        for (int i = next.getAndIncrement(); i < readers.size() && !stopped.get(); i = next.getAndIncrement()) {
            try {
                results.get(i).complete(run(partner, i));
            } catch (SQLException | RuntimeException e) {
                LOG.debug("the second connection failed {}; the read's own connection runs it: {}",
                        readers.get(i).query(), Secrets.redact(e.getMessage()));
                retry.set(i);
                return;
            } catch (Error e) {
                // Out of memory, say: no point in running it again; the caller fails with it.
                results.get(i).completeExceptionally(e);
                throw e;
            }
        }
    }

    private void ownTakes(CompletableFuture<Void> partnerDone) {
        take(next);
        // The partner may yet hand back a query it failed: wait for it to finish, then run that one too.
        partnerDone.exceptionally(e -> null).join();
        int failed = retry.get();
        if (failed >= 0 && !stopped.get()) {
            runOwn(failed);
        }
        take(next);
    }

    private void take(AtomicInteger from) {
        for (int i = from.getAndIncrement(); i < readers.size() && !stopped.get(); i = from.getAndIncrement()) {
            if (!runOwn(i)) {
                return;
            }
        }
    }

    /** Runs query {@code i} on the read's own connection; false when it failed (the read fails with it). */
    private boolean runOwn(int i) {
        try {
            results.get(i).complete(run(queries.connection(), i));
            return true;
        } catch (SQLException | RuntimeException | Error e) {
            results.get(i).completeExceptionally(e);
            // The transaction is aborted: nothing more runs on it. Whatever the caller waits for next fails too.
            stopped.set(true);
            results.forEach(r -> r.completeExceptionally(e));
            return false;
        }
    }

    private Recorded run(Connection on, int i) throws SQLException {
        KindReader reader = readers.get(i);
        KindReader.RowReader read = reader.rows().get();
        Recorded recorded = new Recorded();
        queries.query(on, reader.query(), rs -> read.read(rs, recorded));
        return recorded;
    }

    /**
     * What one query's rows handed to the read, in order, to be handed over later: the objects, and where
     * pg_depend finds each (by the object's number among those this query added).
     */
    private static final class Recorded implements KindReader.Rows {
        private final List<Object> events = new ArrayList<>();
        private int added;

        private record At(CatalogClass catalog, long oid, int subId, int object) {
        }

        private record AnyColumnOf(long relationOid, int object) {
        }

        private record Subject(KindReader.CatalogRow row, ObjectKey key) {
        }

        @Override
        public Object add(DbObject object) {
            events.add(object);
            return added++;
        }

        @Override
        public void at(CatalogClass catalog, long oid, int subId, Object added) {
            events.add(new At(catalog, oid, subId, (Integer) added));
        }

        @Override
        public void anyColumnOf(long relationOid, Object added) {
            events.add(new AnyColumnOf(relationOid, (Integer) added));
        }

        @Override
        public void subject(KindReader.CatalogRow row, ObjectKey key) {
            events.add(new Subject(row, key));
        }

        @Override
        public void attributes(KindReader.SubjectRow row) {
            events.add(row);
        }

        void handTo(KindReader.Rows rows) {
            Object[] placed = new Object[added];
            int n = 0;
            for (Object event : events) {
                if (event instanceof DbObject object) {
                    placed[n++] = rows.add(object);
                } else if (event instanceof At at) {
                    rows.at(at.catalog(), at.oid(), at.subId(), placed[at.object()]);
                } else if (event instanceof Subject subject) {
                    rows.subject(subject.row(), subject.key());
                } else if (event instanceof KindReader.SubjectRow row) {
                    rows.attributes(row);
                } else {
                    AnyColumnOf any = (AnyColumnOf) event;
                    rows.anyColumnOf(any.relationOid(), placed[any.object()]);
                }
            }
        }
    }
}
