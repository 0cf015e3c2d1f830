package dev.drift.jdbc;

import dev.drift.core.DriftException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns driver exceptions into one-line messages a person can act on. */
final class Failures {
    private Failures() {
    }

    static DriftException connect(String where, SQLException e) {
        String state = e.getSQLState();
        String reason;
        Throwable cause = rootCause(e);
        if ("28P01".equals(state) || "28000".equals(state)) {
            reason = "authentication failed (" + firstLine(e.getMessage()) + ")";
        } else if ("3D000".equals(state)) {
            reason = "no such database (" + firstLine(e.getMessage()) + ")";
        } else if (cause instanceof UnknownHostException) {
            reason = "unknown host " + cause.getMessage();
        } else if (cause instanceof ConnectException) {
            reason = "connection refused: is PostgreSQL running there and accepting TCP connections?";
        } else if (cause instanceof SocketTimeoutException) {
            reason = "timed out connecting";
        } else {
            reason = firstLine(e.getMessage());
        }
        return new DriftException(where, state, "cannot connect to " + where + ": " + reason + sqlState(state), e);
    }

    static DriftException query(String where, String what, SQLException e) {
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
        return new DriftException(where, state, what + " failed on " + where + ": " + reason + sqlState(state), e);
    }

    private static String sqlState(String state) {
        return state == null ? "" : " [SQLSTATE " + state + "]";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message.trim() : message.substring(0, nl).trim();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
