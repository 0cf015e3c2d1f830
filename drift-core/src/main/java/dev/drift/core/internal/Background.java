package dev.drift.core.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own (an exiting JVM never waits for it), and its result awaited as if
 * the work had run on the caller's thread: the reader's second connection, the snapshot writer's fingerprint.
 */
public final class Background {

    private Background() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static <T> Future<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * What the work returned. Its failure is thrown here: an unchecked exception or an error as it is, a checked
     * exception of type {@code passes} as it is, any other inside an {@link IllegalStateException}.
     */
    public static <T, X extends Exception> T await(Future<T> work, Class<X> passes) throws X, InterruptedException {
        try {
            return work.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (passes.isInstance(cause)) {
                throw passes.cast(cause);
            }
            throw new IllegalStateException(cause);
        }
    }
}
