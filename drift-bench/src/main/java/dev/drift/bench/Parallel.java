package dev.drift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a task on each item, a fixed number at a time, and returns the results in item order. */
final class Parallel {

    interface Task<T, R> {
        R apply(T item) throws Exception;
    }

    private Parallel() {
    }

    /**
     * @param what what is being done, for the message when a task fails
     */
    static <T, R> List<R> map(List<T> items, int threads, String what, Task<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many items the test holds for, run {@code threads} at a time. */
    static <T> int count(List<T> items, int threads, String what, Task<T, Boolean> test) {
        return (int) map(items, threads, what, test).stream().filter(Boolean::booleanValue).count();
    }
}
