package dev.drift.apply;

import dev.drift.core.Catalog;
import dev.drift.core.DiffOptions;
import dev.drift.core.SchemaDiff;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FixApplier} is asked to apply to a target: a fix to plan now, one already planned, or a saved
 * script. Every kind says what the target must look like afterwards, as far as it is known.
 */
public sealed interface Fix permits Fix.PlanNow, Fix.Planned, Fix.SavedScript {

    /**
     * Read the target, compare it with the reference and plan the fix now.
     *
     * @param reference   what is right
     * @param diffOptions how the target is compared with it
     * @param planOptions how the fix is planned (what is held back)
     */
    record PlanNow(Catalog reference, DiffOptions diffOptions, PlanOptions planOptions) implements Fix {
        public PlanNow {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(diffOptions, "diffOptions");
            Objects.requireNonNull(planOptions, "planOptions");
        }
    }

    /**
     * A fix planned before (e.g. by a fleet report): applied only while the target still has the catalog it was
     * planned against.
     *
     * <p>The target must still have {@link FixScript#targetFingerprint()} (the fingerprint of the diff's target,
     * as the applier's reader reads it: the same schemas).
     *
     * @param diff        the comparison the fix was planned from (the reference, and the target then)
     * @param script      the planned fix
     * @param diffOptions the options of that comparison
     * @param planOptions the options of that plan
     */
    record Planned(SchemaDiff diff, FixScript script, DiffOptions diffOptions, PlanOptions planOptions) implements Fix {
        public Planned {
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(script, "script");
            Objects.requireNonNull(diffOptions, "diffOptions");
            Objects.requireNonNull(planOptions, "planOptions");
        }
    }

    /**
     * A saved fix script ({@code drift diff --format sql}, {@code drift fleet --out}): applied only if its
     * {@code drift:target-fingerprint} header is the target's fingerprint now (of the schema its
     * {@code drift:schema} header names, if it has one: see {@link #schema()}). With a reference, the target is
     * verified against it.
     *
     * @param text        the script
     * @param name        the file's name, for messages
     * @param reference   what is right, when known
     * @param diffOptions how the target is compared with the reference
     * @param planOptions how the fix would be planned (what is held back), for the verification
     */
    record SavedScript(String text, String name, Optional<Catalog> reference, DiffOptions diffOptions,
                       PlanOptions planOptions) implements Fix {
        public SavedScript {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(diffOptions, "diffOptions");
            Objects.requireNonNull(planOptions, "planOptions");
        }

        /**
         * The tenant schema the script is for (its {@code -- drift:schema} header, written for a tenant of a
         * schema-per-tenant fleet): its fingerprint is that of this schema alone, so the applier's reader must read
         * exactly this schema. Empty for a script of a whole database.
         *
         * @throws IllegalArgumentException if the header is malformed or names two schemas
         */
        public Optional<String> schema() {
            return ScriptFile.schema(text, name);
        }
    }
}
