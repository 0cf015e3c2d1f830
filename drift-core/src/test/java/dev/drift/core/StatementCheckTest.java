package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCheckTest {

    @Test
    void oneStatementOfTheKindPlannedPasses() {
        assertThat(StatementCheck.problem("ALTER TABLE public.orders ADD COLUMN external_id text", ObjectKind.COLUMN))
                .isEmpty();
        assertThat(StatementCheck.problem("ALTER TABLE public.orders ADD COLUMN external_id text;", ObjectKind.COLUMN))
                .isEmpty();
        assertThat(StatementCheck.problem("CREATE UNIQUE INDEX CONCURRENTLY i ON public.t USING btree (a)",
                ObjectKind.INDEX)).isEmpty();
        assertThat(StatementCheck.problem("COMMENT ON TABLE public.t IS 'it''s; -- not a comment'", ObjectKind.COMMENT))
                .isEmpty();
    }

    @Test
    void quotedTextOfEveryFormHidesSemicolonsBackslashesAndCommentMarkers() {
        List<String> fine = List.of(
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT 'a; b -- c /* d \\ e'",
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT E'it\\'s; \\\\ still; here'",
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT U&'d\\0061t\\+000061; x'",
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT N'national; string'",
                "ALTER TABLE public.t ADD COLUMN \"we;ird \\\\ \"\"name\"\"\" text",
                "ALTER TABLE public.t ADD COLUMN U&\"d\\0061t; a\" text",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; \\! rm $not_end$ $body$",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT ';'; $$",
                "ALTER TABLE public.t /* nested /* comment; \\! x */ still; */ ADD COLUMN c int",
                "ALTER TABLE public.t ADD COLUMN c int -- trailing; \\! comment",
                "ALTER TABLE public.t ADD COLUMN c bit(3) DEFAULT B'101'",
                "ALTER TABLE public.t ADD COLUMN a$b$ int");
        fine.forEach(sql -> assertThat(StatementCheck.problem(sql)).as(sql).isEmpty());
    }

    @Test
    void moreThanOneStatementIsRefused() {
        assertThat(StatementCheck.problem("CREATE INDEX n_idx ON public.n USING btree (n); DELETE FROM public.victim; COMMIT",
                ObjectKind.INDEX)).hasValueSatisfying(p -> assertThat(p).contains("more than one statement"));
        assertThat(StatementCheck.problem("ALTER TABLE public.t ADD COLUMN c text DEFAULT ('a' || (1; 2))"))
                .hasValueSatisfying(p -> assertThat(p).contains("semicolon"));
        // With standard_conforming_strings on, 'a\' ends at the second quote: what follows is SQL.
        assertThat(StatementCheck.problem(
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT ('a\\' || '); DELETE FROM public.victim; --'::text)"))
                .isEmpty();
        assertThat(StatementCheck.problem("ALTER TABLE public.t ADD COLUMN c text DEFAULT 'a\\'; DELETE FROM public.victim"))
                .hasValueSatisfying(p -> assertThat(p).contains("more than one statement"));
    }

    @Test
    void aSqlStandardFunctionBodyMayHoldSemicolonsAsPsqlAllows() {
        String body = "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT CASE WHEN true THEN 1 END;\n"
                + " SELECT 2;\nEND";
        assertThat(StatementCheck.problem(body, ObjectKind.ROUTINE)).isEmpty();
        assertThat(StatementCheck.problem("CREATE OR REPLACE PROCEDURE public.p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                ObjectKind.ROUTINE)).isEmpty();
        assertThat(StatementCheck.problem(body + "; DELETE FROM public.victim", ObjectKind.ROUTINE))
                .hasValueSatisfying(p -> assertThat(p).contains("more than one statement"));
        // Only routines: a BEGIN elsewhere opens no block.
        assertThat(StatementCheck.problem("CREATE VIEW public.v AS SELECT 1 AS begin; SELECT 2")).isPresent();
    }

    @Test
    void transactionControlAndOtherStatementsAreRefused() {
        for (String sql : List.of("COMMIT", "BEGIN", "ROLLBACK", "SAVEPOINT s", "RELEASE s", "PREPARE TRANSACTION 'x'",
                "START TRANSACTION", "END", "ABORT")) {
            assertThat(StatementCheck.problem(sql)).as(sql).hasValueSatisfying(p -> assertThat(p).contains("transaction"));
        }
        for (String sql : List.of("DELETE FROM public.victim", "SELECT public.pwn()", "DO $$BEGIN END$$",
                "COPY t TO PROGRAM 'id'", "ALTER ROLE app SUPERUSER", "SET ROLE postgres", "CALL public.p()")) {
            assertThat(StatementCheck.problem(sql)).as(sql).hasValueSatisfying(p -> assertThat(p).contains("not a statement"));
        }
    }

    @Test
    void theOnlyStatementThatIsNotDdlCopiesASequencePositionToAColumnsIdentity() {
        String copy = "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.t', 'id'), last_value, is_called)"
                + " FROM public.t_id_seq";
        assertThat(StatementCheck.problem(copy, ObjectKind.COLUMN)).isEmpty();
        assertThat(StatementCheck.problem(copy + ";")).isEmpty();
        assertThat(StatementCheck.problem("select PG_CATALOG.SETVAL(pg_catalog.pg_get_serial_sequence('\"Odd\"', 'i d'),"
                + " last_value, is_called) from \"s p\".\"q\"", ObjectKind.COLUMN)).isEmpty();
        // Not for another subject, and not one word or symbol else.
        assertThat(StatementCheck.problem(copy, ObjectKind.SEQUENCE)).isPresent();
        for (String other : List.of(
                copy.replace("setval", "public.setval"),
                copy.replace("pg_catalog.setval", "setval"),
                copy.replace("last_value", "public.pwn()"),
                copy.replace("last_value", "(SELECT public.pwn())"),
                copy.replace("'id'", "'id' || public.pwn()"),
                copy.replace("'id'", "public.pwn()"),
                copy + " WHERE public.pwn()",
                copy.replace("FROM public.t_id_seq", "FROM public.t_id_seq, public.pwn()"),
                copy.replace("FROM public.t_id_seq", "FROM public.f()"),
                copy.replace("FROM public.t_id_seq", "FROM t_id_seq"),
                copy.replace("pg_catalog.setval", "\"pg_catalog\".\"setval\""),
                copy + "; DELETE FROM public.victim")) {
            assertThat(StatementCheck.problem(other, ObjectKind.COLUMN)).as(other).isPresent();
        }
    }

    @Test
    void theStatementMustBeOfTheKindPlannedForItsSubject() {
        assertThat(StatementCheck.problem("DROP TABLE public.t", ObjectKind.INDEX))
                .hasValueSatisfying(p -> assertThat(p).contains("not a statement Drift plans for a index"));
        assertThat(StatementCheck.problem("GRANT SELECT ON TABLE public.t TO app", ObjectKind.COLUMN)).isPresent();
        assertThat(StatementCheck.problem("GRANT SELECT ON TABLE public.t TO app", ObjectKind.PRIVILEGE)).isEmpty();
    }

    @Test
    void aBackslashOutsideQuotedTextIsAPsqlMetaCommand() {
        assertThat(StatementCheck.problem("ALTER TABLE public.t ADD COLUMN c int \\! touch /tmp/x"))
                .hasValueSatisfying(p -> assertThat(p).contains("meta-command"));
        assertThat(StatementCheck.problem("ALTER TABLE public.t ADD COLUMN c int -- \n\\! touch /tmp/x"))
                .hasValueSatisfying(p -> assertThat(p).contains("meta-command"));
        // A carriage return ends a -- comment for psql and the server alike.
        assertThat(StatementCheck.problem("ALTER TABLE public.t ADD COLUMN c int -- \r\\! touch /tmp/x"))
                .hasValueSatisfying(p -> assertThat(p).contains("meta-command"));
    }

    @Test
    void incompleteTextIsRefused() {
        for (String sql : List.of("COMMENT ON TABLE public.t IS 'open", "ALTER TABLE public.t ADD COLUMN \"open int",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $a$ SELECT 1", "ALTER TABLE public.t /* open",
                "ALTER TABLE public.t ADD COLUMN c text DEFAULT E'open\\'", "ALTER TABLE public.t\0 ADD COLUMN c int")) {
            assertThat(StatementCheck.problem(sql)).as(sql).isPresent();
        }
    }

    @Test
    void fragmentsMustNotReshapeTheStatementAroundThem() {
        assertThat(StatementCheck.fragmentProblem("('a'::text || 'b; c'::text)")).isEmpty();
        assertThat(StatementCheck.fragmentProblem("0); DROP TABLE public.t; --")).isPresent();
        assertThat(StatementCheck.fragmentProblem("0) NOT NULL, ADD COLUMN x int CHECK (true")).isPresent();
        assertThat(StatementCheck.fragmentProblem("'open")).isPresent();
        assertThat(StatementCheck.fragmentProblem("1 /* swallow the rest")).isPresent();
        assertThat(StatementCheck.fragmentProblem("a[1")).isPresent();
    }

    @Test
    void userCodeIsAQualifiedFunctionOperatorOrCast() {
        assertThat(StatementCheck.callsUserCode("lower((name)::text)")).isFalse();
        assertThat(StatementCheck.callsUserCode("CREATE INDEX i ON public.t USING btree (lower(c))")).isFalse();
        assertThat(StatementCheck.callsUserCode("CREATE INDEX i ON public.t USING btree (public.f(c))")).isTrue();
        assertThat(StatementCheck.callsUserCode("(a OPERATOR(public.===) b)")).isTrue();
        assertThat(StatementCheck.callsUserCode("('x'::public.positive)")).isTrue();
        assertThat(StatementCheck.callsUserCode("nextval('public.s'::regclass)")).isFalse();
        assertThat(StatementCheck.callsUserCode("\"My Schema\".\"F\"(1)")).isTrue();
        // A literal read by an enum's input function (built in) runs no user code; a cast of anything else may.
        assertThat(StatementCheck.callsUserCode("'active'::public.status", "public.status"::equals)).isFalse();
        assertThat(StatementCheck.callsUserCode("'a'::\"My S\".\"St\"", "\"My S\".\"St\""::equals)).isFalse();
        assertThat(StatementCheck.callsUserCode("'{a}'::public.status[]", "public.status"::equals)).isFalse();
        assertThat(StatementCheck.callsUserCode("(c)::public.status", "public.status"::equals)).isTrue();
        assertThat(StatementCheck.callsUserCode("'x'::public.positive", "public.status"::equals)).isTrue();
        assertThat(StatementCheck.callsUserCode("'active'::public.status || public.f(1)", "public.status"::equals))
                .isTrue();
    }

    @Test
    void scriptsSplitAsPsqlSplitsThem() {
        List<StatementCheck.Statement> statements = StatementCheck.split("""
                -- header; with a semicolon
                SET standard_conforming_strings = on;
                CREATE FUNCTION public.f() RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT 1;
                END;
                /* a; comment */ ALTER TABLE public.t ADD COLUMN c text DEFAULT 'x;y';
                """);
        assertThat(statements).extracting(StatementCheck.Statement::line).containsExactly(2, 3, 7);
        assertThat(statements.get(1).sql()).endsWith("END");
        assertThat(statements.get(2).sql()).isEqualTo("ALTER TABLE public.t ADD COLUMN c text DEFAULT 'x;y'");
        assertThatThrownBy(() -> StatementCheck.split("CREATE TABLE public.t ();\n\\! id\n"))
                .hasMessageContaining("line 2: psql meta-commands");
    }

    @Test
    void aTenantSchemasStatementChangesThatSchemaAlone() {
        String own = "tenant 1";
        List<String> inside = List.of(
                "ALTER TABLE \"tenant 1\".orders ADD COLUMN external_id text",
                "ALTER TABLE ONLY \"tenant 1\".t ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES shared.currencies (code)",
                "CREATE INDEX ix ON \"tenant 1\".t USING btree (a)",
                "CREATE UNIQUE INDEX CONCURRENTLY ix ON \"tenant 1\".t USING btree (a)",
                "COMMENT ON COLUMN \"tenant 1\".t.c IS 'see other.t; DROP TABLE other.t'",
                "CREATE TABLE \"tenant 1\".t (a shared.money_type DEFAULT shared.f(1), b text)",
                "CREATE TABLE \"tenant 1\".p1 PARTITION OF \"tenant 1\".p FOR VALUES IN (1)",
                "ALTER TABLE \"tenant 1\".p ATTACH PARTITION \"tenant 1\".p2 FOR VALUES IN (2)",
                "CREATE TRIGGER trg BEFORE INSERT ON \"tenant 1\".t FOR EACH ROW EXECUTE FUNCTION shared.stamp()",
                "CREATE FUNCTION \"tenant 1\".f() RETURNS int LANGUAGE sql AS $b$ DELETE FROM other.t; SELECT 1 $b$",
                "GRANT SELECT ON TABLE \"tenant 1\".t TO reporting",
                "GRANT USAGE ON SCHEMA \"tenant 1\" TO app",
                "ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA \"tenant 1\" GRANT SELECT ON TABLES TO reporting",
                "COMMENT ON SCHEMA \"tenant 1\" IS 'x'",
                "DROP SCHEMA IF EXISTS \"tenant 1\"",
                "DROP FUNCTION \"tenant 1\".f(shared.money, pg_catalog.int4), \"tenant 1\".g()",
                "GRANT EXECUTE ON FUNCTION \"tenant 1\".f(shared.money) TO app",
                "ALTER TABLE \"tenant 1\".t ADD COLUMN schema text",
                "COMMENT ON COLUMN \"tenant 1\".t.schema IS 'x'",
                "CREATE TABLE \"tenant 1\".t_holding AS SELECT a, b FROM \"tenant 1\".t",
                "INSERT INTO \"tenant 1\".t (a, b) OVERRIDING SYSTEM VALUE SELECT a, b FROM \"tenant 1\".t_holding",
                "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('\"tenant 1\".t', 'id'), last_value, is_called)"
                        + " FROM \"tenant 1\".t_id_seq");
        for (String sql : inside) {
            assertThat(StatementCheck.outsideSchema(sql, own)).as(sql).isEmpty();
        }
        List<String> outside = List.of(
                "DROP TABLE tenant_b.orders",
                "ALTER TABLE \"Tenant 1\".orders DROP COLUMN c",
                "ALTER TABLE tenant_b.orders ADD COLUMN c text",
                "ALTER TABLE \"tenant 1\".t SET SCHEMA tenant_b",
                "ALTER TABLE \"tenant 1\".p ATTACH PARTITION tenant_b.p2 FOR VALUES IN (2)",
                "ALTER TABLE \"tenant 1\".p DETACH PARTITION tenant_b.p2",
                "CREATE TABLE \"tenant 1\".c PARTITION OF tenant_b.p FOR VALUES IN (1)",
                "CREATE TABLE \"tenant 1\".c (a int) INHERITS (\"tenant 1\".p, tenant_b.p)",
                "CREATE INDEX ix ON tenant_b.t USING btree (a)",
                "COMMENT ON COLUMN tenant_b.t.c IS 'x'",
                "GRANT SELECT ON TABLE tenant_b.t TO reporting",
                "GRANT USAGE ON SCHEMA \"tenant 1\", tenant_b TO app",
                "ALTER SCHEMA tenant_b OWNER TO app",
                "ALTER DEFAULT PRIVILEGES FOR ROLE app GRANT SELECT ON TABLES TO reporting",
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA \"tenant 1\"",
                "DROP EXTENSION citext",
                "ALTER TABLE orders DROP COLUMN c",
                "DROP TABLE \"tenant 1\".x, tenant_b.orders",
                "DROP FUNCTION \"tenant 1\".f(shared.t), tenant_b.g()",
                "GRANT SELECT ON TABLE \"tenant 1\".t, tenant_b.t TO PUBLIC",
                "REVOKE ALL ON TABLE \"tenant 1\".t, tenant_b.t FROM app",
                "INSERT INTO \"tenant 1\".t (a, b) SELECT a, b FROM tenant_b.secrets",
                "CREATE TABLE \"tenant 1\".holding AS SELECT a, b FROM tenant_b.secrets",
                "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('tenant_b.t', 'id'), last_value, is_called)"
                        + " FROM \"tenant 1\".t_id_seq",
                "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('\"tenant 1\".t', 'id'), last_value, is_called)"
                        + " FROM tenant_b.t_id_seq");
        for (String sql : outside) {
            assertThat(StatementCheck.outsideSchema(sql, own)).as(sql).isPresent();
        }
        assertThat(StatementCheck.outsideSchema("DROP TABLE tenant_b.orders", own))
                .hasValue("it changes schema tenant_b, not \"tenant 1\"");
        assertThat(StatementCheck.outsideSchema("INSERT INTO \"tenant 1\".t (a) SELECT a FROM tenant_b.secrets", own))
                .hasValue("it copies rows of schema tenant_b into \"tenant 1\"");
    }
}
