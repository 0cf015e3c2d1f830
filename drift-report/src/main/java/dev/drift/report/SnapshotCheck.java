package dev.drift.report;

import dev.drift.core.AggregateDef;
import dev.drift.core.Catalog;
import dev.drift.core.CollationDef;
import dev.drift.core.ColumnDef;
import dev.drift.core.CommentDef;
import dev.drift.core.CompositeTypeDef;
import dev.drift.core.ConstraintDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.Dependency;
import dev.drift.core.DomainDef;
import dev.drift.core.DriftException;
import dev.drift.core.EnumTypeDef;
import dev.drift.core.ExtensionDef;
import dev.drift.core.IndexDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RangeTypeDef;
import dev.drift.core.RoutineDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.SequenceDef;
import dev.drift.core.Sql;
import dev.drift.core.StatementCheck;
import dev.drift.core.TableDef;
import dev.drift.core.TriggerDef;
import dev.drift.core.TypeDef;
import dev.drift.core.ViewDef;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a snapshot file must be before Drift uses it, checked once when it is read ({@link Snapshots}): a
 * snapshot is a file anyone may have written, not the server's rendering of a catalog, and its texts become
 * parts of statements that run on production databases.
 * <ul>
 *   <li>a plausible server version: 0 (unknown) or PostgreSQL {@value #OLDEST_MAJOR} or later (older servers
 *       are refused by the reader, so no snapshot of one comes from Drift);</li>
 *   <li>names of at most 63 bytes ({@code NAMEDATALEN - 1}: the server would truncate a longer one, and the
 *       object would not be the one planned), and no NUL character anywhere;</li>
 *   <li>consistent references: a column, constraint, index, trigger, policy or row security setting belongs to
 *       a relation the snapshot has; an owner, comment or grant to an object it has; a sequence is owned by a
 *       column it has; a dependency joins two objects it has;</li>
 *   <li>texts that cannot reshape the statement they are placed in: each definition, expression and type
 *       name is complete SQL with no semicolon, no backslash outside quotes and balanced parentheses
 *       ({@link StatementCheck#fragmentProblem}); an index or trigger definition is a {@code CREATE INDEX} or
 *       {@code CREATE TRIGGER} of that very object; a SQL-standard routine body makes a {@code CREATE FUNCTION}
 *       that passes {@link StatementCheck}; privilege and object-type words are the ones PostgreSQL has.</li>
 * </ul>
 * Every statement planned from a snapshot passes {@link StatementCheck} again when its {@code FixScript} is
 * made, before anything is printed or run. (Planning the whole snapshot here, from nothing, would check the
 * same statements twice and cost more than reading the file.)
 * A failure names the file, the object and what is wrong ({@link DriftException}: exit code 2 in the CLI).
 */
final class SnapshotCheck {

    /** The oldest major Drift reads ({@code PostgresCatalogReader.OLDEST_SUPPORTED}, kept equal by a test). */
    static final int OLDEST_MAJOR = 14;
    private static final int NAME_BYTES = 63;

    private static final Set<String> PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "CREATE", "CONNECT", "TEMPORARY", "TEMP", "EXECUTE", "USAGE", "SET", "ALTER SYSTEM",
            "MAINTAIN");
    private static final Set<String> DEFAULT_PRIVILEGE_OBJECTS = Set.of("TABLES", "SEQUENCES", "FUNCTIONS", "ROUTINES",
            "TYPES", "SCHEMAS", "LARGE OBJECTS");
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern VIEW_QUERY = Pattern.compile("(?is)^\\s*(\\(\\s*)*(SELECT|WITH|VALUES|TABLE)\\b.*");

    private final Catalog catalog;
    private final String source;
    /**
     * The catalog's keys, for the reference checks: a hash lookup each, where the catalog's sorted map takes
     * some fifteen key comparisons (a snapshot of 1,000 tables makes about 60,000 such lookups).
     */
    private final Set<ObjectKey> keys;
    /**
     * Texts that passed {@link StatementCheck#fragmentProblem} (a pure function of the text) in this file: the
     * same type names and defaults stand in thousands of columns, and each is lexed once.
     */
    private final Set<String> safeFragments = new HashSet<>();

    private SnapshotCheck(Catalog catalog, String source) {
        this.catalog = catalog;
        this.source = source;
        this.keys = new HashSet<>(catalog.size() * 2);
        catalog.objects().forEach(o -> keys.add(o.key()));
    }

    /**
     * Returns the catalog when it passes, else throws.
     *
     * @param source the file's name, for the message
     * @throws DriftException naming the file, the object and the problem
     */
    static Catalog check(Catalog catalog, String source) {
        new SnapshotCheck(catalog, source).run();
        return catalog;
    }

    private void run() {
        int version = catalog.serverVersion();
        if (version != 0 && (version < OLDEST_MAJOR * 10000 || version > 999999)) {
            fail("its serverVersion " + version + " is not a PostgreSQL " + OLDEST_MAJOR + " or later version number"
                    + " (server_version_num, e.g. 170007), nor 0 for unknown");
        }
        name(catalog.database(), () -> "the database name");
        for (DbObject o : catalog.objects()) {
            key(o.key(), o);
            new Fields(o).check(o);
        }
        for (Dependency d : catalog.dependencies()) {
            for (ObjectKey end : List.of(d.dependent(), d.referenced())) {
                if (!has(end)) {
                    fail("a dependency names " + end + ", which the snapshot does not have");
                }
            }
        }
    }

    private void key(ObjectKey key, DbObject o) {
        if (key.kind().isAttribute()) {
            return; // named after its subject, checked with it
        }
        name(key.schema(), () -> "the schema name of " + key);
        key.parent().ifPresent(p -> name(p, () -> "the table name of " + key));
        if (key.kind() == ObjectKind.INHERITANCE && o instanceof InheritanceDef inheritance) {
            // Named after the table inherited from (schema.table, up to twice a name's length), whose key is
            // checked as a key of its own: the name only has to be that table's.
            if (!key.name().equals(inheritance.parentTable().displayName())) {
                fail("the name of " + key + " is not the table it inherits from, " + inheritance.parentTable());
            }
        } else {
            name(key.name(), () -> "the name of " + key);
        }
        key.arguments().forEach(a -> fragment(a, () -> "an argument type of " + key));
    }

    private void name(String name, Supplier<String> what) {
        if (name.indexOf('\0') >= 0) {
            fail(what.get() + " holds a NUL character");
        }
        // A name of at most 21 characters is at most 63 bytes in UTF-8: only longer ones are encoded to count.
        int bytes = name.length() <= NAME_BYTES / 3 ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > NAME_BYTES) {
            fail(what.get() + " is " + bytes + " bytes long; PostgreSQL names are at most " + NAME_BYTES + " bytes");
        }
    }

    private void names(Collection<String> names, Supplier<String> what) {
        names.forEach(n -> name(n, what));
    }

    /** A literal Drift quotes itself: anything but a NUL character. */
    private void literal(String value, Supplier<String> what) {
        if (value.indexOf('\0') >= 0) {
            fail(what.get() + " holds a NUL character");
        }
    }

    private void fragment(String text, Supplier<String> what) {
        if (safeFragments.contains(text)) {
            return;
        }
        StatementCheck.fragmentProblem(text).ifPresent(p -> fail(what.get() + " is not a safe piece of SQL (" + p + "): "
                + abbreviate(text)));
        safeFragments.add(text);
    }

    private boolean has(ObjectKey key) {
        return keys.contains(key);
    }

    private void fragment(Optional<String> text, Supplier<String> what) {
        text.ifPresent(t -> fragment(t, what));
    }

    private void words(Collection<String> values, Set<String> allowed, Supplier<String> what) {
        for (String v : values) {
            if (!allowed.contains(v.toUpperCase(Locale.ROOT))) {
                fail(what.get() + " holds '" + abbreviate(v) + "', which is not one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private void present(ObjectKey key, Supplier<String> what) {
        if (!has(key)) {
            fail(what.get() + " names " + key + ", which the snapshot does not have");
        }
    }

    /** The relation a table child belongs to: a table, view or materialized view of the snapshot. */
    private void relation(ObjectKey child) {
        String schema = child.schema();
        String name = child.parent().orElseThrow();
        boolean found = has(ObjectKey.table(schema, name)) || has(ObjectKey.view(schema, name))
                || has(ObjectKey.materializedView(schema, name));
        if (!found) {
            fail(child + " belongs to " + Sql.qualified(schema, name) + ", which the snapshot does not have");
        }
    }

    /** The subject of an owner, comment or grant: a column counts when its relation is there (views list theirs). */
    private void subject(ObjectKey subject, DbObject attribute) {
        if (subject.kind() == ObjectKind.COLUMN) {
            relation(subject);
        } else {
            present(subject, () -> attribute.key().toString());
        }
    }

    /** A whole statement kept in the snapshot: it must create exactly the object it belongs to. */
    private void creates(String definition, ObjectKey key, String keyword) {
        fragment(definition, () -> "the definition of " + key);
        // The server writes these on one line, single-spaced; names keep whatever they hold, line breaks included.
        String normalized = definition.strip();
        String table = key.parent().orElseThrow();
        boolean named = spellings(key.name()).stream().anyMatch(n -> Set.of("CREATE ", "CREATE UNIQUE ",
                "CREATE CONSTRAINT ").stream().anyMatch(c -> normalized.startsWith(c + keyword + " " + n + " ")));
        boolean on = spellings(key.schema()).stream().anyMatch(s -> spellings(table).stream().anyMatch(t ->
                normalized.contains(" ON " + s + "." + t + " ") || normalized.contains(" ON ONLY " + s + "." + t + " ")));
        if (!named || !on) {
            fail("the definition of " + key + " is not a CREATE " + keyword + " of " + Sql.ident(key.name()) + " on "
                    + Sql.qualified(key.schema(), table) + ": " + abbreviate(definition));
        }
    }

    /**
     * How the server may spell a name: quoted as Drift quotes it, or bare when it is a plain lower-case name (a
     * word that only a newer major reserves stands bare on an older one).
     */
    private static Set<String> spellings(String name) {
        return PLAIN.matcher(name).matches() ? Set.of(name, '"' + name + '"') : Set.of(Sql.ident(name));
    }

    private void fail(String problem) {
        throw new DriftException(source + ": " + problem);
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    /** The fields of each kind: names, literals Drift quotes, and pieces of SQL it places in its statements. */
    private final class Fields {
        private final ObjectKey key;

        Fields(DbObject o) {
            this.key = o.key();
        }

        /** The object, as messages name it: only worked out for a message (a snapshot has many thousands). */
        private String of() {
            return key.toString();
        }

        /** The fields of the object's kind (a kind without a check here is refused, not let through). */
        void check(DbObject o) {
            if (o instanceof SchemaDef x) {
                schema(x);
            } else if (o instanceof TableDef x) {
                table(x);
            } else if (o instanceof ColumnDef x) {
                column(x);
            } else if (o instanceof ConstraintDef x) {
                constraint(x);
            } else if (o instanceof IndexDef x) {
                index(x);
            } else if (o instanceof SequenceDef x) {
                sequence(x);
            } else if (o instanceof ViewDef x) {
                view(x);
            } else if (o instanceof MaterializedViewDef x) {
                materializedView(x);
            } else if (o instanceof RoutineDef x) {
                routine(x);
            } else if (o instanceof AggregateDef x) {
                aggregate(x);
            } else if (o instanceof TriggerDef x) {
                trigger(x);
            } else if (o instanceof ExtensionDef x) {
                extension(x);
            } else if (o instanceof CollationDef x) {
                collation(x);
            } else if (o instanceof TypeDef x) {
                type(x);
            } else if (o instanceof InheritanceDef x) {
                inheritance(x);
            } else if (o instanceof RowSecurityDef x) {
                rowSecurity(x);
            } else if (o instanceof PolicyDef x) {
                policy(x);
            } else if (o instanceof OwnerDef x) {
                owner(x);
            } else if (o instanceof CommentDef x) {
                comment(x);
            } else if (o instanceof PrivilegeDef x) {
                privilege(x);
            } else if (o instanceof DefaultPrivilegeDef x) {
                defaultPrivilege(x);
            } else {
                fail(o.key() + " is of a kind the snapshot checks do not know");
            }
        }

        Void schema(SchemaDef schema) {
            return null;
        }

        Void table(TableDef table) {
            fragment(table.partitionKey(), () -> "the partition key of " + of());
            return null;
        }

        Void column(ColumnDef column) {
            relation(column.key());
            fragment(column.type(), () -> "the type of " + of());
            fragment(column.defaultExpression(), () -> "the default of " + of());
            fragment(column.generated().map(ColumnDef.Generated::expression), () -> "the generation expression of " + of());
            fragment(column.collation(), () -> "the collation of " + of());
            column.identity().ifPresent(i -> fragment(i.options().dataType(), () -> "the identity type of " + of()));
            return null;
        }

        Void constraint(ConstraintDef constraint) {
            relation(constraint.key());
            fragment(constraint.definition(), () -> "the definition of " + of());
            names(constraint.columns(), () -> "a column name of " + of());
            constraint.references().ifPresent(r -> key(r, constraint));
            return null;
        }

        Void index(IndexDef index) {
            relation(index.key());
            creates(index.definition(), index.key(), "INDEX");
            index.constraint().ifPresent(c -> name(c, () -> "the constraint name of " + of()));
            return null;
        }

        Void sequence(SequenceDef sequence) {
            fragment(sequence.options().dataType(), () -> "the data type of " + of());
            sequence.ownedBy().ifPresent(c -> {
                key(c, sequence);
                relation(c);
            });
            return null;
        }

        Void view(ViewDef view) {
            query(view.definition());
            // Each is a column's quoted name and its type ("id integer"): longer than a name may be, and text
            // placed in a statement like any other.
            view.columns().forEach(c -> fragment(c, () -> "a column of " + of()));
            view.checkOption().ifPresent(o -> words(List.of(o.toLowerCase(Locale.ROOT)),
                    Set.of("LOCAL", "CASCADED"), () -> "the check option of " + of()));
            return null;
        }

        Void materializedView(MaterializedViewDef view) {
            query(view.definition());
            // Each is a column's quoted name and its type ("id integer"): longer than a name may be, and text
            // placed in a statement like any other.
            view.columns().forEach(c -> fragment(c, () -> "a column of " + of()));
            return null;
        }

        private void query(String definition) {
            fragment(definition, () -> "the query of " + of());
            if (!VIEW_QUERY.matcher(definition).matches()) {
                fail("the query of " + of() + " is not a SELECT, WITH, VALUES or TABLE query: " + abbreviate(definition));
            }
        }

        Void routine(RoutineDef routine) {
            fragment(routine.arguments(), () -> "the arguments of " + of());
            fragment(routine.returns(), () -> "the result of " + of());
            name(routine.language(), () -> "the language of " + of());
            fragment(routine.support(), () -> "the support function of " + of());
            routine.config().forEach(c -> literal(c, () -> "a setting of " + of()));
            if (routine.standardBody()) {
                // Written as it is (BEGIN ATOMIC ... END, or RETURN): the statement it makes must pass the check.
                StatementCheck.problem(RoutinePlanner.createSql(routine, false), ObjectKind.ROUTINE).ifPresent(p ->
                        fail("the body of " + of() + " would make an unsafe statement (" + p + "): "
                                + abbreviate(routine.body())));
            } else {
                literal(routine.body(), () -> "the body of " + of()); // dollar-quoted with a tag the body does not hold
            }
            routine.binary().ifPresent(b -> literal(b, () -> "the library of " + of()));
            return null;
        }

        Void aggregate(AggregateDef a) {
            fragment(a.arguments(), () -> "the arguments of " + of());
            fragment(a.returns(), () -> "the result of " + of());
            fragment(a.stateFunction(), () -> "the state function of " + of());
            fragment(a.stateType(), () -> "the state type of " + of());
            fragment(a.finalFunction(), () -> "the final function of " + of());
            fragment(a.combineFunction(), () -> "the combine function of " + of());
            fragment(a.serialFunction(), () -> "the serial function of " + of());
            fragment(a.deserialFunction(), () -> "the deserial function of " + of());
            fragment(a.sortOperator(), () -> "the sort operator of " + of());
            a.initialCondition().ifPresent(c -> literal(c, () -> "the initial condition of " + of()));
            a.moving().ifPresent(m -> {
                fragment(m.stateFunction(), () -> "the moving state function of " + of());
                fragment(m.inverseFunction(), () -> "the moving inverse function of " + of());
                fragment(m.stateType(), () -> "the moving state type of " + of());
                fragment(m.finalFunction(), () -> "the moving final function of " + of());
                m.initialCondition().ifPresent(c -> literal(c, () -> "the moving initial condition of " + of()));
            });
            return null;
        }

        Void trigger(TriggerDef trigger) {
            relation(trigger.key());
            creates(trigger.definition(), trigger.key(), "TRIGGER");
            return null;
        }

        Void extension(ExtensionDef extension) {
            literal(extension.version(), () -> "the version of " + of());
            return null;
        }

        Void collation(CollationDef collation) {
            collation.locale().ifPresent(l -> literal(l, () -> "the locale of " + of()));
            collation.lcCollate().ifPresent(l -> literal(l, () -> "LC_COLLATE of " + of()));
            collation.lcCtype().ifPresent(l -> literal(l, () -> "LC_CTYPE of " + of()));
            collation.rules().ifPresent(r -> literal(r, () -> "the rules of " + of()));
            return null;
        }

        Void type(TypeDef type) {
            if (type instanceof EnumTypeDef e) {
                names(e.labels(), () -> "a label of " + of());
            } else if (type instanceof DomainDef d) {
                fragment(d.baseType(), () -> "the base type of " + of());
                fragment(d.collation(), () -> "the collation of " + of());
                fragment(d.defaultExpression(), () -> "the default of " + of());
                for (DomainDef.Check c : d.constraints()) {
                    name(c.name(), () -> "a check name of " + of());
                    fragment(c.definition(), () -> "the check " + c.name() + " of " + of());
                }
            } else if (type instanceof CompositeTypeDef c) {
                for (CompositeTypeDef.Attribute a : c.attributes()) {
                    name(a.name(), () -> "an attribute name of " + of());
                    fragment(a.type(), () -> "the type of attribute " + a.name() + " of " + of());
                    fragment(a.collation(), () -> "the collation of attribute " + a.name() + " of " + of());
                }
            } else if (type instanceof RangeTypeDef r) {
                fragment(r.subtype(), () -> "the subtype of " + of());
                fragment(r.subtypeOpclass(), () -> "the subtype operator class of " + of());
                fragment(r.collation(), () -> "the collation of " + of());
                fragment(r.canonical(), () -> "the canonical function of " + of());
                fragment(r.subtypeDiff(), () -> "the subtype difference function of " + of());
                name(r.multirange(), () -> "the multirange type name of " + of());
            }
            return null;
        }

        Void inheritance(InheritanceDef inheritance) {
            key(inheritance.parentTable(), inheritance);
            present(inheritance.parentTable(), this::of);
            present(inheritance.key().table().orElseThrow(), this::of);
            fragment(inheritance.bound(), () -> "the partition bound of " + of());
            return null;
        }

        Void rowSecurity(RowSecurityDef rowSecurity) {
            relation(rowSecurity.key());
            return null;
        }

        Void policy(PolicyDef policy) {
            relation(policy.key());
            names(policy.roles(), () -> "a role of " + of());
            fragment(policy.using(), () -> "the USING expression of " + of());
            fragment(policy.withCheck(), () -> "the WITH CHECK expression of " + of());
            return null;
        }

        Void owner(OwnerDef owner) {
            subject(owner.subject(), owner);
            key(owner.subject(), owner);
            name(owner.role(), () -> "the owner of " + owner.subject());
            return null;
        }

        Void comment(CommentDef comment) {
            subject(comment.subject(), comment);
            key(comment.subject(), comment);
            literal(comment.text(), () -> "the comment on " + comment.subject());
            return null;
        }

        Void privilege(PrivilegeDef privilege) {
            subject(privilege.subject(), privilege);
            key(privilege.subject(), privilege);
            name(privilege.grantee(), () -> "the grantee of " + of());
            words(privilege.privileges(), PRIVILEGES, () -> "the privileges of " + of());
            words(privilege.grantOption(), PRIVILEGES, () -> "the grant options of " + of());
            return null;
        }

        Void defaultPrivilege(DefaultPrivilegeDef d) {
            name(d.role(), () -> "the role of " + of());
            d.schema().ifPresent(s -> name(s, () -> "the schema of " + of()));
            name(d.grantee(), () -> "the grantee of " + of());
            words(List.of(d.objectType()), DEFAULT_PRIVILEGE_OBJECTS, () -> "the object type of " + of());
            words(d.privileges(), PRIVILEGES, () -> "the privileges of " + of());
            words(d.grantOption(), PRIVILEGES, () -> "the grant options of " + of());
            return null;
        }
    }
}
