package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.ObjectKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader reads every kind of the model, each through one {@link KindReader}, and the subjects query names
 * only kinds the model has (a row of another kind would be an object no planner can name).
 */
class KindReadersTest {

    @Test
    void everyKindIsReadByOneReader() {
        Map<ObjectKind, List<String>> readers = new EnumMap<>(ObjectKind.class);
        for (KindReader reader : KindReaders.ALL) {
            reader.kinds().forEach(k -> readers.computeIfAbsent(k, x -> new ArrayList<>()).add(reader.query()));
        }
        assertThat(readers.keySet()).containsExactlyInAnyOrder(ObjectKind.values());
        readers.forEach((kind, queries) -> assertThat(queries).as("the readers of %s", kind).hasSize(1));
        assertThat(KindReaders.ALL.stream().map(KindReader::query).distinct()).hasSameSizeAs(KindReaders.ALL);
    }

    @Test
    void theSubjectsQueryNamesOnlyKindsOfTheModelThatCarryAttributes() {
        Set<String> named = kindsNamedBy(CatalogQueries.load("subjects"));
        assertThat(named).as("the kinds subjects.sql returns").contains("SCHEMA", "TABLE", "SEQUENCE", "MATERIALIZED_VIEW",
                "COLUMN", "TYPE", "ROUTINE", "AGGREGATE");
        Set<String> model = new TreeSet<>();
        Arrays.stream(ObjectKind.values()).filter(k -> !k.isAttribute()).forEach(k -> model.add(k.name()));
        assertThat(model).containsAll(named);
    }

    /**
     * The kinds the first column of each branch of the subject CTE returns: the literals of the column's
     * expression ({@code 'TABLE'}, or the branches of a {@code CASE}), up to the column's alias or the next column.
     */
    private static Set<String> kindsNamedBy(String sql) {
        Set<String> out = new TreeSet<>();
        String subjects = sql.substring(sql.indexOf("WITH subject AS ("), sql.indexOf("\n)\n"));
        Pattern kindColumn = Pattern.compile("SELECT\\s+(CASE\\b.*?\\bEND|'[A-Z_]+')", Pattern.DOTALL);
        Pattern literal = Pattern.compile("THEN '([A-Z_]+)'|ELSE '([A-Z_]+)'|^'([A-Z_]+)'$");
        for (String branch : subjects.split("UNION ALL")) {
            Matcher m = kindColumn.matcher(branch);
            assertThat(m.find()).as("the kind column of %s", branch).isTrue();
            Matcher l = literal.matcher(m.group(1));
            while (l.find()) {
                for (int g = 1; g <= 3; g++) {
                    if (l.group(g) != null) {
                        out.add(l.group(g));
                    }
                }
            }
        }
        return out;
    }
}
