package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view.
 *
 * @param key              the view's key
 * @param columns          its output columns in order, each {@code name type} ({@code format_type}); a
 *                         view can only be replaced in place when the new columns start with the old ones
 * @param definition       the query as {@code pg_get_viewdef} renders it, without the closing semicolon
 * @param checkOption      {@code local} or {@code cascaded} for {@code WITH CHECK OPTION}
 * @param securityBarrier  the {@code security_barrier} option
 * @param securityInvoker  the {@code security_invoker} option (PostgreSQL 15+)
 */
public record ViewDef(ObjectKey key, List<String> columns, String definition, Optional<String> checkOption,
                      boolean securityBarrier, boolean securityInvoker) implements DbObject {

    public ViewDef {
        Keys.require(key, ObjectKind.VIEW);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(checkOption, "checkOption");
    }

    /** A view with no options. */
    public static ViewDef of(ObjectKey key, List<String> columns, String definition) {
        return new ViewDef(key, columns, definition, Optional.empty(), false, false);
    }
}
