package dev.drift.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drift demo}: the reference scenario, end to end, on an embedded PostgreSQL. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs Drift's reference scenario on an embedded PostgreSQL: tenant_b lacks orders.external_id;"
                + " Drift detects it, writes the fix, leaves tenant_a alone, applies the fix and checks again.",
                "Needs drift-demo.jar (the lean drift.jar carries no PostgreSQL binaries)."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pg-version", paramLabel = "<major>", description = "PostgreSQL major to run (14 to 18; default 17).")
    Integer pgVersion;

    @Override
    public Integer call() throws Exception {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("the demo needs the embedded PostgreSQL, which this lean jar leaves out:"
                    + " run it with drift-cli/target/drift-demo.jar");
        }
        return new DemoRun(spec.commandLine().getOut(), pgVersion).run() ? Main.NO_DRIFT : Main.DRIFT;
    }
}
