package dev.drift.report;

import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.OwnerDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GRANT} and {@code REVOKE} for object privileges and default privileges, and {@code OWNER TO}.
 * Only the difference is granted or revoked: privileges both sides hold are left alone.
 */
final class PrivilegeDdl {
    private final PlanContext context;

    PrivilegeDdl(PlanContext context) {
        this.context = context;
    }

    // ---- object privileges

    void grant(PrivilegeDef p) {
        grant(p, context.target.find(p.subject()).isEmpty());
    }

    /**
     * @param onNewObject whether the plan creates the subject (or creates it again): it then already holds
     *                    what PostgreSQL grants by default
     */
    void grant(PrivilegeDef p, boolean onNewObject) {
        List<String> had = onNewObject ? builtInDefault(p.subject(), p.grantee()) : List.of();
        change(p.key(), p.subject(), p.grantee(), had, List.of(), p.privileges(), p.grantOption());
    }

    /**
     * After the plan creates a type: PostgreSQL gives PUBLIC {@code USAGE} on it, which the reference may
     * have revoked (then it lists no PUBLIC grant for it).
     */
    void afterCreate(ObjectKey subject) {
        List<String> defaults = builtInDefault(subject, PrivilegeDef.PUBLIC);
        afterCreate(subject, !defaults.isEmpty() && context.reference.find(PrivilegeDef.of(subject, PrivilegeDef.PUBLIC,
                defaults, List.of()).key()).isPresent());
    }

    /** Revokes what PostgreSQL grants PUBLIC on a new object of the subject's kind, unless PUBLIC keeps a grant. */
    void afterCreate(ObjectKey subject, boolean publicKeepsGrant) {
        List<String> defaults = builtInDefault(subject, PrivilegeDef.PUBLIC);
        if (!defaults.isEmpty() && !publicKeepsGrant) {
            change(subject, subject, PrivilegeDef.PUBLIC, defaults, List.of(), List.of(), List.of());
        }
    }

    /** What PostgreSQL grants a grantee on a new object of this kind ({@code acldefault}), the owner aside. */
    private static List<String> builtInDefault(ObjectKey subject, String grantee) {
        if (!grantee.equals(PrivilegeDef.PUBLIC)) {
            return List.of();
        }
        return switch (subject.kind().name()) {
            case "TYPE" -> List.of("USAGE");
            case "ROUTINE", "AGGREGATE" -> List.of("EXECUTE");
            default -> List.of();
        };
    }

    void revoke(PrivilegeDef p) {
        if (!context.goesAway(p.subject())) {
            change(p.key(), p.subject(), p.grantee(), p.privileges(), p.grantOption(), List.of(), List.of());
        }
    }

    void alter(PrivilegeDef r, PrivilegeDef t) {
        change(r.key(), r.subject(), r.grantee(), t.privileges(), t.grantOption(), r.privileges(), r.grantOption());
    }

    private void change(ObjectKey key, ObjectKey subject, String grantee, List<String> had, List<String> hadOption,
                        List<String> want, List<String> wantOption) {
        String on = " ON " + SubjectSql.grantTarget(subject);
        Function<List<String>, String> list = privileges -> String.join(", ", privileges.stream()
                .map(p -> subject.kind().name().equals("COLUMN") ? p + " (" + Sql.ident(subject.name()) + ")" : p)
                .toList());
        statements(key, Phase.PRIVILEGES, "GRANT ", "REVOKE ", on, grantee(grantee), had, hadOption, want, wantOption,
                list);
    }

    // ---- default privileges

    void grantDefault(DefaultPrivilegeDef d) {
        changeDefault(d, builtInDefault(d), List.of(), d.privileges(), d.grantOption());
    }

    void revokeDefault(DefaultPrivilegeDef d) {
        if (d.schema().filter(s -> context.goesAway(ObjectKey.schema(s))).isPresent()) {
            return; // goes with its schema (PostgreSQL drops a schema's default privileges with it)
        }
        changeDefault(d, d.privileges(), d.grantOption(), builtInDefault(d), List.of());
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

    void alterDefault(DefaultPrivilegeDef r, DefaultPrivilegeDef t) {
        changeDefault(r, t.privileges(), t.grantOption(), r.privileges(), r.grantOption());
    }

    private void changeDefault(DefaultPrivilegeDef d, List<String> had, List<String> hadOption, List<String> want,
                               List<String> wantOption) {
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.ident(d.role())
                + d.schema().map(s -> " IN SCHEMA " + Sql.ident(s)).orElse("") + " ";
        statements(d.key(), Phase.PRIVILEGES, prefix + "GRANT ", prefix + "REVOKE ", " ON " + d.objectType(),
                grantee(d.grantee()), had, hadOption, want, wantOption, privileges -> String.join(", ", privileges));
    }

    /** The GRANT and REVOKE statements that turn what the grantee had into what it should have. */
    private void statements(ObjectKey key, Phase phase, String grant, String revoke, String on, String grantee,
                            List<String> had, List<String> hadOption, List<String> want, List<String> wantOption,
                            Function<List<String>, String> list) {
        List<String> revokeAll = minus(had, want);
        List<String> revokeOption = minus(minus(hadOption, wantOption), revokeAll);
        List<String> grantPlain = minus(minus(want, had), wantOption);
        List<String> grantOption = minus(wantOption, hadOption);
        if (!revokeAll.isEmpty()) {
            context.add(phase, key, revoke + list.apply(revokeAll) + on + " FROM " + grantee);
        }
        if (!revokeOption.isEmpty()) {
            context.add(phase, key, revoke + "GRANT OPTION FOR " + list.apply(revokeOption) + on + " FROM " + grantee);
        }
        if (!grantPlain.isEmpty()) {
            context.add(phase, key, grant + list.apply(grantPlain) + on + " TO " + grantee);
        }
        if (!grantOption.isEmpty()) {
            context.add(phase, key, grant + list.apply(grantOption) + on + " TO " + grantee + " WITH GRANT OPTION");
        }
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    private static String grantee(String name) {
        return name.equals(PrivilegeDef.PUBLIC) ? "PUBLIC" : Sql.ident(name);
    }

    // ---- owners

    void setOwner(OwnerDef owner) {
        context.add(Phase.OWNERS, owner.key(), SubjectSql.alterTarget(owner.subject(), context.reference) + " OWNER TO "
                + Sql.ident(owner.role()));
    }
}
