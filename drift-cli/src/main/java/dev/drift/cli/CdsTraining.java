package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.CommentDef;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.OwnerDef;
import dev.drift.core.PrivilegeDef;
import dev.drift.core.SchemaDef;
import dev.drift.core.TableDef;
import dev.drift.core.ViewDef;
import dev.drift.report.Snapshots;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind {@code drift.jsa}, the class-data-sharing archive the build writes next to
 * {@code drift.jar} (the classes this run loads, listed with {@code -XX:DumpLoadedClassList=drift.classlist},
 * then archived with {@code -Xshare:dump}; see drift-cli's pom). Its first part needs no database: it runs the
 * commands' own code paths on two generated snapshot files (reading and writing JSON, diffing, planning, every
 * report format) and a connection attempt to a closed port (the driver's classes up to the socket). Then, where
 * drift-testkit is on the class path (the build runs this on drift-demo.jar), the commands run on two databases
 * of an embedded PostgreSQL ({@link CdsDatabaseTraining}). So the classes a real run loads come from the
 * archive, already parsed and verified, instead of from the jar.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("drift-cds-training");
        try {
            Path reference = dir.resolve("reference.json");
            Path target = dir.resolve("target.json");
            Snapshots.write(catalog(false), reference);
            Snapshots.write(catalog(true), target);
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (String format : List.of("sql", "text", "json", "markdown")) {
                Main.run(new String[] {"diff", "--reference", reference.toString(), "--target", target.toString(),
                        "--format", format}, nowhere, nowhere);
            }
            // The driver's classes, as far as a refused connection goes (port 1 is never a PostgreSQL server).
            Main.run(new String[] {"diff", "--reference", reference.toString(), "--target",
                    "jdbc:postgresql://127.0.0.1:1/drift_cds_training?user=drift", "--connect-timeout", "1"},
                    nowhere, nowhere);
            Main.run(new String[] {"snapshot", "--help"}, nowhere, nowhere);
            if (withDatabases()) {
                try {
                    CdsDatabaseTraining.run(dir, nowhere);
                } catch (RuntimeException e) {
                    // The archive is only a start-up aid: without a server it holds the file paths' classes.
                    System.err.println("drift: class-data training without databases: " + Main.errorLine(e));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Whether the databases' part can run: the build trains on drift-demo.jar, which has drift-testkit and its
     * embedded PostgreSQL; drift.jar has neither.
     */
    private static boolean withDatabases() {
        try {
            Class.forName("dev.drift.testkit.PostgresServer", false, CdsTraining.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A small catalog of the common kinds; the drifted one lacks a column and a table and differs elsewhere. */
    private static Catalog catalog(boolean drifted) {
        List<DbObject> objects = new ArrayList<>();
        objects.add(SchemaDef.of("public"));
        for (int t = 0; t < 20; t++) {
            String table = "table_" + t;
            if (drifted && t == 19) {
                continue;
            }
            objects.add(TableDef.of("public", table));
            ObjectKey key = ObjectKey.table("public", table);
            objects.add(ColumnDef.of("public", table, "id", 1, "bigint"));
            objects.add(ColumnDef.of("public", table, "name", 2, drifted && t == 3 ? "text" : "character varying(40)"));
            if (!(drifted && t == 5)) {
                objects.add(ColumnDef.of("public", table, "external_id", 3, "text"));
            }
            objects.add(CommentDef.of(key, drifted && t == 7 ? "changed" : "table " + t));
            objects.add(OwnerDef.of(key, "app"));
            objects.add(PrivilegeDef.of(key, "app_reader", List.of("SELECT"), List.of()));
            if (t % 5 == 0) {
                objects.add(ViewDef.of(ObjectKey.view("public", table + "_view"), List.of("id", "name"),
                        " SELECT id, name FROM public." + table + ";"));
            }
        }
        return new Catalog(drifted ? "tenant_b" : "tenant_a", 170000, objects);
    }
}
