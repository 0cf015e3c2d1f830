package dev.drift.cli;

import dev.drift.apply.ApplyResult;
import dev.drift.apply.ApplyStep;
import dev.drift.apply.Fix;
import dev.drift.apply.FixApplier;
import dev.drift.apply.Proof;
import dev.drift.apply.FixOutcome;
import dev.drift.apply.PlannedFix;
import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.TerminalText;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixScript;
import dev.drift.report.FixStatement;
import dev.drift.report.PlanOptions;
import dev.drift.report.ProofVerdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            description = "A saved fix script (drift diff --format sql, drift fleet --out), applied only if the target is"
                    + " unchanged since. A tenant schema's script names its schema (-- drift:schema): that schema alone"
                    + " is read, and a --schema that names another is refused.")
    Path script;

    @Option(names = "--execute", description = "Apply. Without it, only show what would run (dry run).")
    boolean execute;

    @Option(names = "--prove", description = "Prove the fix on a scratch copy of the target first (also in a dry"
            + " run); --execute proves whenever it can. See docs/prove.md.")
    boolean prove;

    @Option(names = "--no-prove", description = "Do not prove: apply a fix even when a scratch copy would not"
            + " prove it (NOT PROVEN fixes are otherwise not applied).")
    boolean noProve;

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
    ScratchOptions scratch;

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
        Optional<String> savedText = script == null ? Optional.empty() : Optional.of(readScript(script));
        String scriptName = script == null ? "" : script.getFileName().toString();
        Optional<String> scriptSchema = savedText.flatMap(text -> new Fix.SavedScript(text, scriptName, Optional.empty(),
                DiffOptions.DEFAULTS, PlanOptions.DEFAULTS).schema());
        List<String> schemas = schemas(scriptSchema);
        PostgresCatalogReader reader = connection.reader(schemas);

        Optional<Catalog> referenceCatalog = referenceLocation.map(l -> l.load(reader).catalog());
        DiffOptions diffOptions = DiffOptions.DEFAULTS.withColumnOrder(columnOrder)
                .withSchemas(new TreeSet<>(schemas));
        PlanOptions planOptions = online.applyTo(PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive));
        Fix fix = savedText.<Fix>map(text -> new Fix.SavedScript(text, scriptName,
                referenceCatalog, diffOptions, planOptions))
                .orElseGet(() -> new Fix.PlanNow(referenceCatalog.orElseThrow(), diffOptions, planOptions));
        List<ProofVerdict> verdicts = new ArrayList<>();
        if (prove && noProve) {
            throw new IllegalArgumentException("--prove and --no-prove contradict each other: give one");
        }
        FixApplier applier = FixApplier.builder()
                .proof((prove || execute) && !noProve
                        ? scratch.proof(reader, diffOptions, planOptions, connection, verdicts::add) : Proof.NONE)
                .lockTimeout(ConnectionOptions.seconds(applyLockTimeoutSeconds, "--apply-lock-timeout"))
                .statementTimeout(ConnectionOptions.seconds(applyStatementTimeoutSeconds, "--apply-statement-timeout"))
                .connectTimeout(ConnectionOptions.seconds(connection.connectTimeoutSeconds, "--connect-timeout"))
                .reader(reader)
                .dryRun(!execute)
                .build();
        FixOutcome outcome = applier.apply(targetUrl, fix);
        PlannedFix planned = outcome.fix();

        String where = targetUrl.display();
        out.println((execute ? "APPLYING to " : "DRY RUN for ") + where + (execute ? ""
                : " (nothing is changed; --execute applies)"));
        verdicts.forEach(v -> out.println(v.line()));
        Catalog targetCatalog = planned.targetBefore().orElseThrow();
        out.println(savedText.isPresent() ? "Script: " + script + " (planned against target fingerprint "
                + abbreviated(planned.expectedFingerprint()) + scriptSchema.map(n -> " of schema "
                + FixScript.headerName(n)).orElse("") + ")"
                : "Plan: make " + targetCatalog.database() + " match " + referenceCatalog.get().database());
        boolean fromPlan = savedText.isEmpty();
        return switch (outcome.status()) {
            case STALE -> refused(outcome);
            case NOT_PROVEN -> refused(outcome);
            case DRY_RUN -> dryRun(planned, fromPlan);
            case NOTHING_TO_DO -> nothingToDo(planned);
            default -> report(outcome, fromPlan);
        };
    }

    private int nothingToDo(PlannedFix planned) {
        printLeftAlone(planned.plan());
        out.println(execute ? "NOTHING TO DO: " + planned.target() + " already matches" + (planned.leavesSomething()
                ? ", except what is left alone above" : "") : "DRY RUN: nothing to do; nothing was changed.");
        out.flush();
        return Main.NO_DRIFT;
    }

    /**
     * The schemas to read: the script's own, when its {@code -- drift:schema} header names one (its fingerprint is of
     * that schema alone), which {@code --schema} may repeat but not contradict; otherwise the {@code --schema}s given.
     */
    private List<String> schemas(Optional<String> scriptSchema) {
        if (scriptSchema.isEmpty()) {
            return connection.schemas;
        }
        String own = scriptSchema.get();
        if (!connection.schemas.isEmpty() && !connection.schemas.stream().allMatch(own::equals)) {
            throw new IllegalArgumentException("--schema disagrees with the script: " + script.getFileName() + " was"
                    + " planned for the tenant schema " + FixScript.headerName(own) + " alone (its "
                    + FixScript.SCHEMA_HEADER.strip() + " header) and is checked against that schema's fingerprint;"
                    + " leave --schema out, or apply the script to the schema it was written for");
        }
        return List.of(own);
    }

    private static String readScript(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such script file: " + file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Nothing ran: the target changed since the plan, or the proof objected. */
    private int refused(FixOutcome outcome) {
        out.flush();
        spec.commandLine().getErr().println("drift: " + Main.oneLine(outcome.reason().orElseThrow()));
        return Main.ERROR;
    }

    /** @param fromPlan whether the steps are the plan's statements (whose hazards can then be shown) */
    private int dryRun(PlannedFix fix, boolean fromPlan) {
        List<ApplyStep> steps = fix.steps();
        Optional<FixScript> planned = fix.plan();
        out.println("Statements (" + steps.size() + "), in the order they would run:");
        List<ApplyStep> ordered = fix.runOrder();
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
    private int report(FixOutcome outcome, boolean fromPlan) {
        ApplyResult result = outcome.result().orElseThrow();
        List<ApplyStep> steps = outcome.fix().steps();
        Optional<FixScript> planned = outcome.fix().plan();
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
        FixOutcome.Verification after = outcome.verification();
        if (!result.mismatches().isEmpty()) {
            out.println("Verification: FAILED, the target is not what the plan promised:");
            result.mismatches().forEach(m -> out.println("  - " + Main.oneLine(m)));
        } else if (result.outcome() == ApplyResult.Outcome.INCOMPLETE) {
            out.println("Verification: not completed, the run stopped part-way" + (after.stillToRun().isEmpty() ? ""
                    : "; read again, " + result.target() + " still needs:"));
            after.stillToRun().forEach(m -> out.println("  - " + Main.oneLine(m)));
        } else if (after.state() == FixOutcome.Verification.State.FAILED) {
            out.println("Verification: FAILED, " + result.target() + ", read again after the COMMIT, still needs:");
            after.stillToRun().forEach(m -> out.println("  - " + Main.oneLine(m)));
        } else if (result.outcome() == ApplyResult.Outcome.APPLIED) {
            out.println(verified ? "Verification: PASSED, " + result.target() + " matches the reference"
                    + (outcome.fix().leavesSomething() ? " except what was left alone above" : "")
                    : "Verification: not compared with a reference (pass --reference to compare); the target's"
                    + " fingerprint matched the script's before anything ran");
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
        return outcome.succeeded() ? Main.NO_DRIFT : Main.ERROR;
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
