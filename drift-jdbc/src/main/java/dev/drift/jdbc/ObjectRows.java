package dev.drift.jdbc;

import dev.drift.core.AggregateDef;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.RoutineDef;
import dev.drift.core.TriggerDef;
import dev.drift.core.ViewDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the rows of views.sql, routines.sql, aggregates.sql and triggers.sql to model records.
 */
final class ObjectRows {
    private ObjectRows() {
    }

    /** A row of views.sql: a view, or a materialized view. */
    static DbObject view(ResultSet rs) throws SQLException {
        if (rs.getString("kind").equals("m")) {
            return materializedView(rs);
        }
        return new ViewDef(ObjectKey.view(rs.getString("schema_name"), rs.getString("view_name")),
                CatalogQueries.strings(rs.getArray("columns")), query(rs.getString("definition")),
                Optional.ofNullable(rs.getString("check_option")).map(o -> o.toLowerCase(Locale.ROOT)),
                rs.getBoolean("security_barrier"), rs.getBoolean("security_invoker"));
    }

    private static MaterializedViewDef materializedView(ResultSet rs) throws SQLException {
        return new MaterializedViewDef(ObjectKey.materializedView(rs.getString("schema_name"), rs.getString("view_name")),
                CatalogQueries.strings(rs.getArray("columns")), query(rs.getString("definition")));
    }

    /** {@code pg_get_viewdef} ends the query with a semicolon; the model keeps the query alone. */
    private static String query(String viewdef) {
        String q = viewdef.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1) : q;
    }

    static RoutineDef routine(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.routine(rs.getString("schema_name"), rs.getString("routine_name"),
                CatalogQueries.strings(rs.getArray("argument_types")));
        RoutineDef.Kind kind = switch (rs.getString("routine_kind")) {
            case "p" -> RoutineDef.Kind.PROCEDURE;
            case "w" -> RoutineDef.Kind.WINDOW;
            default -> RoutineDef.Kind.FUNCTION;
        };
        RoutineDef.Volatility volatility = switch (rs.getString("volatility")) {
            case "i" -> RoutineDef.Volatility.IMMUTABLE;
            case "s" -> RoutineDef.Volatility.STABLE;
            default -> RoutineDef.Volatility.VOLATILE;
        };
        return new RoutineDef(key, kind, rs.getString("arguments"), Optional.ofNullable(rs.getString("returns")),
                rs.getString("language"), volatility, rs.getBoolean("strict"), rs.getBoolean("security_definer"),
                rs.getBoolean("leakproof"), parallel(rs.getString("parallel")), rs.getDouble("cost"),
                rs.getDouble("result_rows"), Optional.ofNullable(rs.getString("support")),
                CatalogQueries.strings(rs.getArray("config")), rs.getString("body"), rs.getBoolean("standard_body"),
                Optional.ofNullable(rs.getString("binary")));
    }

    static RoutineDef.Parallel parallel(String code) {
        return switch (code) {
            case "s" -> RoutineDef.Parallel.SAFE;
            case "r" -> RoutineDef.Parallel.RESTRICTED;
            default -> RoutineDef.Parallel.UNSAFE;
        };
    }

    static AggregateDef aggregate(ResultSet rs) throws SQLException {
        ObjectKey key = ObjectKey.aggregate(rs.getString("schema_name"), rs.getString("aggregate_name"),
                CatalogQueries.strings(rs.getArray("argument_types")));
        AggregateDef.Kind kind = switch (rs.getString("aggregate_kind")) {
            case "o" -> AggregateDef.Kind.ORDERED_SET;
            case "h" -> AggregateDef.Kind.HYPOTHETICAL;
            default -> AggregateDef.Kind.NORMAL;
        };
        Optional<AggregateDef.Moving> moving = Optional.empty();
        if (rs.getString("moving_state_function") != null) {
            moving = Optional.of(new AggregateDef.Moving(rs.getString("moving_state_function"),
                    rs.getString("moving_inverse_function"), rs.getString("moving_state_type"),
                    rs.getInt("moving_state_space"), Optional.ofNullable(rs.getString("moving_final_function")),
                    rs.getBoolean("moving_final_extra"), rs.getString("moving_final_modify"),
                    Optional.ofNullable(rs.getString("moving_initial_condition"))));
        }
        return new AggregateDef(key, rs.getString("arguments"), rs.getString("returns"), kind,
                rs.getString("state_function"), rs.getString("state_type"), rs.getInt("state_space"),
                Optional.ofNullable(rs.getString("final_function")), rs.getBoolean("final_extra"),
                rs.getString("final_modify"), Optional.ofNullable(rs.getString("combine_function")),
                Optional.ofNullable(rs.getString("serial_function")),
                Optional.ofNullable(rs.getString("deserial_function")),
                Optional.ofNullable(rs.getString("initial_condition")), moving,
                Optional.ofNullable(rs.getString("sort_operator")), parallel(rs.getString("parallel")));
    }

    static TriggerDef trigger(ResultSet rs) throws SQLException {
        TriggerDef.Enabled enabled = switch (rs.getString("enabled")) {
            case "D" -> TriggerDef.Enabled.DISABLED;
            case "R" -> TriggerDef.Enabled.REPLICA;
            case "A" -> TriggerDef.Enabled.ALWAYS;
            default -> TriggerDef.Enabled.ORIGIN;
        };
        return new TriggerDef(ObjectKey.trigger(rs.getString("schema_name"), rs.getString("table_name"),
                rs.getString("trigger_name")), rs.getString("definition"), enabled);
    }
}
