package dev.kokoro.text.normalize;

import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import java.util.List;

/** One row of a normalization case table: input, language, options and the expected reading. */
record NormalizationCase(int line, Language language, NormalizationOptions options, String input, String expected) {

    @Override
    public String toString() {
        return "line " + line + " [" + language.tag() + "] " + input;
    }

    static List<NormalizationCase> load(String resource) {
        return TsvCases.rows(NormalizationCase.class, resource, 4).stream().map(row -> new NormalizationCase(row.line(),
                Language.ofCode(row.field(0), "language"), options(row.field(1)), TsvCases.unescape(row.field(2)),
                TsvCases.unescape(row.field(3)))).toList();
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
}
