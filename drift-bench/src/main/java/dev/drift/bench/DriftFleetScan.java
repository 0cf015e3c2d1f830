package dev.drift.bench;

import dev.drift.core.Catalog;
import java.util.List;

/**
 * How the benchmark has Drift scan a fleet. This is the one seam for drift-jdbc's fleet API
 * ({@code FleetScanner}, branch h-fleet): at merge, an implementation over it replaces
 * {@link ReaderFleetScan} in {@link BenchMain#driftScan}; nothing else in the benchmark changes.
 */
interface DriftFleetScan {

    /**
     * Reads every tenant database, at most {@link #parallelism()} at a time, and groups the catalogs by
     * fingerprint as they arrive (fingerprints are computed on the scanning threads).
     */
    ShapeGroups scanDatabases(List<Tenant> tenants);

    /**
     * Reads the given schemas of one database in one pass of the bulk catalog queries, whatever the
     * number of schemas. (Splitting the rows per tenant schema is the fleet API's job; until it is
     * merged, the benchmark measures the one-pass read of the whole database.)
     */
    Catalog readSchemas(String database, List<String> schemas);

    /** How many connections the scan uses at most. */
    int parallelism();

    /** A short description for the results, e.g. {@code PostgresCatalogReader, 4 connections}. */
    String describe();
}
