package dev.drift.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs several ways of doing the same job on the same data, interleaved (run 1 of each, then run 2 of
 * each, ...) so that a change in the machine's load hits them alike, and keeps every time.
 */
final class SideBySide {

    /**
     * One way of doing the job; its result (e.g. how many tenants drifted) is kept to cross-check.
     *
     * @param before run before each run of the body and not measured: what the scenario does to the data
     *               (e.g. a tenant's DDL before a re-scan), which is not part of the job being timed
     */
    record Task(String label, int runs, boolean warmUp, Runnable before, Callable<?> body) {
    }

    /** The times of one task, in run order, and the result of its last run. */
    record Result(String label, List<Long> nanos, List<Long> cpuMillis, List<Long> serverCpuMillis, Object output) {
        long medianNanos() {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double medianMillis() {
            return medianNanos() / 1e6;
        }

        /** The times (wall and CPU) multiplied by a factor: a sample's run extrapolated to the whole fleet. */
        Result scaled(double factor) {
            return new Result(label, nanos.stream().map(n -> Math.round(n * factor)).toList(),
                    cpuMillis.stream().map(c -> Math.round(c * factor)).toList(),
                    serverCpuMillis.stream().map(c -> Math.round(c * factor)).toList(), output);
        }

        /**
         * Median CPU time of client and server, with the server's share (median of its own), or "n/a" when
         * it could not be measured.
         */
        String medianCpu() {
            if (medianCpuMillis() == 0) {
                return "n/a";
            }
            return Format.millis(medianCpuMillis()) + " (server " + Format.millis(medianServerCpuMillis()) + ")";
        }

        /** Median CPU milliseconds of the server alone; 0 when not measured. */
        long medianServerCpuMillis() {
            return median(serverCpuMillis);
        }

        /** Median CPU milliseconds of client and server; 0 when not measured. */
        long medianCpuMillis() {
            return median(cpuMillis);
        }

        /** The upper median of CPU times; 0 when none were measured. */
        private static long median(List<Long> millis) {
            if (millis.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }

        /** "CPU 3.1x" against another result, when both were measured. */
        String cpuRatio(Result base) {
            return medianCpuMillis() == 0 || base.medianCpuMillis() == 0 ? ""
                    : "; CPU " + Format.ratio((double) medianCpuMillis() / base.medianCpuMillis());
        }

        String runs() {
            StringBuilder b = new StringBuilder();
            for (long n : nanos) {
                b.append(b.length() == 0 ? "" : ", ").append(Format.millis(n / 1e6));
            }
            return b.toString();
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private final CpuMeter cpu;

    SideBySide(CpuMeter cpu) {
        this.cpu = cpu;
    }

    SideBySide add(String label, int runs, boolean warmUp, Callable<?> body) {
        return add(label, runs, warmUp, () -> { }, body);
    }

    /** A task with an untimed step before each of its runs (and before its warm-up). */
    SideBySide add(String label, int runs, boolean warmUp, Runnable before, Callable<?> body) {
        tasks.add(new Task(label, runs, warmUp, before, body));
        return this;
    }

    Map<String, Result> run() {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpuTimes = new LinkedHashMap<>();
        Map<String, List<Long>> serverCpuTimes = new LinkedHashMap<>();
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (Task t : tasks) {
            times.put(t.label(), new ArrayList<>());
            cpuTimes.put(t.label(), new ArrayList<>());
            serverCpuTimes.put(t.label(), new ArrayList<>());
            if (t.warmUp()) {
                Progress.say("warm-up: " + t.label());
                t.before().run();
                call(t);
            }
        }
        int rounds = tasks.stream().mapToInt(Task::runs).max().orElse(0);
        for (int r = 0; r < rounds; r++) {
            for (Task t : tasks) {
                if (r < t.runs()) {
                    t.before().run();
                    long clientStart = cpu.clientMillis();
                    long serverStart = cpu.serverMillis();
                    long start = System.nanoTime();
                    Object out = call(t);
                    long elapsed = System.nanoTime() - start;
                    times.get(t.label()).add(elapsed);
                    long server = cpu.serverMillis() - serverStart;
                    cpuTimes.get(t.label()).add(cpu.clientMillis() - clientStart + server);
                    serverCpuTimes.get(t.label()).add(server);
                    outputs.put(t.label(), out);
                    Progress.say("run " + (r + 1) + "/" + t.runs() + ": " + t.label() + " " + Format.millis(elapsed / 1e6));
                }
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (Task t : tasks) {
            results.put(t.label(), new Result(t.label(), times.get(t.label()), cpuTimes.get(t.label()),
                    serverCpuTimes.get(t.label()), outputs.get(t.label())));
        }
        return results;
    }

    private static Object call(Task t) {
        try {
            return t.body().call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(t.label() + " failed: " + e.getMessage(), e);
        }
    }
}
