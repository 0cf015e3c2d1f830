package dev.drift.assertj;

import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.TenantStatus;
import dev.drift.report.FleetReport;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a fleet: every tenant measured against the fleet's baseline. */
public final class FleetReportAssert extends AbstractAssert<FleetReportAssert, FleetReport> {

    FleetReportAssert(FleetReport actual) {
        super(actual, FleetReportAssert.class);
    }

    /**
     * Verifies that every tenant was read and matches the baseline. On failure the message is the fleet
     * report: the schemas, each tenant that differs, what differs and the SQL that fixes it.
     */
    public FleetReportAssert allTenantsInSync() {
        isNotNull();
        if (!actual.fleet().allInSync()) {
            failWithMessage("%s", "Expecting every tenant to be in sync with the baseline, but the fleet has "
                    + actual.fleet().summary() + ":\n" + actual.text());
        }
        return myself;
    }

    /** Verifies where one tenant stands. */
    public FleetReportAssert hasTenant(String tenant, TenantStatus expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        Optional<TenantOutcome> outcome = actual.fleet().tenant(tenant);
        if (outcome.isEmpty()) {
            failWithMessage("Expecting the fleet to have tenant %s, but it has %s", tenant,
                    actual.fleet().tenants().stream().map(TenantOutcome::tenant).toList());
        } else if (outcome.get().status() != expected) {
            failWithMessage("%s", "Expecting tenant " + tenant + " to be " + expected + " but it is "
                    + outcome.get().status() + ":\n" + actual.text());
        }
        return myself;
    }
}
