package dev.drift.core;

import java.util.Optional;

/**
 * A failure Drift reports to its caller. Keeps the context a person needs to act: which tenant,
 * and the server's SQLSTATE where there is one. Messages never contain passwords: whatever message a
 * caller builds passes through {@link Secrets#redact(String)}.
 */
public class DriftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String tenant;
    private final String sqlState;

    public DriftException(String message) {
        this(null, null, message, null);
    }

    public DriftException(String tenant, String sqlState, String message, Throwable cause) {
        super(Secrets.redact(message), cause);
        this.tenant = tenant;
        this.sqlState = sqlState;
    }

    /** The tenant the failure concerns, when it concerns one. */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** The SQLSTATE the server or driver gave, when there is one. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
