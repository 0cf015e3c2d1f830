package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectKindsDiffTest {

    private static final ObjectKey EVENTS = ObjectKey.table("public", "events");
    private static final ObjectKey EVENTS_2024 = ObjectKey.table("public", "events_2024");

    @Test
    void aColumnOneSideInheritsIsNoDifference() {
        InheritanceDef partition = new InheritanceDef(InheritanceDef.key(EVENTS_2024, EVENTS), EVENTS,
                Optional.of("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        Catalog reference = Catalog.of(TableDef.of("public", "events"), ColumnDef.of("public", "events", "id", 1, "bigint"),
                TableDef.of("public", "events_2024"), partition);
        // The target has events_2024 as a plain table with its own copy of the column, not attached.
        Catalog target = Catalog.of(TableDef.of("public", "events"), ColumnDef.of("public", "events", "id", 1, "bigint"),
                TableDef.of("public", "events_2024"), ColumnDef.of("public", "events_2024", "id", 1, "bigint"));
        SchemaDiff diff = Differ.compare(reference, target);
        assertThat(diff.changes()).singleElement().isInstanceOf(Change.Missing.class)
                .extracting(Change::key).isEqualTo(partition.key());
    }

    @Test
    void aColumnTheParentLacksIsTheChildsOwn() {
        InheritanceDef child = new InheritanceDef(InheritanceDef.key(EVENTS_2024, EVENTS), EVENTS, Optional.empty());
        Catalog reference = Catalog.of(TableDef.of("public", "events"), TableDef.of("public", "events_2024"), child,
                ColumnDef.of("public", "events_2024", "extra", 1, "int"));
        Catalog target = Catalog.of(TableDef.of("public", "events"), TableDef.of("public", "events_2024"), child);
        assertThat(Differ.compare(reference, target).changes()).singleElement()
                .extracting(Change::key).isEqualTo(ObjectKey.column("public", "events_2024", "extra"));
    }

    @Test
    void ownersAreComparedOnlyWhenAskedCommentsAndGrantsUnlessIgnored() {
        ObjectKey table = ObjectKey.table("public", "orders");
        Catalog reference = Catalog.of(TableDef.of("public", "orders"), OwnerDef.of(table, "app"),
                CommentDef.of(table, "orders"), PrivilegeDef.of(table, "reader", List.of("SELECT"), List.of()));
        Catalog target = Catalog.of(TableDef.of("public", "orders"), OwnerDef.of(table, "postgres"));
        assertThat(Differ.compare(reference, target).changes()).extracting(c -> c.key().kind())
                .containsExactly(ObjectKind.COMMENT, ObjectKind.PRIVILEGE);
        assertThat(Differ.compare(reference, target, DiffOptions.DEFAULTS.withCompareOwners(true)).changes())
                .extracting(c -> c.key().kind()).containsExactly(ObjectKind.OWNER, ObjectKind.COMMENT, ObjectKind.PRIVILEGE);
        assertThat(Differ.compare(reference, target, DiffOptions.DEFAULTS.withIgnoreComments(true).withIgnorePrivileges(true))
                .isEmpty()).isTrue();
    }

    @Test
    void attributeKeysNameTheirSubject() {
        ObjectKey column = ObjectKey.column("public", "orders", "total");
        assertThat(PrivilegeDef.of(column, "reader", List.of("UPDATE", "SELECT"), List.of()).key().toString())
                .isEqualTo("privilege public.column orders.total to reader");
        assertThat(CommentDef.of(ObjectKey.schema("app"), "x").key().toString()).isEqualTo("comment app.schema");
        assertThat(PrivilegeDef.of(column, "reader", List.of("UPDATE", "SELECT"), List.of()).privileges())
                .containsExactly("SELECT", "UPDATE");
    }

    @Test
    void enumLabelsKeepTheirOrderAndDifferWhenReordered() {
        ObjectKey mood = TypeDef.key("public", "mood");
        Catalog a = Catalog.of(new EnumTypeDef(mood, List.of("sad", "ok")));
        Catalog b = Catalog.of(new EnumTypeDef(mood, List.of("ok", "sad")));
        assertThat(Differ.compare(a, b).changes()).singleElement().isInstanceOf(Change.Changed.class);
    }
}
