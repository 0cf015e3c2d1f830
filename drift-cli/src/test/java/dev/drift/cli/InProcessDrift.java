package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.testkit.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The {@code drift} command run in this JVM on real databases, for the CLI's tests: what it printed never holds a password. */
final class InProcessDrift {

    /** Every URL carries this password (the embedded server trusts local users, so it is never checked). */
    static final String PASSWORD = "hunter2-secret";

    private InProcessDrift() {
    }

    record Run(int exit, String out, String err) {
    }

    static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(exit, out.toString(), err.toString());
        assertThat(run.out() + run.err()).as("passwords are never echoed").doesNotContain(PASSWORD);
        return run;
    }

    /** The database's URL with the password, which the output must not show. */
    static String url(TestDatabase db) {
        return db.jdbcUrl() + "&password=" + PASSWORD;
    }
}
