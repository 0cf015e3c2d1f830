package dev.drift.report;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.Dependency;
import dev.drift.core.DomainDef;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.IndexDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.Sql;
import dev.drift.core.StatementCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statements of a plan that grant power or run code, found in one pass over the planned statements
 * (after the per-kind planners, which know nothing of it), and what follows from them:
 * <ul>
 *   <li>{@link Hazard.Kind#GRANTS_POWER}: a {@code SECURITY DEFINER} routine, a routine in a language PostgreSQL
 *       does not sandbox, a {@code GRANT} (to a role or PUBLIC), a default privilege granted, an owner changed,
 *       row-level security turned off, a permissive policy created, a policy changed, a restrictive one dropped;</li>
 *   <li>{@link Hazard.Kind#RUNS_CODE}: a statement whose execution runs code that is not PostgreSQL's own, with
 *       the rights of the role that runs the script: a materialized view filled on creation; an index, a check
 *       or a default that calls a function, operator or type outside {@code pg_catalog} and is evaluated over
 *       the rows a table already holds.</li>
 * </ul>
 * From a reference the caller named, these run and are listed; from one Drift chose
 * ({@link PlanOptions#untrustedReference()}: a fleet baseline chosen from the tenants) they are held back like
 * destructive statements, with what depends on them, unless the caller allows them
 * ({@link PlanOptions#allowPrivileged()}): {@link #holdBack} runs after {@link HoldBack}, a split in and a split
 * out. A {@code SECURITY DEFINER} routine the plan creates is given the reference's owner right after
 * ({@code RoutinePlanner}), so it never runs with the rights of whoever ran the script; when the reference does
 * not say who owns it, its creation is held back here.
 */
final class TrustHazards {

    /** Languages PostgreSQL (or their extension) mark trusted: code in them cannot reach past the database. */
    private static final Set<String> TRUSTED_LANGUAGES = Set.of("sql", "plpgsql", "plperl", "pltcl", "plv8", "java",
            "plrust");

    private final Catalog reference;
    private final Catalog target;
    /** The reference's enums that are enums in the target too, or new, as an expression writes their names. */
    private final Set<String> enums;

    private TrustHazards(SchemaDiff diff) {
        this.reference = diff.reference();
        this.target = diff.target();
        // An enum in the reference that the target has as an enum too, or not at all (the plan creates it): in the
        // target, a type of that name of another kind (a domain whose check calls the tenant's own function)
        // would run that code.
        this.enums = diff.reference().objects(EnumTypeDef.class).stream()
                .filter(e -> diff.target().find(e.key()).map(EnumTypeDef.class::isInstance).orElse(true))
                .map(e -> Sql.qualified(e.key()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The planned statements with their {@code GRANTS_POWER} and {@code RUNS_CODE} hazards added. */
    static List<FixStatement> classify(List<FixStatement> planned, SchemaDiff diff) {
        TrustHazards pass = new TrustHazards(diff);
        List<FixStatement> out = new ArrayList<>(planned.size());
        for (FixStatement s : planned) {
            List<Hazard> extra = pass.hazards(s);
            out.add(extra.isEmpty() ? s : with(s, extra));
        }
        return out;
    }

    /**
     * The split with the statements that may not run moved to its held part: those that grant power or run code
     * when the reference is not trusted and the caller did not allow them, the creation of a {@code SECURITY
     * DEFINER} routine whose owner the reference does not give, and then whatever depends on a held creation (its
     * indexes, comments, grants and owner, and the objects the reference records as using it).
     */
    static HoldBack holdBack(HoldBack split, PlanOptions options, SchemaDiff diff,
                             Function<Catalog, DependencyIndex> indexes) {
        if (options.allowPrivileged()) {
            return split;
        }
        TrustHazards pass = new TrustHazards(diff);
        DependencyIndex uses = indexes.apply(diff.reference());
        List<FixStatement> held = new ArrayList<>(split.held());
        Set<ObjectKey> heldSubjects = new HashSet<>();
        List<FixStatement> keep = new ArrayList<>();
        for (FixStatement s : split.run()) {
            boolean untrusted = options.untrustedReference() && needsTrust(s);
            if (untrusted || pass.definerWithoutOwner(s)) {
                held.add(s);
                heldSubjects.add(s.subject());
            } else {
                keep.add(s);
            }
        }
        boolean grew = !heldSubjects.isEmpty();
        while (grew) {
            grew = false;
            List<FixStatement> next = new ArrayList<>();
            for (FixStatement s : keep) {
                Optional<ObjectKey> waitsFor = pass.waitsFor(s.subject(), heldSubjects, uses);
                if (waitsFor.isPresent()) {
                    held.add(s.withHazard(new Hazard(Hazard.Kind.MAY_FAIL, "held back with " + waitsFor.get()
                            + ", which is held back")));
                    heldSubjects.add(s.subject());
                    grew = true;
                } else {
                    next.add(s);
                }
            }
            keep = next;
        }
        return new HoldBack(List.copyOf(keep), List.copyOf(held));
    }

    /** Whether a statement grants power or runs code. */
    static boolean needsTrust(FixStatement s) {
        return s.hazards().stream().anyMatch(h -> h.kind().needsTrust());
    }

    private static FixStatement with(FixStatement s, List<Hazard> extra) {
        List<Hazard> hazards = new ArrayList<>(s.hazards());
        hazards.addAll(extra);
        return s.withHazards(hazards);
    }

    /** The held subject a statement's subject belongs to or uses, if any. */
    private Optional<ObjectKey> waitsFor(ObjectKey subject, Set<ObjectKey> held, DependencyIndex uses) {
        Optional<DbObject> object = reference.find(subject);
        Optional<ObjectKey> described = object.flatMap(TrustHazards::subjectOf);
        if (described.filter(held::contains).isPresent()) {
            return described;
        }
        if (subject.parent().isPresent()) {
            for (ObjectKey relation : List.of(ObjectKey.table(subject.schema(), subject.parent().get()),
                    ObjectKey.view(subject.schema(), subject.parent().get()),
                    ObjectKey.materializedView(subject.schema(), subject.parent().get()))) {
                if (held.contains(relation)) {
                    return Optional.of(relation);
                }
            }
        }
        return uses.of(subject).stream().map(Dependency::referenced).filter(held::contains).findFirst();
    }

    private static Optional<ObjectKey> subjectOf(DbObject o) {
        if (o instanceof OwnerDef d) {
            return Optional.of(d.subject());
        }
        if (o instanceof dev.drift.core.CommentDef d) {
            return Optional.of(d.subject());
        }
        if (o instanceof PrivilegeDef d) {
            return Optional.of(d.subject());
        }
        return Optional.empty();
    }

    // ---- classification ------------------------------------------------------------------------

    private List<Hazard> hazards(FixStatement s) {
        String head = s.sql().stripLeading().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        ObjectKey key = s.subject();
        Optional<DbObject> ref = reference.find(key);
        List<Hazard> out = new ArrayList<>();
        switch (key.kind()) {
            case ROUTINE -> ref.filter(RoutineDef.class::isInstance).map(RoutineDef.class::cast).ifPresent(r -> {
                boolean creates = head.startsWith("CREATE ");
                if (r.securityDefiner() && (creates || head.contains(" SECURITY DEFINER"))) {
                    out.add(power("runs with the rights of its owner (SECURITY DEFINER), whoever calls it"));
                }
                if (creates && !TRUSTED_LANGUAGES.contains(r.language().toLowerCase(Locale.ROOT))) {
                    out.add(power("is written in " + r.language() + ", which PostgreSQL does not sandbox: only a"
                            + " superuser may create it, and it can do whatever the server's operating-system user can"));
                }
            });
            case PRIVILEGE -> {
                Optional<PrivilegeDef> wanted = ref.filter(PrivilegeDef.class::isInstance).map(PrivilegeDef.class::cast);
                // A grant given back to an object the plan creates again restores what the target had: no new power.
                boolean restores = wanted.isPresent() && target.find(key).filter(PrivilegeDef.class::isInstance)
                        .map(PrivilegeDef.class::cast).filter(t -> t.privileges().containsAll(wanted.get().privileges())
                                && t.grantOption().containsAll(wanted.get().grantOption())).isPresent();
                if (head.startsWith("GRANT ") && !restores) {
                    out.add(power("gives " + wanted.map(PrivilegeDef::grantee).orElse("a role") + " a privilege on "
                            + subjectName(ref, key)));
                }
            }
            case DEFAULT_PRIVILEGE -> {
                if (head.contains(" GRANT ")) {
                    String grantee = ref.filter(DefaultPrivilegeDef.class::isInstance)
                            .map(d -> ((DefaultPrivilegeDef) d).grantee()).orElse("a role");
                    out.add(power("gives " + grantee + " privileges on objects created from now on"));
                }
            }
            case OWNER -> {
                Optional<OwnerDef> wanted = ref.filter(OwnerDef.class::isInstance).map(OwnerDef.class::cast);
                Optional<String> had = target.find(key).filter(OwnerDef.class::isInstance).map(o -> ((OwnerDef) o).role());
                if (wanted.isPresent() && !had.equals(Optional.of(wanted.get().role()))) {
                    out.add(power("makes " + wanted.get().role() + " the owner of " + wanted.get().subject().displayName()
                            + ": an owner may change, drop and grant it"));
                }
            }
            case ROW_SECURITY -> {
                if (head.contains(" DISABLE ROW LEVEL SECURITY") || head.contains(" NO FORCE ROW LEVEL SECURITY")) {
                    out.add(power("turns off row-level security on " + Ddl.parentTable(key)
                            + " (for its owner, with NO FORCE): its policies no longer restrict the rows it shows"));
                }
            }
            case POLICY -> policy(head, key, ref, out);
            case MATERIALIZED_VIEW -> {
                if (starts(head, "CREATE", "MATERIALIZED", "VIEW") && !head.endsWith(" WITH NO DATA")) {
                    out.add(code("runs its query now to fill it: every function the query calls runs"));
                }
            }
            case INDEX, CONSTRAINT -> rowsOfTable(s, head, key, ref, out);
            case COLUMN -> column(head, key, ref, out);
            case TYPE -> ref.filter(DomainDef.class::isInstance).map(DomainDef.class::cast).ifPresent(d -> {
                boolean validates = head.contains(" VALIDATE CONSTRAINT ")
                        || head.contains(" ADD CONSTRAINT ") && !head.endsWith(" NOT VALID");
                if (validates && d.constraints().stream().anyMatch(c -> callsUserCode(c.definition())
                        && s.sql().contains(Sql.ident(c.name())))) {
                    out.add(code("checks every value of the domain already stored, calling code that is not"
                            + " PostgreSQL's own"));
                }
            });
            default -> { }
        }
        return out;
    }

    private void policy(String head, ObjectKey key, Optional<DbObject> ref, List<Hazard> out) {
        Optional<PolicyDef> wanted = ref.filter(PolicyDef.class::isInstance).map(PolicyDef.class::cast);
        if (starts(head, "CREATE", "POLICY") && wanted.filter(PolicyDef::permissive).isPresent()) {
            out.add(power("lets " + String.join(", ", wanted.get().roles()) + " see or change the rows its"
                    + " expressions admit"));
        } else if (starts(head, "ALTER", "POLICY")) {
            out.add(power("changes which rows the policy lets through, and for whom"));
        } else if (starts(head, "DROP", "POLICY")) {
            boolean restrictive = target.find(key).filter(PolicyDef.class::isInstance)
                    .filter(p -> !((PolicyDef) p).permissive()).isPresent();
            if (restrictive) {
                out.add(power("drops a restrictive policy: the rows it kept from its roles become visible to them"));
            }
        }
    }

    /** An index, or a check or exclusion constraint, evaluated over the rows its table already holds. */
    private void rowsOfTable(FixStatement s, String head, ObjectKey key, Optional<DbObject> ref, List<Hazard> out) {
        ObjectKey table = ObjectKey.table(key.schema(), key.parent().orElseThrow());
        boolean hasRows = target.find(table).isPresent()
                || reference.find(ObjectKey.materializedView(key.schema(), key.parent().get())).isPresent();
        if (!hasRows) {
            return;
        }
        Optional<String> evaluated = Optional.empty();
        if (ref.orElse(null) instanceof IndexDef i && head.startsWith("CREATE ")) {
            evaluated = Optional.of(i.definition());
        } else if (ref.orElse(null) instanceof ConstraintDef c && (c.type() == ConstraintDef.Type.CHECK
                || c.type() == ConstraintDef.Type.EXCLUSION)) {
            boolean validates = head.contains(" VALIDATE CONSTRAINT ")
                    || head.contains(" ADD CONSTRAINT ") && !head.endsWith(" NOT VALID");
            evaluated = validates ? Optional.of(c.definition()) : Optional.empty();
        }
        if (evaluated.filter(this::callsUserCode).isPresent()) {
            out.add(code("evaluates its expression for every row " + Ddl.parentTable(key) + " holds, calling code that"
                    + " is not PostgreSQL's own"));
        }
    }

    /** A column added to a table that has rows, with a default or stored generation that calls user code. */
    private void column(String head, ObjectKey key, Optional<DbObject> ref, List<Hazard> out) {
        if (!(ref.orElse(null) instanceof ColumnDef c)) {
            return;
        }
        boolean fills = head.contains(" ADD COLUMN ") || head.contains(" SET EXPRESSION ");
        boolean hasRows = target.find(ObjectKey.table(key.schema(), key.parent().orElseThrow())).isPresent();
        Optional<String> computed = c.generated().filter(g -> g.storage() == ColumnDef.Generated.Storage.STORED)
                .map(ColumnDef.Generated::expression).or(c::defaultExpression);
        if (fills && hasRows && computed.filter(this::callsUserCode).isPresent()) {
            out.add(code("computes a value for every row the table holds, calling code that is not PostgreSQL's own"));
        }
    }

    /**
     * Whether an expression of the reference calls code that is not PostgreSQL's own; a literal read as one of the
     * reference's enums ({@code 'active'::public.status}) does not: an enum's input function is built in.
     */
    private boolean callsUserCode(String expression) {
        return StatementCheck.callsUserCode(expression, enums::contains);
    }

    private boolean definerWithoutOwner(FixStatement s) {
        return createsDefiner(s) && referenceOwner(s.subject()).isEmpty();
    }

    private boolean createsDefiner(FixStatement s) {
        boolean creates = s.subject().kind() == ObjectKind.ROUTINE && s.sql().stripLeading().toUpperCase(Locale.ROOT)
                .startsWith("CREATE ") && target.find(s.subject()).isEmpty();
        return creates && reference.find(s.subject()).filter(r -> r instanceof RoutineDef d && d.securityDefiner())
                .isPresent();
    }

    private Optional<OwnerDef> referenceOwner(ObjectKey routine) {
        return reference.objects(OwnerDef.class).stream().filter(o -> o.subject().equals(routine)).findFirst();
    }

    /** Whether a statement's first keywords are these (read, not written: each form is written by its planner). */
    private static boolean starts(String head, String... words) {
        return head.startsWith(String.join(" ", words) + " ");
    }

    private static String subjectName(Optional<DbObject> ref, ObjectKey key) {
        return ref.flatMap(TrustHazards::subjectOf).map(k -> k.kind().label() + " " + k.displayName())
                .orElse(key.displayName());
    }

    private static Hazard power(String why) {
        return new Hazard(Hazard.Kind.GRANTS_POWER, why);
    }

    private static Hazard code(String why) {
        return new Hazard(Hazard.Kind.RUNS_CODE, why + ", with the rights of the role that runs the script");
    }
}
