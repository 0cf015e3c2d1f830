package dev.drift.bench;

/**
 * A tenant of a generated fleet: its own database (schema {@code public}), or a schema of a shared
 * database.
 */
record Tenant(String name, String database, String schema) {
}
