package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TerminalText;
import dev.drift.jdbc.ApplyCheck;
import dev.drift.jdbc.ApplyPlan;
import dev.drift.jdbc.ApplyResult;
import dev.drift.jdbc.ApplyStep;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.jdbc.ScriptRunner;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drift apply}: plans the fix for a target (or reads a saved script) and, with {@code --execute},
 * applies it in one transaction that is verified before it commits (in consecutive transactions where the
 * script commits part-way, verified at the end). A dry run by default.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Applies the fix to a target: a dry run by default; --execute applies it in one verified"
                + " transaction.",
                "Plans the fix now (--reference) or reads a saved one (--script, written by 'drift diff --format sql')"
                + " and shows it; with --execute applies it. The statements run"
                + " in one transaction with a lock and a statement timeout; the target is read again inside it and"
                + " compared with the reference before COMMIT; any failure rolls everything back. A script planned"
                + " against a catalog that has changed since is refused.",
                "Where the script itself commits part-way (a new enum value used later, --concurrently,"
                + " --validate-separately, or a saved script's own COMMITs), the statements run in consecutive"
                + " transactions, and statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY) run"
                + " on their own after the commit before them; the check runs at the end. If a later part fails,"
                + " the parts committed before stay and the output says which (INCOMPLETE).",
                "Exit code: 0 nothing to do, or applied and verified; 1 dry run with statements to run; 2 error"
                + " (nothing applied, unless the output says otherwise)."})
final class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "<url>", description = "The database to fix.")
    String target;

    @Option(names = "--reference", paramLabel = "<url|file>",
            description = "What is right, a database or a snapshot file (drift snapshot --output): plan the fix now"
                    + " (with --script: verify against it).")
    String reference;

    @Option(names = "--script", paramLabel = "<file>",
            description = "A saved fix script (drift diff --format sql), applied only if the target is unchanged since.")
    Path script;

    @Option(names = "--execute", description = "Apply. Without it, only show what would run (dry run).")
    boolean execute;

    @Option(names = "--allow-destructive",
            description = "Plan drops and narrowing type changes too (otherwise they are held back and only reported).")
    boolean allowDestructive;

    @Option(names = "--column-order", description = "Count columns in a different position as drift.")
    boolean columnOrder;

    @Option(names = "--apply-lock-timeout", paramLabel = "<seconds>", defaultValue = "5",
            description = "Longest a fix statement may wait for a lock before all is rolled back (default: ${DEFAULT-VALUE} s).")
    int applyLockTimeoutSeconds;

    @Option(names = "--apply-statement-timeout", paramLabel = "<seconds>", defaultValue = "60",
            description = "Longest a fix statement may run before all is rolled back (default: ${DEFAULT-VALUE} s).")
    int applyStatementTimeoutSeconds;

    @Mixin
    OnlineOptions online;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        // Everything apply prints is text for a person at a terminal: names read from the target are shown escaped.
        out = TerminalText.printWriter(spec.commandLine().getOut());
        if (reference == null && script == null) {
            throw new IllegalArgumentException("say what to apply: --reference <url> (plan now) or --script <file>");
        }
        DatabaseUrl targetUrl = ConnectionOptions.url(target);
        Optional<CatalogSource.Location> referenceLocation = Optional.ofNullable(reference)
                .map(r -> CatalogSource.locate(r, "--reference"));
        Optional<ScriptFile> saved = script == null ? Optional.empty() : Optional.of(readScript(script));
        PostgresCatalogReader reader = connection.reader();

        Optional<Catalog> referenceCatalog = referenceLocation.map(l -> l.load(reader).catalog());
        Catalog targetCatalog = reader.read(targetUrl);
        DiffOptions diffOptions = DiffOptions.DEFAULTS.withColumnOrder(columnOrder)
                .withSchemas(new TreeSet<>(connection.schemas));
        PlanOptions planOptions = online.applyTo(PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive));
        Optional<SchemaDiff> diff = referenceCatalog.map(r -> Differ.compare(r, targetCatalog, diffOptions));
        Optional<FixScript> planned = diff.map(d -> FixPlanner.plan(d, planOptions));

        List<ApplyStep> steps = saved.map(ScriptFile::steps).orElseGet(() -> FixScriptSteps.of(planned.orElseThrow()));
        String expectedFingerprint = saved.isPresent() ? saved.get().targetFingerprint().orElseThrow(() ->
                new IllegalArgumentException(script + " has no '" + dev.drift.report.FixScript.FINGERPRINT_HEADER.strip()
                        + "' header, so it cannot be checked against the target: write it with drift diff --format sql"))
                : targetCatalog.fingerprint();
        ApplyCheck check = diff.isPresent()
                ? new PlanCheck(diff.get(), diffOptions, planOptions, planned.get())
                : (catalog, pending) -> List.of();

        String where = targetUrl.display();
        out.println((execute ? "APPLYING to " : "DRY RUN for ") + where + (execute ? ""
                : " (nothing is changed; --execute applies)"));
        out.println(saved.isPresent() ? "Script: " + script + " (planned against target fingerprint "
                + abbreviated(expectedFingerprint) + ")" : "Plan: make " + targetCatalog.database() + " match "
                + referenceCatalog.get().database());
        if (!expectedFingerprint.equals(targetCatalog.fingerprint())) {
            return stale(where, expectedFingerprint, targetCatalog.fingerprint());
        }
        if (!execute) {
            return dryRun(steps, planned, saved.isEmpty());
        }
        if (steps.isEmpty()) {
            printLeftAlone(planned);
            out.println("NOTHING TO DO: " + where + " already matches" + (leavesSomething(planned)
                    ? ", except what is left alone above" : ""));
            out.flush();
            return Main.NO_DRIFT;
        }
        ScriptRunner runner = ScriptRunner.builder()
                .lockTimeout(ConnectionOptions.seconds(applyLockTimeoutSeconds, "--apply-lock-timeout"))
                .statementTimeout(ConnectionOptions.seconds(applyStatementTimeoutSeconds, "--apply-statement-timeout"))
                .connectTimeout(ConnectionOptions.seconds(connection.connectTimeoutSeconds, "--connect-timeout"))
                .reader(reader)
                .build();
        ApplyResult result = runner.apply(targetUrl, new ApplyPlan(steps, Optional.of(expectedFingerprint), check));
        return report(result, steps, planned, saved.isEmpty());
    }

    private static ScriptFile readScript(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such script file: " + file);
        }
        return ScriptFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private int stale(String where, String planned, String now) {
        out.flush();
        spec.commandLine().getErr().println("drift: " + Main.oneLine("refused: the catalog of " + where
                + " has changed since " + script + " was planned (planned against fingerprint " + planned + ", now "
                + now + "); nothing was run: plan again (and read the same schemas: pass the --schema options the"
                + " script was written with)"));
        return Main.ERROR;
    }

    /** @param fromPlan whether the steps are the plan's statements (whose hazards can then be shown) */
    private int dryRun(List<ApplyStep> steps, Optional<FixScript> planned, boolean fromPlan) {
        if (steps.isEmpty()) {
            printLeftAlone(planned);
            out.println("DRY RUN: nothing to do; nothing was changed.");
            out.flush();
            return Main.NO_DRIFT;
        }
        out.println("Statements (" + steps.size() + "), in the order they would run:");
        List<ApplyStep> ordered = runOrder(steps);
        for (int i = 0; i < ordered.size(); i++) {
            ApplyStep step = ordered.get(i);
            out.println(String.format("  %2d. %s%s", i + 1, step.oneLine(), step.oneLine().endsWith(";") ? "" : ";"));
            if (!step.transactional()) {
                out.println("      (cannot run in a transaction: runs on its own after the COMMIT)");
            } else if (step.commitBefore() && i > 0) {
                out.println("      (after a COMMIT: starts a new transaction; what ran before it stays if it fails)");
            }
            int index = steps.indexOf(step);
            planned.filter(p -> fromPlan).ifPresent(p -> p.statements().get(index).hazards()
                    .forEach(h -> out.println("      " + h.describe())));
        }
        printLeftAlone(planned);
        out.println("DRY RUN: " + steps.size() + " statement(s) would run; nothing was changed. Add --execute to apply.");
        out.flush();
        return Main.DRIFT;
    }

    /** The order the runner uses: segment by segment, a transaction's statements, then the others. */
    private static List<ApplyStep> runOrder(List<ApplyStep> steps) {
        return new ApplyPlan(steps, Optional.empty(), (catalog, pending) -> List.of()).runOrder();
    }

    private static boolean leavesSomething(Optional<FixScript> planned) {
        return planned.filter(p -> !p.heldBack().isEmpty() || !p.unsupported().isEmpty()).isPresent();
    }

    private void printLeftAlone(Optional<FixScript> planned) {
        planned.ifPresent(p -> {
            if (!p.heldBack().isEmpty()) {
                boolean privileged = p.heldBack().stream().anyMatch(s -> s.hazards().stream().anyMatch(h -> h.kind().needsTrust()));
                out.println(privileged ? "Held back (destructive, or creating a SECURITY DEFINER routine whose owner the"
                        + " reference does not give; not run): " + p.heldBack().size()
                        : "Held back (destructive, not run; --allow-destructive includes them): " + p.heldBack().size());
                for (FixStatement s : p.heldBack()) {
                    out.println("  - " + Main.oneLine(s.toSql()));
                    s.hazards().forEach(h -> out.println("      " + h.describe()));
                }
            }
            if (!p.unsupported().isEmpty()) {
                out.println("Not fixable by a statement (left alone): " + p.unsupported().size());
                p.unsupported().forEach(u -> out.println("  - " + Main.oneLine(u)));
            }
        });
    }

    /** @param fromPlan whether the steps are the plan's statements (whose hazards are then shown) */
    private int report(ApplyResult result, List<ApplyStep> steps, Optional<FixScript> planned, boolean fromPlan) {
        out.println("Statements:");
        int i = 0;
        for (ApplyResult.StepResult r : result.steps()) {
            i++;
            String sql = r.step().oneLine();
            out.println(String.format("  %2d. %-12s %s%s", i, label(r.status()), sql, sql.endsWith(";") ? "" : ";"));
            int index = steps.indexOf(r.step());
            planned.filter(p -> fromPlan && index >= 0).ifPresent(p -> p.statements().get(index).hazards()
                    .forEach(h -> out.println("      " + h.describe())));
            r.error().ifPresent(e -> out.println("      " + Main.oneLine(e)));
        }
        printLeftAlone(planned);
        boolean verified = planned.isPresent();
        if (!result.mismatches().isEmpty()) {
            out.println("Verification: FAILED, the target is not what the plan promised:");
            result.mismatches().forEach(m -> out.println("  - " + Main.oneLine(m)));
        } else if (result.outcome() == ApplyResult.Outcome.APPLIED) {
            out.println(verified ? "Verification: PASSED, " + result.target() + " matches the reference"
                    + (leavesSomething(planned) ? " except what was left alone above" : "")
                    : "Verification: not compared with a reference (pass --reference to compare); the target's"
                    + " fingerprint matched the script's before anything ran");
        } else if (result.outcome() == ApplyResult.Outcome.INCOMPLETE) {
            out.println("Verification: not completed, the run stopped part-way");
        } else {
            out.println("Verification: not reached");
        }
        int ran = (int) result.steps().stream().filter(r -> r.status() == ApplyResult.StepStatus.APPLIED).count();
        switch (result.outcome()) {
            case APPLIED -> out.println("APPLIED: " + ran + " statement(s) committed to " + result.target()
                    + (verified ? " and verified." : "."));
            case NOTHING_TO_DO -> out.println("NOTHING TO DO: " + result.target());
            case STALE -> out.println("NOT APPLIED: nothing ran; " + result.target() + " is unchanged.");
            case ROLLED_BACK -> out.println(result.steps().stream().allMatch(r -> r.status() == ApplyResult.StepStatus.NOT_RUN)
                    ? "NOT APPLIED: no statement ran; " + result.target() + " is unchanged."
                    : "NOT APPLIED: the transaction was rolled back, and the catalog of " + result.target()
                    + ", read again, is as before.");
            case INCOMPLETE -> out.println("INCOMPLETE: the statements marked applied were committed and stay, the"
                    + " rest not; see above.");
            case UNKNOWN -> out.println("UNKNOWN: what " + result.target() + " now holds is not known (see the reason"
                    + " below): read it again (drift diff) and check its data before doing anything else.");
        }
        out.flush();
        result.error().ifPresent(e -> spec.commandLine().getErr().println("drift: " + Main.oneLine(e)));
        return result.succeeded() ? Main.NO_DRIFT : Main.ERROR;
    }

    private static String label(ApplyResult.StepStatus status) {
        return switch (status) {
            case APPLIED -> "applied";
            case ROLLED_BACK -> "rolled back";
            case FAILED -> "FAILED";
            case NOT_RUN -> "not run";
            case UNKNOWN -> "unknown";
        };
    }

    private static String abbreviated(String fingerprint) {
        return fingerprint.length() <= 16 ? fingerprint : fingerprint.substring(0, 16) + "...";
    }
}
