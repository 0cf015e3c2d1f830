package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.DbObject;
import dev.drift.core.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of object has one planner, and every record of the model, sealed under {@link DbObject}, is
 * planned by the planner of its key's kind: a new kind or record fails here until its planner is listed in
 * {@link KindPlanners}.
 */
class KindPlannersTest {

    @Test
    void everyKindHasItsPlanner() {
        for (ObjectKind kind : ObjectKind.values()) {
            assertThat(KindPlanners.of(kind).kind()).as("the planner of %s", kind).isEqualTo(kind);
        }
        assertThat(KindPlanners.all()).hasSize(ObjectKind.values().length);
    }

    @Test
    void everyRecordOfTheModelIsPlannedByItsKindsPlanner() {
        List<Class<?>> records = ModelJson.recordsPermittedBy(DbObject.class);
        assertThat(records).isNotEmpty();
        List<String> unplanned = new ArrayList<>();
        for (Class<?> record : records) {
            List<DbObject> samples = ModelSamples.samplesOf(record);
            assertThat(samples).as("samples of %s", record.getSimpleName()).isNotEmpty();
            for (DbObject sample : samples) {
                KindPlanner<?> planner = KindPlanners.of(sample.key().kind());
                if (!planner.type().isInstance(sample)) {
                    unplanned.add(record.getSimpleName() + " of kind " + sample.key().kind() + " (its planner takes "
                            + planner.type().getSimpleName() + ")");
                }
            }
        }
        assertThat(unplanned).isEmpty();
    }
}
