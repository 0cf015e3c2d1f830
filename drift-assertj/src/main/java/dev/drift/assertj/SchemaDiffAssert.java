package dev.drift.assertj;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TenantStatus;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link SchemaDiff}: what a target lacks, has in excess, or has otherwise. */
public final class SchemaDiffAssert extends AbstractAssert<SchemaDiffAssert, SchemaDiff> {

    SchemaDiffAssert(SchemaDiff actual) {
        super(actual, SchemaDiffAssert.class);
    }

    /** Verifies that the diff has no changes; on failure the message holds the changes and the fix SQL. */
    public SchemaDiffAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("%s", "Expecting no drift of " + actual.target().database() + " from "
                    + actual.reference().database() + ", but found " + DriftMessages.count(actual) + ":\n"
                    + DriftMessages.differencesAndFix(actual));
        }
        return myself;
    }

    /** Verifies that the diff has changes. */
    public SchemaDiffAssert isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("Expecting drift of %s from %s, but there is none", actual.target().database(),
                    actual.reference().database());
        }
        return myself;
    }

    /**
     * Verifies that the object is in the reference and not in the target. A column, constraint or index
     * of a table that is missing as a whole counts as missing (the diff lists only the table).
     */
    public SchemaDiffAssert hasMissing(ObjectKey key) {
        return hasChange(Change.Missing.class, key, "missing");
    }

    /** Verifies that the object is in the target only (or belongs to a table that is). */
    public SchemaDiffAssert hasUnexpected(ObjectKey key) {
        return hasChange(Change.Unexpected.class, key, "unexpected");
    }

    /**
     * Verifies that the object is on both sides with this property different (a nested property counts
     * for its parent: {@code identity} matches {@code identity.options.start}).
     */
    public SchemaDiffAssert hasChanged(ObjectKey key, String property) {
        isNotNull();
        Objects.requireNonNull(property, "property");
        Optional<Change.Changed> changed = find(Change.Changed.class, key);
        if (changed.isEmpty()) {
            failWithMessage("%s", "Expecting " + key + " to be changed (" + property + ") in " + target()
                    + ", but it is not; the diff has:\n" + DriftMessages.differences(actual));
        } else if (!changed.get().changes(property)) {
            failWithMessage("%s", "Expecting " + key + " to differ in " + property + ", but only "
                    + changed.get().properties().stream().map(p -> p.name()).toList() + " differ:\n"
                    + DriftMessages.differences(actual));
        }
        return myself;
    }

    /** Verifies where the target stands against the reference. */
    public SchemaDiffAssert hasStatus(TenantStatus expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        if (actual.status() != expected) {
            failWithMessage("%s", "Expecting " + target() + " to be " + expected + " but it is " + actual.status()
                    + ":\n" + DriftMessages.differences(actual));
        }
        return myself;
    }

    private SchemaDiffAssert hasChange(Class<? extends Change> type, ObjectKey key, String word) {
        isNotNull();
        Objects.requireNonNull(key, "key");
        Catalog side = type == Change.Missing.class ? actual.reference() : actual.target();
        boolean withItsTable = side.find(key).isPresent() && key.table().flatMap(t -> find(type, t)).isPresent();
        if (find(type, key).isEmpty() && !withItsTable) {
            failWithMessage("%s", "Expecting " + word + " " + key + " in " + target() + ", but the diff has:\n"
                    + DriftMessages.differences(actual));
        }
        return myself;
    }

    private <T extends Change> Optional<T> find(Class<T> type, ObjectKey key) {
        return actual.changes(type).stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private String target() {
        return "the diff of " + actual.target().database() + " from " + actual.reference().database();
    }
}
