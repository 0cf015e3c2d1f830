package dev.drift.cli;

import dev.drift.apply.ScratchProof;
import dev.drift.core.DiffOptions;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.PlanOptions;
import dev.drift.report.ProofVerdict;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * Where a proof's scratch database may go, shared by the commands that prove a plan ({@code diff --prove},
 * {@code apply}), and the one place the CLI builds a {@link ScratchProof}. See docs/prove.md.
 */
final class ScratchOptions {

    @Option(names = "--scratch-url", paramLabel = "<url>", description = "A server (same major as the target, its"
            + " user with CREATEDB) for the proof's scratch database when the target's user may not create databases"
            + " or the target is a snapshot file.")
    String scratchUrl;

    /** A proof with the plan's own reader and options that tells {@code listener} every verdict. */
    ScratchProof proof(PostgresCatalogReader reader, DiffOptions diffOptions, PlanOptions planOptions,
                       ConnectionOptions connection, Consumer<ProofVerdict> listener) {
        ScratchProof.Builder proof = ScratchProof.builder().reader(reader).diffOptions(diffOptions)
                .planOptions(planOptions).listener(listener)
                .connectTimeout(ConnectionOptions.seconds(connection.connectTimeoutSeconds, "--connect-timeout"));
        Optional.ofNullable(scratchUrl).map(ConnectionOptions::url).ifPresent(proof::scratchServer);
        return proof.build();
    }
}
