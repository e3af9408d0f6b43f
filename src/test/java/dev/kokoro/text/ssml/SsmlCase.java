package dev.kokoro.text.ssml;

import dev.kokoro.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One row of an SSML case table: language, SSML document, expected text; "\n" and "\t" escaped in both. */
record SsmlCase(String table, int line, Language language, String ssml, String expected) {

    @Override
    public String toString() {
        return table + ":" + line + " [" + language.tag() + "] " + ssml;
    }

    static List<SsmlCase> load(String resource) {
        List<SsmlCase> cases = new ArrayList<>();
        try (InputStream in = SsmlCase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String row;
            int line = 0;
            while ((row = reader.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                String[] f = row.split("\t", -1);
                if (f.length != 3) throw new IllegalStateException(resource + ":" + line + " needs 3 columns: " + row);
                Language language = Language.ofCode(f[0], "language");
                cases.add(new SsmlCase(resource, line, language, unescape(f[1]), unescape(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
