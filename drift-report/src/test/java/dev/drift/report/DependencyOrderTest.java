package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topological order of statements, without a server. */
class DependencyOrderTest {

    private static final ObjectKey A = ObjectKey.view("public", "a");
    private static final ObjectKey B = ObjectKey.view("public", "b");
    private static final ObjectKey C = ObjectKey.view("public", "c");
    private static final ObjectKey F = ObjectKey.routine("public", "z_f", List.of());
    private static final ObjectKey T = ObjectKey.table("public", "t");

    private static FixStatement statement(Phase phase, ObjectKey subject) {
        return new FixStatement(phase, subject, phase + " " + subject.displayName(), true, List.of());
    }

    private static Catalog withDependencies(Dependency... dependencies) {
        return new Catalog("x", 0, List.of(TableDef.of("public", "t"), ColumnDef.of("public", "t", "c", 1, "text")),
                List.of(dependencies));
    }

    @Test
    void createsWhatIsUsedFirstWhateverTheNames() {
        Catalog reference = withDependencies(Dependency.on(A, B), Dependency.on(B, C));
        List<FixStatement> sorted = sort(List.of(statement(Phase.VIEWS, A), statement(Phase.VIEWS, B),
                statement(Phase.VIEWS, C)), reference, Catalog.of());
        assertThat(sorted).extracting(FixStatement::subject).containsExactly(C, B, A);
    }

    @Test
    void dropsWhatUsesFirst() {
        Catalog target = withDependencies(Dependency.on(C, B), Dependency.on(B, A));
        List<FixStatement> sorted = sort(List.of(statement(Phase.DROP_VIEWS, A),
                statement(Phase.DROP_VIEWS, B), statement(Phase.DROP_VIEWS, C)), Catalog.of(), target);
        assertThat(sorted).extracting(FixStatement::subject).containsExactly(C, B, A);
    }

    @Test
    void aDependencyPullsAStatementAheadOfItsPhase() {
        // A table whose column default calls a routine, and the routine's body reads another table.
        ObjectKey other = ObjectKey.table("public", "a_other");
        Catalog reference = withDependencies(Dependency.on(ObjectKey.column("public", "t", "c"), F),
                new Dependency(F, other, false));
        List<FixStatement> sorted = sort(List.of(statement(Phase.TABLES, T), statement(Phase.TABLES, other),
                statement(Phase.ROUTINES, F)), reference, Catalog.of());
        assertThat(sorted).extracting(FixStatement::subject).containsExactly(other, F, T);
    }

    @Test
    void withoutDependenciesThePhaseOrderHolds() {
        List<FixStatement> sorted = sort(List.of(statement(Phase.VIEWS, A), statement(Phase.DROP_VIEWS, B),
                statement(Phase.TABLES, T)), Catalog.of(), Catalog.of());
        assertThat(sorted).extracting(FixStatement::phase).containsExactly(Phase.DROP_VIEWS, Phase.TABLES, Phase.VIEWS);
    }

    @Test
    void aCycleIsBrokenInPhaseOrder() {
        Catalog reference = withDependencies(Dependency.on(A, B), Dependency.on(B, A));
        List<FixStatement> sorted = sort(List.of(statement(Phase.VIEWS, B), statement(Phase.VIEWS, A)),
                reference, Catalog.of());
        assertThat(sorted).extracting(FixStatement::subject).containsExactly(A, B);
    }

    private static List<FixStatement> sort(List<FixStatement> statements, Catalog reference, Catalog target) {
        return DependencyOrder.sort(statements, reference, target, DependencyIndex.perPlan());
    }
}
