package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The session settings under which Drift's SQL means what Drift meant, in one place: those that change how
 * the server reads a statement or where its names resolve ({@link #WRITE}: the preamble of every printed fix
 * script and the settings of every apply session), and those that change how the server renders values in
 * the definitions a catalog read returns ({@link #READ}). A database or role default
 * ({@code ALTER DATABASE ... SET standard_conforming_strings = off}) then changes neither what a script does
 * nor what a read returns.
 *
 * <p>{@code search_path} is {@code pg_catalog, pg_temp}, not empty as pg_dump sets it: the names in Drift's
 * statements were rendered by the server under {@code search_path = pg_catalog} (the reader's), so resolving
 * them with {@code pg_catalog} first means exactly what they meant there; {@code pg_temp} is named last so
 * that a temporary table or type created by code the script runs cannot shadow a built-in type or relation
 * (left out of the path, {@code pg_temp} is searched first for those); and it is what PostgreSQL 17 itself
 * uses for maintenance operations (index builds, materialized views). Every object Drift creates is
 * schema-qualified.
 */
public final class SessionSettings {

    /**
     * One setting.
     *
     * @param name     the setting's name
     * @param value    its value as {@code set_config} takes it
     * @param sqlValue its value as a {@code SET} statement writes it
     */
    public record Setting(String name, String value, String sqlValue) {
        public Setting {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(sqlValue, "sqlValue");
        }

        /** {@code SET name = value}, without the semicolon. */
        public String setStatement() {
            return "SET " + name + " = " + sqlValue;
        }
    }

    /**
     * What every fix script sets first and every apply session runs under: how a statement is read
     * (literals, dates, intervals, XML, arrays) and where its names resolve.
     * <ul>
     *   <li>{@code client_encoding = 'UTF8'}: scripts are written in UTF-8;</li>
     *   <li>{@code standard_conforming_strings = on}: a backslash in {@code '...'} is a plain character (with
     *       it off, {@code 'a\'} does not end where it seems to, and the rest of the line becomes SQL);</li>
     *   <li>{@code search_path = pg_catalog, pg_temp} (see the class comment);</li>
     *   <li>{@code check_function_bodies = false}: a body is read where it runs, under its own or its
     *       caller's path, not checked against the script's;</li>
     *   <li>{@code client_min_messages = warning}: notices do not bury the output;</li>
     *   <li>{@code DateStyle = ISO, MDY}, {@code IntervalStyle = postgres}: how date, time and interval
     *       constants are read;</li>
     *   <li>{@code xmloption = content}, {@code array_nulls = on}, {@code lc_monetary = 'C'}: how XML, array and
     *       money constants are read;</li>
     *   <li>{@code quote_all_identifiers = off}: how the server stores a routine's {@code SET search_path} (with
     *       it on, {@code public} is kept as {@code "public"}, and the routine never matches its reference).</li>
     * </ul>
     */
    public static final List<Setting> WRITE = List.of(
            new Setting("client_encoding", "UTF8", "'UTF8'"),
            new Setting("standard_conforming_strings", "on", "on"),
            new Setting("search_path", "pg_catalog, pg_temp", "pg_catalog, pg_temp"),
            new Setting("check_function_bodies", "off", "false"),
            new Setting("client_min_messages", "warning", "warning"),
            new Setting("DateStyle", "ISO, MDY", "ISO, MDY"),
            new Setting("IntervalStyle", "postgres", "postgres"),
            new Setting("xmloption", "content", "content"),
            new Setting("array_nulls", "on", "on"),
            new Setting("lc_monetary", "C", "'C'"),
            new Setting("quote_all_identifiers", "off", "off"));

    /**
     * What every catalog read runs under: where names resolve ({@code search_path = pg_catalog}, so that the
     * server qualifies every other name it renders) and how it renders values inside definitions
     * (literals, dates, times, intervals, floats, bytea, money, identifiers), so that two tenants with the
     * same schema read alike whatever their database defaults.
     */
    public static final List<Setting> READ = List.of(
            new Setting("standard_conforming_strings", "on", "on"),
            new Setting("search_path", "pg_catalog", "pg_catalog"),
            new Setting("quote_all_identifiers", "off", "off"),
            new Setting("DateStyle", "ISO, MDY", "ISO, MDY"),
            new Setting("IntervalStyle", "postgres", "postgres"),
            new Setting("TimeZone", "UTC", "'UTC'"),
            new Setting("extra_float_digits", "3", "3"),
            new Setting("bytea_output", "hex", "hex"),
            new Setting("lc_monetary", "C", "'C'"),
            new Setting("xmloption", "content", "content"));

    /**
     * Ends a session whose client has gone (killed, or the network lost), even while it waits for a lock,
     * instead of leaving it until it next writes to the client: every apply and read session sets it
     * (PostgreSQL 14 and later; a server on a platform that cannot watch its sockets refuses a value, and the
     * session then goes on without it).
     */
    public static final Setting CONNECTION_CHECK = new Setting("client_connection_check_interval", "1000", "1000");

    private SessionSettings() {
    }

    /** The {@link #WRITE} settings as {@code SET} statements, one a line, each with its semicolon. */
    public static String scriptPreamble() {
        return WRITE.stream().map(s -> s.setStatement() + ";\n").collect(Collectors.joining());
    }

    /**
     * One {@code SELECT} that applies settings: {@code pg_catalog.set_config(name, value, local)} for each
     * ({@code local}: until the end of the current transaction, like {@code SET LOCAL}).
     */
    public static String setConfig(List<Setting> settings, boolean local) {
        return "SELECT " + settings.stream()
                .map(s -> "pg_catalog.set_config(" + Sql.literal(s.name()) + ", " + Sql.literal(s.value()) + ", "
                        + local + ")")
                .collect(Collectors.joining(", "));
    }

    /** Whether a statement of a script (without its semicolon) is one of the preamble's {@code SET}s. */
    public static boolean isPreambleStatement(String sql) {
        String normalized = sql.strip().replaceAll("\\s+", " ");
        return WRITE.stream().anyMatch(s -> s.setStatement().equalsIgnoreCase(normalized));
    }
}
