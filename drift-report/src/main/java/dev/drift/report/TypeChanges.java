package dev.drift.report;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a column type change that keeps every value (widening) from one that may lose or alter data.
 * Anything not known to be widening counts as lossy: a wrong "safe" could lose data, a wrong "lossy"
 * only asks the user to confirm.
 */
final class TypeChanges {

    /** Whether the change rewrites the table (it does unless the storage stays binary-compatible). */
    record Verdict(boolean lossless, boolean rewrites) {
    }

    private static final Pattern MODIFIED = Pattern.compile("^([a-z ]+)\\((\\d+)(?:,(\\d+))?\\)(.*)$");
    private static final Map<String, Integer> INTEGER_RANK = Map.of("smallint", 1, "integer", 2, "bigint", 3);

    private TypeChanges() {
    }

    static Verdict classify(String from, String to) {
        if (from.equals(to)) {
            return new Verdict(true, false);
        }
        Integer fromInt = INTEGER_RANK.get(from);
        Integer toInt = INTEGER_RANK.get(to);
        if (fromInt != null && toInt != null) {
            return new Verdict(toInt > fromInt, true);
        }
        if ((from.equals("real") && to.equals("double precision"))) {
            return new Verdict(true, true);
        }
        if (fromInt != null && to.equals("numeric")) {
            return new Verdict(true, true);
        }
        // varchar(n) -> varchar(m >= n) or text: no rewrite, no loss. varchar -> text likewise.
        if (isVarchar(from) && (to.equals("text") || to.equals("character varying"))) {
            return new Verdict(true, false);
        }
        Optional<int[]> f = modifiers(from, "character varying");
        Optional<int[]> t = modifiers(to, "character varying");
        if (f.isPresent() && t.isPresent()) {
            return new Verdict(t.get()[0] >= f.get()[0], false);
        }
        // numeric(p,s) -> numeric(p2,s) with p2 >= p: no rewrite; -> unconstrained numeric: no loss.
        Optional<int[]> fn = modifiers(from, "numeric");
        Optional<int[]> tn = modifiers(to, "numeric");
        if (fn.isPresent() && to.equals("numeric")) {
            return new Verdict(true, false);
        }
        if (fn.isPresent() && tn.isPresent()) {
            boolean sameScale = fn.get()[1] == tn.get()[1];
            boolean wider = tn.get()[0] - tn.get()[1] >= fn.get()[0] - fn.get()[1] && tn.get()[1] >= fn.get()[1];
            return new Verdict(wider, !sameScale || tn.get()[0] < fn.get()[0]);
        }
        if ((from.equals("timestamp without time zone") && to.equals("timestamp with time zone"))) {
            // Values are reinterpreted in the session time zone: not lossless in general.
            return new Verdict(false, true);
        }
        return new Verdict(false, true);
    }

    private static boolean isVarchar(String type) {
        return type.equals("character varying") || type.startsWith("character varying(");
    }

    /** The (precision, scale) or (length, 0) of a type such as {@code numeric(12,2)} with that base name. */
    private static Optional<int[]> modifiers(String type, String base) {
        Matcher m = MODIFIED.matcher(type);
        if (!m.matches() || !m.group(1).equals(base) || !m.group(4).isEmpty()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new int[] {first, second});
    }
}
