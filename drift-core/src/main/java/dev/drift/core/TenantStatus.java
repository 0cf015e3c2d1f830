package dev.drift.core;

/** Where a tenant stands against its reference. */
public enum TenantStatus {
    /** No difference. */
    IN_SYNC,
    /** Only lacks objects the reference has: the fix only adds. */
    BEHIND,
    /** Only has objects the reference lacks. */
    AHEAD,
    /** Lacks some, has extra or changed others: a baseline must say which side is right. */
    DIVERGED,
    /** Could not be read. */
    FAILED
}
