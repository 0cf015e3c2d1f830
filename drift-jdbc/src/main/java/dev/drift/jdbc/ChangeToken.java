package dev.drift.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postgresql.PGStatement;

/**
 * A cheap token of a database's catalog, read in one short query: equal tokens mean the catalog Drift
 * reads cannot have changed, so a re-scan can keep the catalog it read last time ({@link ScanCache}).
 *
 * <p>What it is built from (see {@code docs/fleet.md}, "Incremental re-scans"): for every catalog table
 * of the database ({@link #CATALOGS}: every database-local table of {@code pg_catalog} but the three that
 * hold data, not schema, and the one only superusers may read), the number of rows and the sum of a 64-bit hash of each row's {@code xmin}
 * (of {@code pg_description}, the rows of the comments the reader can read: user objects' and schemas');
 * the OIDs and names of the roles (owners and grantees are shown by name); the database's OID; and the
 * server's version. Every statement that changes a catalog row (DDL, {@code GRANT}, {@code COMMENT},
 * {@code ALTER ... OWNER}, {@code ALTER ... SET}, policies, security labels, ...) writes a new row
 * version, whose {@code xmin} is the writing transaction's, or deletes one, which changes the count: so
 * every change to what the reader reads changes the token, except for a collision of the 64-bit sums.
 *
 * <p>It deliberately over-reports (never under-reports): temporary tables of any session, a change undone
 * by another, changes to objects outside the schemas read, {@code VACUUM FULL} of a catalog and changes
 * to built-in objects change the token too. Those only cost a re-read.
 *
 * @param value the token, a hex string; compare tokens with {@code equals}
 */
public record ChangeToken(String value) {

    /**
     * The catalog tables the token covers, present on every supported major ({@code pg_publication_namespace}
     * is added from PostgreSQL 15); every one is readable by any role. Left out on purpose: {@link #LEFT_OUT}.
     * The shared catalogs are other databases' too; of them, only role names reach a Drift catalog, and they
     * are covered.
     */
    public static final List<String> CATALOGS = List.of("pg_aggregate", "pg_am", "pg_amop", "pg_amproc",
            "pg_attrdef", "pg_attribute", "pg_cast", "pg_class", "pg_collation", "pg_constraint", "pg_conversion",
            "pg_default_acl", "pg_depend", "pg_description", "pg_enum", "pg_event_trigger", "pg_extension",
            "pg_foreign_data_wrapper", "pg_foreign_server", "pg_foreign_table", "pg_index", "pg_inherits",
            "pg_init_privs", "pg_language", "pg_largeobject_metadata", "pg_namespace", "pg_opclass", "pg_operator",
            "pg_opfamily", "pg_partitioned_table", "pg_policy", "pg_proc", "pg_publication", "pg_publication_rel",
            "pg_range", "pg_rewrite", "pg_seclabel", "pg_sequence", "pg_statistic_ext", "pg_subscription_rel",
            "pg_transform", "pg_trigger", "pg_ts_config", "pg_ts_config_map", "pg_ts_dict", "pg_ts_parser",
            "pg_ts_template", "pg_type");

    /**
     * The catalog tables deliberately not in the token: those that hold data, not schema (planner statistics,
     * large objects), and {@code pg_user_mapping} (foreign-server passwords: readable by superusers only, and
     * no Drift catalog holds user mappings).
     */
    public static final List<String> LEFT_OUT = List.of("pg_largeobject", "pg_statistic", "pg_statistic_ext_data",
            "pg_user_mapping");

    public ChangeToken {
        Objects.requireNonNull(value, "value");
    }

    /** The catalog tables the token covers on a server of this major. */
    public static List<String> catalogs(int major) {
        return major >= 15 ? Stream.concat(CATALOGS.stream(), Stream.of("pg_publication_namespace")).toList() : CATALOGS;
    }

    /**
     * Of {@code pg_description}, the rows the reader can read (subjects.sql): comments of objects made after
     * initdb (OID 16384 and up: the range scan of the catalog's index skips the built-in ones) and of schemas
     * ({@code public}'s OID is 2200). The five thousand comments of built-in objects reach no Drift catalog,
     * and hashing them was a sixth of a kept check's server time (docs/benchmarks.md, run V).
     */
    private static final String COMMENTS = "(SELECT count(*) || ':' || coalesce(sum(hashtextextended(xmin::text, 0)), 0)"
            + " FROM pg_catalog.pg_description WHERE objoid >= 16384) || ':' || (SELECT count(*) || ':'"
            + " || coalesce(sum(hashtextextended(d.xmin::text, 0)), 0) FROM pg_catalog.pg_namespace n"
            + " JOIN pg_catalog.pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass"
            + " WHERE n.oid < 16384)";

    /** The one statement that reads the token's parts on a server of this major. */
    static String query(int major) {
        String parts = catalogs(major).stream()
                .map(c -> c.equals("pg_description") ? COMMENTS
                        : "(SELECT count(*) || ':' || coalesce(sum(hashtextextended(xmin::text, 0)), 0) FROM pg_catalog."
                        + c + ")")
                .collect(Collectors.joining(",\n  "));
        return "SELECT concat_ws('|', current_setting('server_version_num'),"
                + " (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()),"
                + " (SELECT count(*) || ':' || coalesce(sum(hashtextextended(oid::text || '/' || rolname, 0)), 0)"
                + " FROM pg_catalog.pg_roles),\n  " + parts + ")";
    }

    /**
     * Reads the token of the database a connection is on, in one statement (in autocommit mode, its own
     * snapshot; inside the caller's transaction, that transaction's). Read it before the catalog, never
     * after: a change in between then shows as a changed token next time, never as an unchanged one.
     *
     * <p>Prepared on the server from its first use (pgjdbc's {@code prepareThreshold} 1 for this statement; the
     * driver keeps it prepared per connection): on a connection kept between scans the server then stops
     * planning its fifty subqueries on every check. Planning is most of a warm check's cost: 16 ms a check
     * unprepared against 6.5 ms prepared on a 50-table tenant database (PostgreSQL 15, docs/benchmarks.md run O).
     */
    public static ChangeToken read(Connection connection) throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        try (PreparedStatement s = connection.prepareStatement(query(major))) {
            s.unwrap(PGStatement.class).setPrepareThreshold(1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new ChangeToken(sha256(rs.getString(1)));
            }
        }
    }

    /** Connects, reads the token and closes the connection. */
    public static ChangeToken read(DatabaseUrl url, Duration connectTimeout) {
        try (Connection c = url.connect(connectTimeout)) {
            return read(c);
        } catch (SQLException e) {
            throw Failures.query(url.display(), "reading the change token", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value.substring(0, Math.min(12, value.length()));
    }
}
