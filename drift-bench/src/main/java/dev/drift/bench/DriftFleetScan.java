package dev.drift.bench;

import java.util.List;

/**
 * How the benchmark has Drift scan a fleet: the one seam between the benchmark and Drift's fleet API,
 * picked in {@link BenchMain#driftScan} ({@link LibraryFleetScan}: drift-jdbc's {@code FleetScanner}).
 */
interface DriftFleetScan {

    /**
     * Reads every tenant database, at most {@link #parallelism()} at a time, and groups the catalogs by
     * fingerprint as they arrive (fingerprints are computed on the scanning threads).
     */
    ShapeGroups scanDatabases(List<Tenant> tenants);

    /**
     * Scans again with the change tokens of the last such scan ({@code ScanCache}): reads the catalog only
     * of the tenants whose token changed. The first call reads every tenant and fills the cache.
     */
    ShapeGroups rescanDatabases(List<Tenant> tenants);

    /**
     * The same re-scan on connections kept open between scans (as a health check with the application's
     * pools, or a scanner that keeps its connections): an unchanged tenant costs its token query on a warm
     * server process. The first call connects to every tenant and fills its own cache.
     */
    ShapeGroups rescanKept(List<Tenant> tenants);

    /** Closes the connections {@link #rescanKept} keeps. */
    void closeKept();

    /**
     * Reads the given tenant schemas of one database in one pass of the bulk catalog queries, whatever
     * the number of schemas, splits the rows per tenant schema and groups the tenants by fingerprint.
     */
    ShapeGroups readSchemas(String database, List<String> schemas);

    /** How many connections the scan uses at most. */
    int parallelism();

    /** A short description for the results, e.g. {@code PostgresCatalogReader, 4 connections}. */
    String describe();
}
