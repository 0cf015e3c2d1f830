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
 * The reader reads every kind of the model, each through one {@link KindReader}, and owners, comments and grants
 * last.
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

    /**
     * subjects.sql's rows name objects by catalog row, and a read resolves them against what the other queries
     * registered ({@link KindReader.Rows#subject}): it must come after all of them, in both ways of reading (one
     * connection runs the list in order; {@link SharedRead} hands the rows over in its order).
     */
    @Test
    void theSubjectsQueryIsTheLast() {
        assertThat(KindReaders.ALL.get(KindReaders.ALL.size() - 1).query()).isEqualTo("subjects");
    }
}
