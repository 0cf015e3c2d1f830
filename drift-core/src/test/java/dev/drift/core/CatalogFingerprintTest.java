package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The fingerprint is the SHA-256 of the canonical text, however it is worked out and by how many threads at once. */
class CatalogFingerprintTest {

    /**
     * Enough objects for the canonical text to span several of the chunks the fingerprint hashes, with names and
     * defaults in two- to four-byte UTF-8 (a chunk ends only at an object's line end, never inside a character).
     */
    private static Catalog manyObjects() {
        List<DbObject> objects = new ArrayList<>();
        objects.add(SchemaDef.of("public"));
        for (int t = 0; t < 60; t++) {
            String table = "tábla_" + t + "_\uD83D\uDE00";
            objects.add(TableDef.of("public", table));
            for (int c = 1; c <= 40; c++) {
                objects.add(ColumnDef.of("public", table, "oszlop_€_" + c, c, "text").withDefault("'é\uD834\uDD1E" + c + "'::text"));
            }
        }
        return new Catalog("fingerprints", 170007, objects);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFingerprintIsTheHashOfTheWholeCanonicalText() throws Exception {
        Catalog catalog = manyObjects();
        assertThat(catalog.canonicalText().length()).as("several chunks").isGreaterThan(4 * 32_768);
        assertThat(catalog.fingerprint()).isEqualTo(sha256(catalog.canonicalText()));
        assertThat(Catalog.of().fingerprint()).isEqualTo(sha256(""));
    }

    @Test
    void callersAtOnceGetOneAndTheSameFingerprint() throws Exception {
        Catalog catalog = manyObjects();
        String expected = sha256(catalog.canonicalText());
        Catalog fresh = new Catalog("fingerprints", 170007, catalog.objects());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return fresh.fingerprint();
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
