package dev.drift.jdbc.session;

import dev.drift.core.Secrets;
import dev.drift.core.SessionSettings;
import dev.drift.core.SessionSettings.Setting;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a session of Drift's under {@link SessionSettings}: the settings themselves live in drift-core (the
 * script writer uses them too); this is how a JDBC session applies them, in as few round trips as possible.
 * Exported to drift-apply only: its sessions run under the same settings as the reader's.
 */
public final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    private static final String CHECK_SAVEPOINT = "drift_connection_check";

    private Sessions() {
    }

    /** The settings and the two timeouts, as one list. */
    public static List<Setting> with(List<Setting> settings, Duration lockTimeout, Duration statementTimeout) {
        List<Setting> out = new ArrayList<>(settings);
        out.add(new Setting("lock_timeout", Long.toString(lockTimeout.toMillis()), Long.toString(lockTimeout.toMillis())));
        out.add(new Setting("statement_timeout", Long.toString(statementTimeout.toMillis()),
                Long.toString(statementTimeout.toMillis())));
        return out;
    }

    /**
     * Applies {@code settings} until the end of the current transaction, and
     * {@link SessionSettings#CONNECTION_CHECK} where the server accepts it, in one round trip.
     *
     * @param first statements to run before them in the same round trip (e.g. {@code SET TRANSACTION ...}),
     *              or empty
     */
    public static void local(Connection connection, String first, List<Setting> settings) throws SQLException {
        String sql = (first.isEmpty() ? "" : first + "; ") + SessionSettings.setConfig(settings, true)
                + "; SAVEPOINT " + CHECK_SAVEPOINT + "; " + SessionSettings.setConfig(List.of(SessionSettings.CONNECTION_CHECK), true)
                + "; RELEASE SAVEPOINT " + CHECK_SAVEPOINT;
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            // Only the connection check may fail on its own (a platform that cannot watch sockets): the savepoint
            // then exists, and rolling back to it keeps everything before. If it does not, the failure was earlier.
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK TO SAVEPOINT " + CHECK_SAVEPOINT + "; RELEASE SAVEPOINT " + CHECK_SAVEPOINT);
                LOG.debug("the server refused {}: {}", SessionSettings.CONNECTION_CHECK.name(), Secrets.redact(e.getMessage()));
            } catch (SQLException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }
}
