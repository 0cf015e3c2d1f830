package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.AggregateDef;
import dev.drift.core.Catalog;
import dev.drift.core.Dependency;
import dev.drift.core.Differ;
import dev.drift.core.IndexDef;
import dev.drift.core.MaterializedViewDef;
import dev.drift.core.ObjectKey;
import dev.drift.core.RoutineDef;
import dev.drift.core.TriggerDef;
import dev.drift.core.ViewDef;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads views, materialized views, routines, aggregates, triggers and dependencies from a real server. */
class ObjectReaderTest {

    private static final String SCHEMA = """
            CREATE TABLE t (id integer PRIMARY KEY, name text, price numeric(10,2));
            CREATE VIEW v AS SELECT id, name FROM t WHERE price > 0;
            CREATE VIEW v2 WITH (security_barrier) AS SELECT * FROM v WITH LOCAL CHECK OPTION;
            CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE
                AS $$ SELECT a + 1 $$;
            CREATE FUNCTION g(a integer) RETURNS integer LANGUAGE sql RETURN a + 1;
            CREATE FUNCTION counted() RETURNS bigint LANGUAGE sql STABLE SET search_path = public, pg_temp
                AS $$ SELECT count(*) FROM v $$;
            CREATE PROCEDURE p(a integer, OUT b integer) LANGUAGE plpgsql AS $$ BEGIN b := a; END $$;
            CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF name ON t FOR EACH ROW WHEN (NEW.id > 0)
                EXECUTE FUNCTION trg();
            CREATE CONSTRAINT TRIGGER ctr AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                EXECUTE FUNCTION trg();
            ALTER TABLE t DISABLE TRIGGER ctr;
            CREATE MATERIALIZED VIEW mv AS SELECT id FROM t WITH NO DATA;
            CREATE INDEX mvi ON mv (id);
            ALTER TABLE t ALTER COLUMN price SET DEFAULT f(1);
            CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
            """;

    private static TestDatabase db;
    private static Catalog catalog;

    @BeforeAll
    static void read() {
        db = PostgresServer.shared().createDatabase("objects_reader");
        db.execute(SCHEMA);
        catalog = PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void readsViewsWithColumnsAndOptions() {
        ViewDef v = (ViewDef) catalog.find(ObjectKey.view("public", "v")).orElseThrow();
        assertThat(v.columns()).containsExactly("id integer", "name text");
        assertThat(v.definition()).contains("FROM public.t").doesNotEndWith(";");
        ViewDef v2 = (ViewDef) catalog.find(ObjectKey.view("public", "v2")).orElseThrow();
        assertThat(v2.securityBarrier()).isTrue();
        assertThat(v2.checkOption()).contains("local");
    }

    @Test
    void readsMaterializedViewsAndTheirIndexes() {
        MaterializedViewDef mv = (MaterializedViewDef) catalog.find(ObjectKey.materializedView("public", "mv")).orElseThrow();
        assertThat(mv.columns()).containsExactly("id integer");
        assertThat(catalog.find(ObjectKey.index("public", "mv", "mvi"))).get()
                .extracting(o -> ((IndexDef) o).definition()).asString().contains("ON public.mv");
    }

    @Test
    void readsRoutinesByArgumentTypes() {
        RoutineDef f = (RoutineDef) catalog.find(ObjectKey.routine("public", "f", List.of("integer", "text"))).orElseThrow();
        assertThat(f.arguments()).isEqualTo("a integer, b text DEFAULT 'x'::text");
        assertThat(f.returns()).contains("integer");
        assertThat(f.volatility()).isEqualTo(RoutineDef.Volatility.IMMUTABLE);
        assertThat(f.body()).isEqualTo(" SELECT a + 1 ");
        RoutineDef g = (RoutineDef) catalog.find(ObjectKey.routine("public", "g", List.of("integer"))).orElseThrow();
        assertThat(g.standardBody()).isTrue();
        assertThat(g.body()).isEqualTo("RETURN (a + 1)");
        RoutineDef p = (RoutineDef) catalog.find(ObjectKey.routine("public", "p", List.of("integer"))).orElseThrow();
        assertThat(p.isProcedure()).isTrue();
        assertThat(p.returns()).isEmpty();
        RoutineDef counted = (RoutineDef) catalog.find(ObjectKey.routine("public", "counted", List.of())).orElseThrow();
        assertThat(counted.config()).containsExactly("search_path=public, pg_temp");
    }

    @Test
    void readsAggregates() {
        AggregateDef total = (AggregateDef) catalog.find(ObjectKey.aggregate("public", "total", List.of("integer")))
                .orElseThrow();
        assertThat(total.stateFunction()).isEqualTo("int4pl");
        assertThat(total.initialCondition()).contains("0");
        assertThat(total.returns()).isEqualTo("integer");
    }

    @Test
    void readsTriggersWithTheirEnabledState() {
        TriggerDef tr = (TriggerDef) catalog.find(ObjectKey.trigger("public", "t", "tr")).orElseThrow();
        assertThat(tr.definition()).contains("UPDATE OF name").contains("WHEN ((new.id > 0))");
        assertThat(tr.enabled()).isEqualTo(TriggerDef.Enabled.ORIGIN);
        TriggerDef ctr = (TriggerDef) catalog.find(ObjectKey.trigger("public", "t", "ctr")).orElseThrow();
        assertThat(ctr.constraintTrigger()).isTrue();
        assertThat(ctr.enabled()).isEqualTo(TriggerDef.Enabled.DISABLED);
    }

    @Test
    void readsRecordedDependenciesAndThoseOfSqlBodies() {
        ObjectKey f = ObjectKey.routine("public", "f", List.of("integer", "text"));
        ObjectKey trg = ObjectKey.routine("public", "trg", List.of());
        assertThat(catalog.dependencies()).contains(
                Dependency.on(ObjectKey.column("public", "t", "price"), f),
                Dependency.on(ObjectKey.view("public", "v"), ObjectKey.column("public", "t", "price")),
                Dependency.on(ObjectKey.view("public", "v2"), ObjectKey.view("public", "v")),
                Dependency.on(ObjectKey.materializedView("public", "mv"), ObjectKey.column("public", "t", "id")),
                Dependency.on(ObjectKey.trigger("public", "t", "tr"), trg),
                new Dependency(ObjectKey.routine("public", "counted", List.of()), ObjectKey.view("public", "v"), false));
        assertThat(catalog.dependencies()).noneMatch(d -> d.dependent().equals(d.referenced()));
    }

    @Test
    void readsTheSameSchemaWrittenDifferentlyAsEqual() {
        try (TestDatabase other = PostgresServer.shared().createDatabase("objects_reader_b")) {
            other.execute(SCHEMA.replace("SELECT id, name FROM t WHERE price > 0", "select t.id,   t.name from public.t where (price>0)")
                    .replace("RETURNS integer LANGUAGE sql IMMUTABLE", "RETURNS int4\n IMMUTABLE LANGUAGE sql"));
            Catalog read = PostgresCatalogReader.create().read(DatabaseUrl.parse(other.jdbcUrl()));
            assertThat(Differ.compare(catalog, read).changes()).isEmpty();
            assertThat(read.dependencies()).isEqualTo(catalog.dependencies());
        }
        assertThat(Optional.of(catalog.size())).get().isNotNull();
    }
}
