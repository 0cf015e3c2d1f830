package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GRANT} and {@code REVOKE} of what one grantee may do with one object. Only the difference is granted or
 * revoked: privileges both sides hold are left alone. The subject's kind says how the statement names it.
 */
final class PrivilegePlanner extends KindPlanner<PrivilegeDef> {

    PrivilegePlanner() {
        super(ObjectKind.PRIVILEGE, PrivilegeDef.class);
    }

    @Override
    Planned create(PrivilegeDef p, PlanContext context) {
        return grant(p, context.target.find(p.subject()).isEmpty());
    }

    /**
     * @param onNewObject whether the plan creates the subject (or creates it again): it then already holds
     *                    what PostgreSQL grants by default
     */
    static Planned grant(PrivilegeDef p, boolean onNewObject) {
        List<String> had = onNewObject ? builtInDefault(p.subject(), p.grantee()) : List.of();
        return change(p.key(), p.subject(), p.grantee(), had, List.of(), p.privileges(), p.grantOption());
    }

    /**
     * After the plan creates an object whose kind PostgreSQL grants PUBLIC something on (a type's
     * {@code USAGE}): revoked, unless the reference grants it too.
     */
    static Planned afterCreate(ObjectKey subject, PlanContext context) {
        List<String> defaults = builtInDefault(subject, PrivilegeDef.PUBLIC);
        return afterCreate(subject, !defaults.isEmpty() && context.reference.find(PrivilegeDef.of(subject,
                PrivilegeDef.PUBLIC, defaults, List.of()).key()).isPresent());
    }

    /** Revokes what PostgreSQL grants PUBLIC on a new object of the subject's kind, unless PUBLIC keeps a grant. */
    static Planned afterCreate(ObjectKey subject, boolean publicKeepsGrant) {
        List<String> defaults = builtInDefault(subject, PrivilegeDef.PUBLIC);
        if (defaults.isEmpty() || publicKeepsGrant) {
            return Planned.NOTHING;
        }
        return change(subject, subject, PrivilegeDef.PUBLIC, defaults, List.of(), List.of(), List.of());
    }

    /** What PostgreSQL grants a grantee on a new object of the subject's kind ({@code acldefault}), the owner aside. */
    private static List<String> builtInDefault(ObjectKey subject, String grantee) {
        return grantee.equals(PrivilegeDef.PUBLIC) ? KindPlanners.grantedToPublicOnCreate(subject) : List.of();
    }

    @Override
    Planned drop(PrivilegeDef p, PlanContext context) {
        if (context.goesAway(p.subject())) {
            return Planned.NOTHING;
        }
        return change(p.key(), p.subject(), p.grantee(), p.privileges(), p.grantOption(), List.of(), List.of());
    }

    @Override
    Planned alter(Change.Changed change, PrivilegeDef r, PrivilegeDef t, PlanContext context) {
        return change(r.key(), r.subject(), r.grantee(), t.privileges(), t.grantOption(), r.privileges(), r.grantOption());
    }

    private static Planned change(ObjectKey key, ObjectKey subject, String grantee, List<String> had,
                                  List<String> hadOption, List<String> want, List<String> wantOption) {
        return grantsAndRevokes(key, "GRANT ", "REVOKE ", " ON " + KindPlanners.grantTarget(subject), grantee(grantee),
                had, hadOption, want, wantOption, privileges -> KindPlanners.privilegeList(subject, privileges));
    }

    /** The GRANT and REVOKE statements that turn what the grantee had into what it should have. */
    static Planned grantsAndRevokes(ObjectKey key, String grant, String revoke, String on, String grantee,
                                    List<String> had, List<String> hadOption, List<String> want,
                                    List<String> wantOption, Function<List<String>, String> list) {
        List<String> revokeAll = minus(had, want);
        List<String> revokeOption = minus(minus(hadOption, wantOption), revokeAll);
        List<String> grantPlain = minus(minus(want, had), wantOption);
        List<String> grantOption = minus(wantOption, hadOption);
        Planned.Builder out = Planned.builder();
        if (!revokeAll.isEmpty()) {
            out.add(Phase.PRIVILEGES, key, revoke + list.apply(revokeAll) + on + " FROM " + grantee);
        }
        if (!revokeOption.isEmpty()) {
            out.add(Phase.PRIVILEGES, key, revoke + "GRANT OPTION FOR " + list.apply(revokeOption) + on + " FROM " + grantee);
        }
        if (!grantPlain.isEmpty()) {
            out.add(Phase.PRIVILEGES, key, grant + list.apply(grantPlain) + on + " TO " + grantee);
        }
        if (!grantOption.isEmpty()) {
            out.add(Phase.PRIVILEGES, key, grant + list.apply(grantOption) + on + " TO " + grantee + " WITH GRANT OPTION");
        }
        return out.build();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    static String grantee(String name) {
        return name.equals(PrivilegeDef.PUBLIC) ? "PUBLIC" : Sql.ident(name);
    }
}
