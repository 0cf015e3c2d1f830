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

    /** A failure to connect to this URL: says where, and for a password problem, where the password came from. */
    static DriftException connect(DatabaseUrl url, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("no password was provided")) {
            String where = url.display();
            return new DriftException(where, e.getSQLState(), "cannot connect to " + where + " as " + url.user().orElse("")
                    + ": the server asks for a password and none was given (" + url.passwordSource() + "): set"
                    + " PGPASSWORD, add a line host:port:database:user:password to ~/.pgpass (or the file PGPASSFILE"
                    + " names), or put it in the URL (postgresql://user:***@host/database, *** being the password)", e);
        }
        DriftException failure = connect(url.display(), e, " (password from " + url.passwordSource() + ")");
        return new DriftException(url.display(), e.getSQLState(), url.redact(failure.getMessage()), e);
    }

    static DriftException connect(String where, SQLException e) {
        return connect(where, e, "");
    }

    private static DriftException connect(String where, SQLException e, String passwordNote) {
        String state = e.getSQLState();
        String reason;
        Throwable cause = rootCause(e);
        if ("28P01".equals(state) || "28000".equals(state)) {
            reason = "authentication failed (" + firstLine(e.getMessage()) + ")" + ("28P01".equals(state) ? passwordNote : "");
        } else if ("3D000".equals(state)) {
            reason = "no such database (" + firstLine(e.getMessage()) + ")";
        } else if (cause instanceof UnknownHostException) {
            reason = "unknown host " + cause.getMessage();
        } else if (cause instanceof ConnectException) {
            reason = cause.getMessage() != null && cause.getMessage().contains("socket")
                    ? firstLine(cause.getMessage())
                    : "connection refused: is PostgreSQL running there and accepting TCP connections?";
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
