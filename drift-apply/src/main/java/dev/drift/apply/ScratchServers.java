package dev.drift.apply;

import dev.drift.jdbc.DatabaseUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link ScratchProof} may create its scratch database when the target's own server does not allow it (its user
 * has no CREATEDB, or the target is a snapshot file): a server of the target's major, whose user may create databases.
 * The CLI's is the one {@code --scratch-url} names ({@link #of(DatabaseUrl)}); a test that has zonky's embedded
 * PostgreSQL and the binaries of the target's major can start one per major, e.g. with drift-testkit:
 * {@code major -> PostgresServer.embeddedAdminUrl(major).map(DatabaseUrl::parse)}.
 */
@FunctionalInterface
public interface ScratchServers {

    /** None: a proof without CREATEDB on the target's server cannot be made. */
    ScratchServers NONE = major -> Optional.empty();

    /**
     * A server (any database on it) for a scratch copy of a target of this major, or empty when there is none.
     *
     * @param major the target's PostgreSQL major version, e.g. 17; 0 when unknown (a snapshot written without it)
     */
    Optional<DatabaseUrl> serverFor(int major);

    /** Always {@code server}: the proof still refuses it when it runs another major than the target's. */
    static ScratchServers of(DatabaseUrl server) {
        Objects.requireNonNull(server, "server");
        return major -> Optional.of(server);
    }
}
