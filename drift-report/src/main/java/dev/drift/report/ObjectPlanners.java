package dev.drift.report;

import dev.drift.core.Change;
import dev.drift.core.CommentDef;
import dev.drift.core.DbObject;
import dev.drift.core.DefaultPrivilegeDef;
import dev.drift.core.ExtensionDef;
import dev.drift.core.InheritanceDef;
import dev.drift.core.OwnerDef;
import dev.drift.core.PolicyDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.RowSecurityDef;
import dev.drift.core.TypeDef;

/**
 * The per-kind DDL classes for extensions, types, partitions and inheritance, row-level security,
 * owners, comments and privileges, wired for {@link FixPlanner}: its creating and dropping visitors extend
 * {@link Creating} and {@link Dropping}, and it hands changed objects to {@link #alter}.
 */
final class ObjectPlanners {
    final PlanContext context;
    final TypeDdl types;
    final ExtensionDdl extensions;
    final PartitionDdl partitions;
    final PolicyDdl policies;
    final CommentDdl comments;
    final PrivilegeDdl privileges;

    ObjectPlanners(PlanContext context) {
        this.context = context;
        this.types = new TypeDdl(context);
        this.extensions = new ExtensionDdl(context);
        this.partitions = new PartitionDdl(context);
        this.policies = new PolicyDdl(context);
        this.comments = new CommentDdl(context);
        this.privileges = new PrivilegeDdl(context);
    }

    /** Plans a changed object of one of these kinds; false when the kind is not one of them. */
    boolean alter(Change.Changed change) {
        DbObject ref = change.reference();
        DbObject tgt = change.target();
        if (ref instanceof TypeDef r && tgt instanceof TypeDef t) {
            types.alter(change, r, t);
        } else if (ref instanceof ExtensionDef r && tgt instanceof ExtensionDef t) {
            extensions.alter(change, r, t);
        } else if (ref instanceof InheritanceDef r && tgt instanceof InheritanceDef t) {
            partitions.alter(change, r, t);
        } else if (ref instanceof RowSecurityDef r && tgt instanceof RowSecurityDef t) {
            policies.rowSecurity(r, t);
        } else if (ref instanceof PolicyDef r && tgt instanceof PolicyDef t) {
            policies.alter(r, t);
        } else if (ref instanceof OwnerDef r && tgt instanceof OwnerDef) {
            privileges.setOwner(r);
        } else if (ref instanceof CommentDef r && tgt instanceof CommentDef) {
            comments.set(r);
        } else if (ref instanceof PrivilegeDef r && tgt instanceof PrivilegeDef t) {
            privileges.alter(r, t);
        } else if (ref instanceof DefaultPrivilegeDef r && tgt instanceof DefaultPrivilegeDef t) {
            privileges.alterDefault(r, t);
        } else {
            return false;
        }
        return true;
    }

    /** Creates what the target lacks, for these kinds. */
    abstract static class Creating implements DbObject.Visitor<Void> {
        private final ObjectPlanners p;

        Creating(ObjectPlanners planners) {
            this.p = planners;
        }

        @Override
        public Void extension(ExtensionDef extension) {
            p.extensions.create(extension);
            return null;
        }

        @Override
        public Void type(TypeDef type) {
            p.types.create(type);
            p.privileges.afterCreate(type.key());
            return null;
        }

        @Override
        public Void inheritance(InheritanceDef inheritance) {
            p.partitions.attach(inheritance);
            return null;
        }

        @Override
        public Void rowSecurity(RowSecurityDef rowSecurity) {
            p.policies.rowSecurity(rowSecurity, new RowSecurityDef(rowSecurity.key(), false, false));
            return null;
        }

        @Override
        public Void policy(PolicyDef policy) {
            p.policies.create(policy);
            return null;
        }

        @Override
        public Void owner(OwnerDef owner) {
            p.privileges.setOwner(owner);
            return null;
        }

        @Override
        public Void comment(CommentDef comment) {
            p.comments.set(comment);
            return null;
        }

        @Override
        public Void privilege(PrivilegeDef privilege) {
            p.privileges.grant(privilege);
            return null;
        }

        @Override
        public Void defaultPrivilege(DefaultPrivilegeDef defaultPrivilege) {
            p.privileges.grantDefault(defaultPrivilege);
            return null;
        }
    }

    /** Drops or undoes what only the target has, for these kinds. */
    abstract static class Dropping implements DbObject.Visitor<Void> {
        private final ObjectPlanners p;

        Dropping(ObjectPlanners planners) {
            this.p = planners;
        }

        @Override
        public Void extension(ExtensionDef extension) {
            p.extensions.drop(extension);
            return null;
        }

        @Override
        public Void type(TypeDef type) {
            p.types.drop(type);
            return null;
        }

        @Override
        public Void inheritance(InheritanceDef inheritance) {
            p.partitions.detach(inheritance);
            return null;
        }

        @Override
        public Void rowSecurity(RowSecurityDef rowSecurity) {
            p.policies.dropRowSecurity(rowSecurity);
            return null;
        }

        @Override
        public Void policy(PolicyDef policy) {
            p.policies.drop(policy);
            return null;
        }

        @Override
        public Void owner(OwnerDef owner) {
            return null; // the object goes, or the reference does not compare it
        }

        @Override
        public Void comment(CommentDef comment) {
            p.comments.remove(comment);
            return null;
        }

        @Override
        public Void privilege(PrivilegeDef privilege) {
            p.privileges.revoke(privilege);
            return null;
        }

        @Override
        public Void defaultPrivilege(DefaultPrivilegeDef defaultPrivilege) {
            p.privileges.revokeDefault(defaultPrivilege);
            return null;
        }
    }
}
