package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.Sql;
import java.util.List;

/** {@code ALTER DEFAULT PRIVILEGES ... GRANT/REVOKE}: only the difference is granted or revoked. */
final class DefaultPrivilegePlanner extends KindPlanner<DefaultPrivilegeDef> {
    private static final String ALL = "ALL";

    DefaultPrivilegePlanner() {
        super(ObjectKind.DEFAULT_PRIVILEGE, DefaultPrivilegeDef.class);
    }

    /**
     * For the creating role itself ({@code FOR ROLE r REVOKE ... FROM r}), whose built-in privileges differ by
     * major (PostgreSQL 17 added {@code MAINTAIN} on tables): all are revoked, then those the reference keeps granted.
     */
    @Override
    Planned create(DefaultPrivilegeDef d, PlanContext context) {
        return change(d, ownRow(d) ? List.of(ALL) : builtInDefault(d), List.of(), d.privileges(), d.grantOption());
    }

    /** The creating role's own row goes by granting it everything again, which PostgreSQL stores as no row. */
    @Override
    Planned drop(DefaultPrivilegeDef d, PlanContext context) {
        if (d.schema().filter(s -> context.goesAway(ObjectKey.schema(s))).isPresent()) {
            return Planned.NOTHING; // goes with its schema (PostgreSQL drops a schema's default privileges with it)
        }
        if (ownRow(d)) {
            return change(d, List.of(), List.of(), List.of(ALL), List.of());
        }
        return change(d, d.privileges(), d.grantOption(), builtInDefault(d), List.of());
    }

    private static boolean ownRow(DefaultPrivilegeDef d) {
        return d.grantee().equals(d.role());
    }

    @Override
    Planned alter(Change.Changed change, DefaultPrivilegeDef r, DefaultPrivilegeDef t, PlanContext context) {
        return change(r, t.privileges(), t.grantOption(), r.privileges(), r.grantOption());
    }

    /**
     * What the grantee gets when no default privileges are set: for every schema, PUBLIC may execute new
     * functions and use new types ({@code acldefault}); the reader lists a PUBLIC row with no privileges
     * when that was revoked, and none when it stands.
     */
    private static List<String> builtInDefault(DefaultPrivilegeDef d) {
        if (d.schema().isPresent() || !d.grantee().equals(PrivilegeDef.PUBLIC)) {
            return List.of();
        }
        return switch (d.objectType()) {
            case "FUNCTIONS" -> List.of("EXECUTE");
            case "TYPES" -> List.of("USAGE");
            default -> List.of();
        };
    }

    private static Planned change(DefaultPrivilegeDef d, List<String> had, List<String> hadOption, List<String> want,
                                  List<String> wantOption) {
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.ident(d.role())
                + d.schema().map(s -> " IN SCHEMA " + Sql.ident(s)).orElse("") + " ";
        return PrivilegePlanner.grantsAndRevokes(d.key(), prefix + "GRANT ", prefix + "REVOKE ", " ON " + d.objectType(),
                PrivilegePlanner.grantee(d.grantee()), had, hadOption, want, wantOption,
                privileges -> String.join(", ", privileges));
    }
}
