package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.ObjectKey;
import dev.drift.core.ObjectKind;
import dev.drift.core.SchemaDef;
import dev.drift.core.Sql;

/** Schemas: {@code CREATE SCHEMA}, {@code DROP SCHEMA} (destructive). */
final class SchemaPlanner extends KindPlanner<SchemaDef> {

    SchemaPlanner() {
        super(ObjectKind.SCHEMA, SchemaDef.class);
    }

    @Override
    Planned create(SchemaDef schema, PlanContext context) {
        return Planned.of(Phase.SCHEMAS, schema.key(), "CREATE SCHEMA " + Sql.ident(schema.key().name()));
    }

    @Override
    Planned drop(SchemaDef schema, PlanContext context) {
        return Planned.of(Phase.DROP_SCHEMAS, schema.key(), "DROP SCHEMA " + Sql.ident(schema.key().name()),
                PlanContext.dataLoss("drops the schema " + schema.key().name()));
    }

    @Override
    Planned alter(Change.Changed change, SchemaDef reference, SchemaDef target, PlanContext context) {
        return Planned.unsupported(change.describe());
    }

    @Override
    String commentTarget(ObjectKey key) {
        return "SCHEMA " + Sql.ident(key.name());
    }

    @Override
    String grantTarget(ObjectKey key) {
        return "SCHEMA " + Sql.ident(key.name());
    }
}
