package dev.drift.jdbc.session;

import dev.drift.core.DriftException;
import java.sql.SQLException;

/**
 * How a failed statement of a Drift session reads: one line a person can act on. The reader's sessions and
 * drift-apply's word their failures alike.
 */
public final class QueryFailures {
    private QueryFailures() {
    }

    /** {@code what} failed on {@code where}: the reason, and the SQLSTATE when there is one. */
    public static DriftException query(String where, String what, SQLException e) {
        String state = e.getSQLState();
        String reason;
        if ("57014".equals(state)) {
            reason = "the statement timeout ran out";
        } else if ("55P03".equals(state)) {
            reason = "the lock timeout ran out";
        } else if ("42501".equals(state)) {
            reason = "permission denied (" + firstLine(e.getMessage()) + ")";
        } else {
            reason = firstLine(e.getMessage());
        }
        return new DriftException(where, state, what + " failed on " + where + ": " + reason
                + (state == null ? "" : " [SQLSTATE " + state + "]"), e);
    }

    /** The first line of a driver message (the server's detail and hint follow on other lines). */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message.trim() : message.substring(0, nl).trim();
    }
}
