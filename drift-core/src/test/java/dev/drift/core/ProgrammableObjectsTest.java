package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Views, routines and triggers in the model and the Differ; dependencies in the Catalog. */
class ProgrammableObjectsTest {

    private static final ObjectKey VIEW = ObjectKey.view("public", "v");
    private static final ViewDef V = ViewDef.of(VIEW, List.of("id integer"), "SELECT id FROM public.t");
    private static final TriggerDef TRIGGER = new TriggerDef(ObjectKey.trigger("public", "v", "v_ins"),
            "CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.f()",
            TriggerDef.Enabled.ORIGIN);
    private static final RoutineDef F = RoutineDef.function(ObjectKey.routine("public", "f", List.of()), "", "trigger",
            "plpgsql", "BEGIN RETURN NEW; END");

    @Test
    void routinesAreToldApartByArgumentTypes() {
        ObjectKey one = ObjectKey.routine("public", "f", List.of("integer"));
        ObjectKey two = ObjectKey.routine("public", "f", List.of("integer", "text"));
        assertThat(one).isNotEqualTo(two);
        assertThat(two.displayName()).isEqualTo("public.f(integer, text)");
        assertThat(F.key().displayName()).isEqualTo("public.f()");
    }

    @Test
    void aViewMissingAsAWholeBringsItsTriggers() {
        SchemaDiff diff = Differ.compare(Catalog.of(V, TRIGGER, F), Catalog.of(F));
        assertThat(diff.changes()).extracting(Change::key).containsExactly(VIEW);
    }

    @Test
    void propertiesOfAViewAreCompared() {
        ViewDef barrier = new ViewDef(VIEW, V.columns(), V.definition(), Optional.of("local"), true, false);
        SchemaDiff diff = Differ.compare(Catalog.of(barrier), Catalog.of(V));
        Change.Changed changed = (Change.Changed) diff.changes().get(0);
        assertThat(changed.properties()).extracting(PropertyChange::name).containsExactly("checkOption", "securityBarrier");
    }

    @Test
    void dependenciesAreKeptSortedButAreNotDrift() {
        Dependency uses = Dependency.on(TRIGGER.key(), F.key());
        Catalog with = new Catalog("a", 0, List.of(V, TRIGGER, F), List.of(uses));
        Catalog without = new Catalog("a", 0, List.of(V, TRIGGER, F));
        assertThat(with.dependencies()).containsExactly(uses);
        assertThat(without.dependencies()).isEmpty();
        assertThat(with.dependentsOf(F.key())).containsExactly(uses);
        assertThat(Differ.compare(with, without).isEmpty()).isTrue();
        assertThat(with.fingerprint()).isEqualTo(without.fingerprint());
        assertThat(with).isEqualTo(without);
        assertThat(without.withDependencies(List.of(uses)).dependencies()).containsExactly(uses);
    }

    @Test
    void anObjectCannotDependOnItself() {
        assertThatThrownBy(() -> Dependency.on(VIEW, VIEW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProcedureHasNoResult() {
        assertThatThrownBy(() -> new RoutineDef(ObjectKey.routine("public", "p", List.of()), RoutineDef.Kind.PROCEDURE, "",
                Optional.of("integer"), "sql", RoutineDef.Volatility.VOLATILE, false, false, false,
                RoutineDef.Parallel.UNSAFE, 100, 0, Optional.empty(), List.of(), "", false, Optional.empty()))
                .hasMessageContaining("public.p()");
    }
}
