package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name read from a tenant shows as itself in a Markdown report, whatever Markdown it holds. */
class MarkdownTest {

    /** A column name that closes a code span, opens a link and an image, and closes a code block after a line break. */
    private static final String HOSTILE = "x` [click](https://evil.example) ![i](https://evil.example/p.png)\n```\n# owned <b>";

    @Test
    void aHostileNameNeitherEndsTheCodeBlockNorRendersAsMarkdown() {
        Catalog reference = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint"), ColumnDef.of("public", "orders", HOSTILE, 2, "text"));
        Catalog target = Catalog.of(SchemaDef.of("public"), TableDef.of("public", "orders"),
                ColumnDef.of("public", "orders", "id", 1, "bigint"));
        SchemaDiff diff = Differ.compare(reference, target);
        String markdown = new DiffReport("tenant_a", "tenant_b", diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS)).markdown();

        List<String> lines = markdown.lines().toList();
        // The fix block: opened and closed by the same fence, longer than the name's backticks; nothing between
        // the two fences can close it, so the name's "# owned" line stays SQL text inside the block.
        int open = lines.indexOf("````sql");
        assertThat(open).as(markdown).isPositive();
        int close = lines.subList(open + 1, lines.size()).indexOf("````") + open + 1;
        assertThat(close).as(markdown).isGreaterThan(open);
        assertThat(lines.subList(open + 1, close)).anyMatch(l -> l.startsWith("ALTER TABLE public.orders ADD COLUMN \"x`"));
        // Outside the block, the name is in one table cell: one code span whose delimiters are longer than any
        // backtick run inside it, so its link, image and HTML are shown as text, and its line break as an escape.
        String row = lines.stream().filter(l -> l.startsWith("| missing")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| missing | ````column public.orders.x` [click](https://evil.example)"
                + " ![i](https://evil.example/p.png)\\x0a```\\x0a# owned <b>```` | " + row.substring(row.lastIndexOf("| ") + 2));
        assertThat(lines.subList(0, open)).noneMatch(l -> l.startsWith("#") && l.contains("owned"));
    }

    @Test
    void textEscapesInlineMarkdownAndKeepsWordsReadable() {
        assertThat(Markdown.text("tenant_a")).isEqualTo("tenant_a");
        assertThat(Markdown.text("_lead [a](b) *c* <d> `e` f|g ~h~")).isEqualTo(
                "\\_lead \\[a\\](b) \\*c\\* \\<d\\> \\`e\\` f\\|g \\~h\\~");
        assertThat(Markdown.text("one\ntwo\u001b[2J")).isEqualTo("one\\\\x0atwo\\\\x1b\\[2J");
    }

    @Test
    void codeSpansAndFencesOutgrowTheBackticksTheyHold() {
        assertThat(Markdown.tableCode("plain")).isEqualTo("`plain`");
        assertThat(Markdown.tableCode("a``b|c")).isEqualTo("```a``b\\|c```");
        assertThat(Markdown.tableCode("`edge")).isEqualTo("`` `edge ``");
        assertThat(Markdown.fenced("sql", "SELECT 1;\n")).isEqualTo("```sql\nSELECT 1;\n```\n");
        assertThat(Markdown.fenced("sql", "\"a\n````\nb\";")).isEqualTo("`````sql\n\"a\n````\nb\";\n`````\n");
        assertThat(Markdown.openingFence("````sql")).isEqualTo("````");
        assertThat(Markdown.openingFence("``x")).isEmpty();
    }
}
