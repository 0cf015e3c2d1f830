package dev.drift.core;

import java.util.List;
import java.util.Objects;

/**
 * What one grantee may do with one object: the privileges granted to it, as {@code aclexplode} lists
 * them. The object owner's own privileges are not listed (they follow ownership), and who granted them
 * is not compared.
 *
 * @param subject     the object (table, column, sequence, schema, type, routine...)
 * @param grantee     the role, or {@code PUBLIC}
 * @param privileges  the privileges, sorted, e.g. {@code [INSERT, SELECT]}
 * @param grantOption the privileges among them held {@code WITH GRANT OPTION}, sorted
 */
public record PrivilegeDef(ObjectKey key, ObjectKey subject, String grantee, List<String> privileges,
                           List<String> grantOption) implements DbObject {

    /** The grantee name that stands for every role. */
    public static final String PUBLIC = "PUBLIC";

    public PrivilegeDef {
        Keys.require(key, ObjectKind.PRIVILEGE);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().distinct().toList();
        grantOption = grantOption.stream().sorted().distinct().toList();
    }

    public static PrivilegeDef of(ObjectKey subject, String grantee, List<String> privileges, List<String> grantOption) {
        return new PrivilegeDef(Subjects.key(ObjectKind.PRIVILEGE, subject, " to " + grantee), subject, grantee,
                privileges, grantOption);
    }
}
