package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Planned grant = grant(p, context.target.find(p.subject()).isEmpty());
        return p.subject().kind() == ObjectKind.COLUMN ? afterTableLevel(p.subject(), p.grantee(), context, grant) : grant;
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
        return alter(p, p.privileges(), p.grantOption(), List.of(), List.of(), context);
    }

    @Override
    Planned alter(Change.Changed change, PrivilegeDef r, PrivilegeDef t, PlanContext context) {
        return alter(r, t.privileges(), t.grantOption(), r.privileges(), r.grantOption(), context);
    }

    private static Planned alter(PrivilegeDef p, List<String> had, List<String> hadOption, List<String> want,
                                 List<String> wantOption, PlanContext context) {
        if (p.subject().kind() == ObjectKind.COLUMN) {
            // What the table's own REVOKE takes from the column first is no longer there to revoke or keep.
            TableLevel table = TableLevel.of(p.subject(), p.grantee(), context);
            return afterTableLevel(p.subject(), p.grantee(), context, change(p.key(), p.subject(), p.grantee(),
                    minus(had, table.revoked()), minus(hadOption, table.revokedOption()), want, wantOption));
        }
        return Planned.builder().add(change(p.key(), p.subject(), p.grantee(), had, hadOption, want, wantOption))
                .add(columnGrantsTakenAlong(p, minus(had, want), minus(hadOption, wantOption), context)).build();
    }

    private static Planned change(ObjectKey key, ObjectKey subject, String grantee, List<String> had,
                                  List<String> hadOption, List<String> want, List<String> wantOption) {
        return grantsAndRevokes(key, "GRANT ", "REVOKE ", " ON " + KindPlanners.grantTarget(subject), grantee(grantee),
                had, hadOption, want, wantOption, privileges -> KindPlanners.privilegeList(subject, privileges));
    }

    // ---- a REVOKE on a table takes the privilege from each of its columns too

    /**
     * What the plan revokes from a grantee on a column's table (or view) as a whole: PostgreSQL takes the same
     * privileges, and grant options, from every column of it.
     *
     * @param key           the table-level privilege (whose statements a column's wait for)
     * @param revoked       privileges revoked
     * @param revokedOption grant options revoked (with the privileges revoked)
     */
    private record TableLevel(ObjectKey key, List<String> revoked, List<String> revokedOption) {
        static TableLevel of(ObjectKey column, String grantee, PlanContext context) {
            ObjectKey relation = relationOf(column, context);
            ObjectKey key = PrivilegeDef.of(relation, grantee, List.of(), List.of()).key();
            Optional<Change> change = context.change(key);
            if (change.orElse(null) instanceof Change.Changed c) {
                PrivilegeDef r = (PrivilegeDef) c.reference();
                PrivilegeDef t = (PrivilegeDef) c.target();
                List<String> revoked = minus(t.privileges(), r.privileges());
                return new TableLevel(key, revoked, union(revoked, minus(t.grantOption(), r.grantOption())));
            } else if (change.orElse(null) instanceof Change.Unexpected u && !context.goesAway(relation)) {
                PrivilegeDef t = (PrivilegeDef) u.object();
                return new TableLevel(key, t.privileges(), union(t.privileges(), t.grantOption()));
            }
            return new TableLevel(key, List.of(), List.of());
        }
    }

    /** A column's statements run after its table's: a table-level REVOKE would take a column GRANT made before it. */
    private static Planned afterTableLevel(ObjectKey column, String grantee, PlanContext context, Planned planned) {
        ObjectKey table = TableLevel.of(column, grantee, context).key();
        return planned.map(s -> s.needing(table));
    }

    /**
     * The column grants of the grantee that the reference has and that no change of their own plans, given again
     * after the table-level REVOKE of {@code revoked} (or of their grant option) took them.
     */
    private static Planned columnGrantsTakenAlong(PrivilegeDef table, List<String> revoked, List<String> revokedOption,
                                                  PlanContext context) {
        if (revoked.isEmpty() && revokedOption.isEmpty() || !table.subject().kind().isRelation()) {
            return Planned.NOTHING;
        }
        Planned.Builder out = Planned.builder();
        for (PrivilegeDef column : context.reference.objects(PrivilegeDef.class)) {
            ObjectKey subject = column.subject();
            if (subject.kind() != ObjectKind.COLUMN || !column.grantee().equals(table.grantee())
                    || !subject.schema().equals(table.subject().schema())
                    || !subject.parent().equals(Optional.of(table.subject().name()))
                    || context.change(column.key()).isPresent()) {
                continue;
            }
            List<String> option = union(revoked, revokedOption);
            out.add(change(column.key(), subject, column.grantee(), minus(column.privileges(), revoked),
                    minus(column.grantOption(), option), column.privileges(), column.grantOption())
                    .map(s -> s.needing(table.key())));
        }
        return out.build();
    }

    /** The table, view or materialized view a column belongs to, as the catalogs have it. */
    private static ObjectKey relationOf(ObjectKey column, PlanContext context) {
        String schema = column.schema();
        String name = column.parent().orElseThrow();
        for (ObjectKey candidate : List.of(ObjectKey.view(schema, name), ObjectKey.materializedView(schema, name))) {
            if (context.reference.find(candidate).isPresent() || context.target.find(candidate).isPresent()) {
                return candidate;
            }
        }
        return ObjectKey.table(schema, name);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
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
