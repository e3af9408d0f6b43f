package dev.kokoro.text.ssml;

import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import java.util.List;

/** One row of an SSML case table: language, SSML document, expected text; "\n" and "\t" escaped in both. */
record SsmlCase(String table, int line, Language language, String ssml, String expected) {

    @Override
    public String toString() {
        return table + ":" + line + " [" + language.tag() + "] " + ssml;
    }

    static List<SsmlCase> load(String resource) {
        return TsvCases.rows(SsmlCase.class, resource, 3).stream().map(row -> new SsmlCase(resource, row.line(),
                Language.ofCode(row.field(0), "language"), TsvCases.unescape(row.field(1)),
                TsvCases.unescape(row.field(2)))).toList();
    }
}
