package dev.drift.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code drift fleet --execute} did to each tenant, for the fleet report ({@code execution} in
 * {@code drift-fleet/1}, a section in text, Markdown and HTML). The fleet as read before anything ran stays
 * as it is in the rest of the report.
 *
 * @param canary      how many tenants ran first, alone, before the rest (0: none)
 * @param maxFailures how many failed tenants stop the run (empty: no limit)
 * @param stoppedBy   what stopped the run before every tenant ran, if something did
 * @param tenants     each tenant's outcome, by tenant name
 */
public record FleetExecution(int canary, Optional<Integer> maxFailures, Optional<String> stoppedBy,
                             Map<String, Tenant> tenants) {

    public FleetExecution {
        Objects.requireNonNull(maxFailures, "maxFailures");
        Objects.requireNonNull(stoppedBy, "stoppedBy");
        tenants = java.util.Collections.unmodifiableMap(new TreeMap<>(tenants));
    }

    /** How a tenant's fix ended. */
    public enum Outcome {
        /** Applied, and the tenant read again matches the baseline (except what is left alone). */
        APPLIED,
        /** Nothing stays: rolled back, and the tenant read again is as before. */
        ROLLED_BACK,
        /** Part of the fix stays (see {@link Tenant#applied()}), or what stays is not known. */
        INCOMPLETE,
        /** Not run: the tenant changed since it was read, only held-back statements, or the canary or failure budget. */
        SKIPPED,
        /** The tenant could not be read or reached. */
        FAILED
    }

    /**
     * One tenant's outcome.
     *
     * @param outcome how it ended
     * @param reason  why, where there is a reason
     * @param applied the statements that ran and stay, in order
     */
    public record Tenant(Outcome outcome, Optional<String> reason, List<String> applied) {
        public Tenant {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            applied = List.copyOf(applied);
        }
    }

    /** How many tenants ended with each outcome. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            out.put(o, 0);
        }
        tenants.values().forEach(t -> out.merge(t.outcome(), 1, Integer::sum));
        return out;
    }

    /** The counts on one line, e.g. {@code Execution: 49 APPLIED, 1 ROLLED_BACK}. */
    String summary() {
        StringBuilder b = new StringBuilder("Execution:");
        String sep = " ";
        for (Map.Entry<Outcome, Integer> e : counts().entrySet()) {
            if (e.getValue() > 0) {
                b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                sep = ", ";
            }
        }
        if (tenants.isEmpty()) {
            b.append(" nothing to run");
        }
        stoppedBy.ifPresent(s -> b.append(" (stopped: ").append(s).append(')'));
        return b.toString();
    }

    /** The section of the text and Markdown reports: the counts, then one line per tenant that did not apply. */
    String section(boolean markdown) {
        StringBuilder b = new StringBuilder();
        b.append(markdown ? "\n## " + Markdown.text(summary()) : "\n" + summary()).append('\n');
        tenants.forEach((name, t) -> {
            b.append(markdown ? "- " + Markdown.text(name) : "  " + name).append(": ").append(t.outcome());
            t.reason().ifPresent(r -> b.append(" (").append(markdown ? Markdown.text(r) : oneLine(r)).append(')'));
            b.append('\n');
        });
        return b.toString();
    }

    /** A reason on one line: a server's multi-line message must not break the report's one line per tenant. */
    static String oneLine(String reason) {
        return reason.replaceAll("\\s*\\R\\s*", " ");
    }
}
