package dev.drift.apply;

import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import java.util.List;

/** The one place where a planned {@link FixScript} (drift-report) becomes the runner's {@link ApplyStep}s. */
final class FixScriptSteps {
    private FixScriptSteps() {
    }

    static List<ApplyStep> of(FixScript script) {
        return script.statements().stream().map(FixScriptSteps::step).toList();
    }

    static ApplyStep step(FixStatement statement) {
        // The commit points go along: the runner starts a new transaction where the script commits.
        return new ApplyStep(statement.sql(), statement.transactional(), statement.subject().toString(),
                statement.commitBefore());
    }
}
