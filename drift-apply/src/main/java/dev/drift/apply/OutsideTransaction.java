package dev.drift.apply;

import dev.drift.core.Secrets;
import dev.drift.core.SessionSettings;
import dev.drift.core.SessionSettings.Setting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of a session for the statements that cannot run in a transaction ({@code CREATE INDEX
 * CONCURRENTLY}): set for the session, since {@code SET LOCAL} needs a transaction, and given back their values
 * after, so that a caller's connection is left as it was. Inside a transaction the runner uses
 * {@link dev.drift.jdbc.session.Sessions#local}, as the reader does.
 */
final class OutsideTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(OutsideTransaction.class);

    private OutsideTransaction() {
    }

    /**
     * Applies {@code settings} to the session (outside a transaction), and the connection check where the
     * server accepts it; returns the values they had, for {@link #restore}.
     */
    static List<Setting> set(Connection connection, List<Setting> settings) throws SQLException {
        List<Setting> all = new ArrayList<>(settings);
        all.add(SessionSettings.CONNECTION_CHECK);
        List<Setting> previous = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", all.stream()
                     .map(x -> "pg_catalog.current_setting(" + dev.drift.core.Sql.literal(x.name()) + ", true)").toList()))) {
            rs.next();
            for (int i = 0; i < all.size(); i++) {
                String value = rs.getString(i + 1);
                if (value != null) {
                    previous.add(new Setting(all.get(i).name(), value, value));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute(SessionSettings.setConfig(settings, false));
        }
        try (Statement s = connection.createStatement()) {
            s.execute(SessionSettings.setConfig(List.of(SessionSettings.CONNECTION_CHECK), false));
        } catch (SQLException e) {
            LOG.debug("the server refused {}: {}", SessionSettings.CONNECTION_CHECK.name(), Secrets.redact(e.getMessage()));
        }
        return previous;
    }

    /** Gives the session back the values {@link #set} found. */
    static void restore(Connection connection, List<Setting> previous) throws SQLException {
        if (previous.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(SessionSettings.setConfig(previous, false));
        }
    }
}
