package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.DiffReport;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.report.ProofVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift diff}: compares a target with a reference and prints a report or the fix script. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares a target database with a reference and prints what differs, or (--format sql) the"
                + " script that makes the target match the reference.",
                "With --prove, the plan is first applied to a scratch copy of the target (built from Drift's own"
                + " create script of the target's catalog; the target is only read) and the verdict follows the"
                + " report: PROVEN, NOT PROVEN with what still differs, COULD NOT PROVE with why, or NOTHING TO"
                + " PROVE. See docs/prove.md.",
                "Exit code: 0 no drift, 1 drift (with --prove: and the plan proven), 2 error (with --prove: also NOT"
                + " PROVEN or COULD NOT PROVE)."})
final class DiffCommand implements Callable<Integer> {

    enum Format { SQL, TEXT, JSON, MARKDOWN }

    @Spec
    CommandSpec spec;

    @Option(names = "--reference", required = true, paramLabel = "<url|file>",
            description = "What is right: a database (jdbc:postgresql://... or postgresql://...) or a snapshot file"
                    + " written by 'drift snapshot --output'.")
    String reference;

    @Option(names = "--target", required = true, paramLabel = "<url|file>",
            description = "The database to check and fix (or a snapshot file).")
    String target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "<format>",
            description = "sql, text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--allow-destructive",
            description = "Put drops and narrowing type changes in the script (otherwise they are only reported).")
    boolean allowDestructive;

    @Option(names = "--column-order", description = "Report columns in a different position as drift.")
    boolean columnOrder;

    @Option(names = "--ignore-privileges", description = "Leave grants and default privileges out of the comparison.")
    boolean ignorePrivileges;

    @Option(names = "--ignore-comments", description = "Leave comments out of the comparison.")
    boolean ignoreComments;

    @Option(names = "--with-owners", description = "Report objects owned by another role as drift (ALTER ... OWNER TO).")
    boolean withOwners;

    @Option(names = "--upgrade-extensions",
            description = "Put ALTER EXTENSION ... UPDATE TO in the script for extensions at another version.")
    boolean upgradeExtensions;

    @Option(names = "--prove", description = "Prove the plan on a scratch copy of the target (on the target's server"
            + " when its user may create databases, else on --scratch-url) and report the verdict. See docs/prove.md.")
    boolean prove;

    @Mixin
    OnlineOptions online;

    @Mixin
    ScratchOptions scratch;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PostgresCatalogReader reader = connection.reader();
        CatalogSource.Location referenceLocation = CatalogSource.locate(reference, "--reference");
        CatalogSource.Location targetLocation = CatalogSource.locate(target, "--target");
        boolean twoDatabases = referenceLocation instanceof CatalogSource.DatabaseLocation
                && targetLocation instanceof CatalogSource.DatabaseLocation;
        List<CatalogSource> sources = CatalogSource.loadBoth(referenceLocation, targetLocation,
                twoDatabases ? connection.readerOfOneOfTwo() : reader);
        CatalogSource referenceSource = sources.get(0);
        CatalogSource targetSource = sources.get(1);
        Catalog referenceCatalog = referenceSource.catalog();
        Catalog targetCatalog = targetSource.catalog();
        // The plan carries the target's fingerprint (a hash of its whole canonical text, for the script's
        // header): worked out on the second core, idle once both sides are read, while this one diffs and
        // plans; the planner asks for it last and waits for this thread's result. (A task, not a bare runnable:
        // should it fail, the planner's own call works it out again and reports the failure.)
        FutureTask<String> targetFingerprint = new FutureTask<>(targetCatalog::fingerprint);
        Thread thread = new Thread(targetFingerprint, "drift-fingerprint");
        thread.setDaemon(true);
        thread.start();
        Set<String> schemas = new TreeSet<>(connection.schemas);
        DiffOptions diffOptions = DiffOptions.DEFAULTS.withColumnOrder(columnOrder).withSchemas(schemas)
                .withIgnorePrivileges(ignorePrivileges).withIgnoreComments(ignoreComments)
                .withCompareOwners(withOwners);
        SchemaDiff diff = Differ.compare(referenceCatalog, targetCatalog, diffOptions);
        PlanOptions planOptions = online.applyTo(PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive)
                .withUpgradeExtensions(upgradeExtensions));
        FixScript script = FixPlanner.plan(diff, planOptions);
        DiffReport report = new DiffReport(referenceSource.name(), targetSource.name(), diff, script);
        List<ProofVerdict> aside = new ArrayList<>();
        if (prove) {
            Optional<DatabaseUrl> targetServer = targetLocation instanceof CatalogSource.DatabaseLocation d
                    ? Optional.of(d.url()) : Optional.empty();
            report = report.withProof(scratch.proof(reader, diffOptions, planOptions, connection, aside::add)
                    .prove(referenceCatalog, targetCatalog, script, targetServer));
        }
        String rendered = switch (format) {
            case SQL -> output.exact(report.sql(), spec.commandLine().getErr());
            case TEXT -> output.colour(report.text());
            case JSON -> output.exact(report.json(), spec.commandLine().getErr());
            case MARKDOWN -> output.exact(report.markdown(), spec.commandLine().getErr());
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        // A scratch database that could not be dropped is named here, whatever the format.
        aside.forEach(v -> spec.commandLine().getErr().println("drift: " + Main.oneLine(v.line())));
        Optional<ProofVerdict> unproven = report.proof().filter(v -> !(v instanceof ProofVerdict.Proven
                || v instanceof ProofVerdict.NothingToProve));
        // Exit 2 comes with its one line on stderr, as for every error, also when the output went to a file.
        unproven.ifPresent(v -> spec.commandLine().getErr().println("drift: " + Main.oneLine(v.line())));
        return unproven.isPresent() ? Main.ERROR : diff.isEmpty() ? Main.NO_DRIFT : Main.DRIFT;
    }
}
