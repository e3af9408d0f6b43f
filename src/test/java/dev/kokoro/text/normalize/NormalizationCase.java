package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One row of a normalization case table: input, language, options and the expected reading. */
record NormalizationCase(int line, Language language, NormalizationOptions options, String input, String expected) {

    @Override
    public String toString() {
        return "line " + line + " [" + language.tag() + "] " + input;
    }

    static List<NormalizationCase> load(String resource) {
        List<NormalizationCase> cases = new ArrayList<>();
        try (InputStream in = NormalizationCase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String row;
            int line = 0;
            while ((row = reader.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                String[] f = row.split("\t", -1);
                if (f.length != 4) throw new IllegalStateException(resource + ":" + line + " needs 4 columns: " + row);
                cases.add(new NormalizationCase(line, Language.ofCode(f[0], "language"), options(f[1]),
                        unescape(f[2]), unescape(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static NormalizationOptions options(String spec) {
        boolean normalize = true;
        boolean units = NormalizationOptions.DEFAULTS.unitNormalization();
        boolean urls = true;
        boolean emails = true;
        boolean plurals = true;
        boolean phones = true;
        boolean symbols = true;
        for (String flag : spec.split(",")) {
            switch (flag.strip()) {
                case "default" -> { }
                case "off" -> normalize = false;
                case "no-units" -> units = false;
                case "no-urls" -> urls = false;
                case "no-emails" -> emails = false;
                case "no-plurals" -> plurals = false;
                case "no-phones" -> phones = false;
                case "no-symbols" -> symbols = false;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new NormalizationOptions(normalize, units, urls, emails, plurals, phones, symbols);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
