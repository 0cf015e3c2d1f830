package dev.drift.cli;

import dev.drift.jdbc.ApplyStep;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import java.util.List;

/**
 * The one place where a planned {@link FixScript} (drift-report) becomes the runner's
 * {@link ApplyStep}s (drift-jdbc): drift-jdbc does not depend on drift-report, so the command that
 * knows both does the translation.
 */
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
