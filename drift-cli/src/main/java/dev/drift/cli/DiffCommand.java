package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.DiffReport;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift diff}: compares a target with a reference and prints a report or the fix script. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares a target database with a reference and prints what differs, or (--format sql) the"
                + " script that makes the target match the reference.",
                "Exit code: 0 no drift, 1 drift, 2 error."})
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

    @Mixin
    OnlineOptions online;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PostgresCatalogReader reader = connection.reader();
        CatalogSource.Location referenceLocation = CatalogSource.locate(reference, "--reference");
        CatalogSource.Location targetLocation = CatalogSource.locate(target, "--target");
        List<CatalogSource> sources = CatalogSource.loadBoth(referenceLocation, targetLocation, reader);
        CatalogSource referenceSource = sources.get(0);
        CatalogSource targetSource = sources.get(1);
        Catalog referenceCatalog = referenceSource.catalog();
        Catalog targetCatalog = targetSource.catalog();
        Set<String> schemas = new TreeSet<>(connection.schemas);
        SchemaDiff diff = Differ.compare(referenceCatalog, targetCatalog,
                DiffOptions.DEFAULTS.withColumnOrder(columnOrder).withSchemas(schemas)
                        .withIgnorePrivileges(ignorePrivileges).withIgnoreComments(ignoreComments)
                        .withCompareOwners(withOwners));
        PlanOptions planOptions = online.applyTo(PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive)
                .withUpgradeExtensions(upgradeExtensions));
        FixScript script = FixPlanner.plan(diff, planOptions);
        DiffReport report = new DiffReport(referenceSource.name(), targetSource.name(), diff, script);
        String rendered = switch (format) {
            case SQL -> script.toSql();
            case TEXT -> output.colour(report.text());
            case JSON -> report.json();
            case MARKDOWN -> report.markdown();
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return diff.isEmpty() ? Main.NO_DRIFT : Main.DRIFT;
    }
}
