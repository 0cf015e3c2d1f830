package dev.drift.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A collation made with {@code CREATE COLLATION} in a user schema (the built-in ones in {@code pg_catalog} are
 * never read). Columns, domains, ranges and indexes name it schema-qualified, and pg_depend records their use.
 *
 * <p>Its version ({@code collversion}) is not part of it: PostgreSQL records the version of the collation
 * library that built it on that server, so two tenants on machines with another glibc or ICU differ there
 * while their schemas are the same, and no statement can set it (only {@code REFRESH VERSION}, which records
 * the server's own).
 *
 * @param provider      the library that implements it
 * @param locale        the ICU or builtin locale, as the server stored it (ICU canonicalizes a tag); empty for libc
 * @param lcCollate     {@code LC_COLLATE} of a libc collation; empty otherwise
 * @param lcCtype       {@code LC_CTYPE} of a libc collation; empty otherwise
 * @param deterministic whether strings that compare equal must be byte-wise equal (only ICU may say no)
 * @param rules         the ICU tailoring rules ({@code RULES}, PostgreSQL 16 and later); empty when none
 */
public record CollationDef(ObjectKey key, Provider provider, Optional<String> locale, Optional<String> lcCollate,
                           Optional<String> lcCtype, boolean deterministic, Optional<String> rules) implements DbObject {

    /** {@code collprovider}: libc, ICU, or the builtin provider of PostgreSQL 17 and later. */
    public enum Provider { LIBC, ICU, BUILTIN }

    public CollationDef {
        Keys.require(key, ObjectKind.COLLATION);
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(lcCollate, "lcCollate");
        Objects.requireNonNull(lcCtype, "lcCtype");
        Objects.requireNonNull(rules, "rules");
    }

    public static ObjectKey key(String schema, String name) {
        return new ObjectKey(ObjectKind.COLLATION, schema, Optional.empty(), name, List.of());
    }
}
