package dev.drift.assertj;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.report.Snapshots;
import java.nio.file.Path;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Catalog}. The actual catalog is the target: the one that should match, and the
 * one a failure's fix script is written for.
 */
public final class CatalogAssert extends AbstractAssert<CatalogAssert, Catalog> {

    private static final int SHORTEST_FINGERPRINT_PREFIX = 12;

    private DiffOptions options = DiffOptions.DEFAULTS;

    CatalogAssert(Catalog actual) {
        super(actual, CatalogAssert.class);
    }

    /** Compares with these options in the assertions that follow (e.g. only some schemas). */
    public CatalogAssert usingDiffOptions(DiffOptions diffOptions) {
        this.options = Objects.requireNonNull(diffOptions, "diffOptions");
        return myself;
    }

    /**
     * Verifies that the actual catalog has no drift from the reference: nothing missing, nothing
     * unexpected, nothing changed. On failure the message lists the differences and the SQL that brings
     * the actual catalog's database in line.
     */
    public CatalogAssert isInSyncWith(Catalog reference) {
        isNotNull();
        Objects.requireNonNull(reference, "the reference catalog must not be null");
        SchemaDiff diff = Differ.compare(reference, actual, options);
        if (!diff.isEmpty()) {
            failWithMessage("%s", "Expecting " + actual.database() + " to be in sync with " + reference.database()
                    + ", but it is " + diff.status() + " (" + DriftMessages.count(diff) + "):\n"
                    + DriftMessages.differencesAndFix(diff));
        }
        return myself;
    }

    /**
     * Verifies that the actual catalog has no drift from a baseline snapshot file (written by
     * {@code drift snapshot --output} or {@link Snapshots#write}).
     *
     * @throws dev.drift.core.DriftException if the file cannot be read as a snapshot
     */
    public CatalogAssert hasNoDriftFrom(Path baselineFile) {
        isNotNull();
        Catalog baseline = Snapshots.read(baselineFile);
        SchemaDiff diff = Differ.compare(baseline, actual, options);
        if (!diff.isEmpty()) {
            failWithMessage("%s", "Expecting " + actual.database() + " to have no drift from the baseline "
                    + baselineFile + ", but it is " + diff.status() + " (" + DriftMessages.count(diff) + "):\n"
                    + DriftMessages.differencesAndFix(diff));
        }
        return myself;
    }

    /**
     * Verifies the catalog's fingerprint: the whole SHA-256 in hex, or a prefix of at least 12 characters
     * (as {@code drift snapshot} prints it).
     */
    public CatalogAssert hasFingerprint(String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "the expected fingerprint must not be null");
        if (expected.length() < SHORTEST_FINGERPRINT_PREFIX) {
            throw new IllegalArgumentException("a fingerprint prefix needs at least " + SHORTEST_FINGERPRINT_PREFIX
                    + " characters but '" + expected + "' has " + expected.length());
        }
        if (!actual.fingerprint().startsWith(expected.toLowerCase(java.util.Locale.ROOT))) {
            failWithMessage("Expecting %s to have fingerprint%n  %s%nbut it has%n  %s%n(%s objects)",
                    actual.database(), expected, actual.fingerprint(), actual.size());
        }
        return myself;
    }

    /** Verifies that both catalogs hold the same schema, by fingerprint (their names do not count). */
    public CatalogAssert hasSameFingerprintAs(Catalog other) {
        isNotNull();
        Objects.requireNonNull(other, "the other catalog must not be null");
        if (!actual.fingerprint().equals(other.fingerprint())) {
            SchemaDiff diff = Differ.compare(other, actual, DiffOptions.DEFAULTS.withColumnOrder(true));
            failWithMessage("%s", "Expecting " + actual.database() + " to have the fingerprint of " + other.database()
                    + " (" + other.fingerprint() + ") but it has " + actual.fingerprint() + ":\n"
                    + DriftMessages.differences(diff));
        }
        return myself;
    }
}
