package dev.kokoro.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of hostile text for the fuzz tests: characters from many Unicode categories (controls, combining
 * marks, lone surrogates, bidi and zero-width controls, digits of other scripts, emoji beyond the BMP), long runs of
 * digits and punctuation, huge and odd numbers, mixed with the fragments of whatever syntax is under test (tags,
 * JSON tokens, voice formulas), so that the input is both random and close enough to the syntax to get deep.
 */
public final class NastyText {
    /** Code point ranges, each a category a rule might trip on. */
    private static final int[][] RANGES = {
            {0x20, 0x7E}, // ASCII
            {0x00, 0x1F}, {0x7F, 0x9F}, // C0 and C1 controls
            {0xA0, 0xFF}, // Latin-1: NBSP, ½, º, ², ×
            {0x300, 0x36F}, // combining marks
            {0x600, 0x669}, // Arabic, Arabic-Indic digits
            {0x900, 0x97F}, // Devanagari, its digits
            {0x3000, 0x30FF}, // CJK punctuation, kana
            {0x4E00, 0x4E2F}, // CJK ideographs (一二三...)
            {0x2000, 0x206F}, // spaces, dashes, quotes, zero-width and bidi controls, line separator
            {0x2150, 0x218F}, // fractions and Roman numerals
            {0xD800, 0xDFFF}, // lone surrogates
            {0xE000, 0xE00F}, {0xFFF0, 0xFFFF}, // private use, specials (BOM is below), non-characters
            {0xFF01, 0xFF5E}, // full-width forms and digits
            {0x1D400, 0x1D7FF}, // mathematical letters and digits
            {0x1F300, 0x1FAFF}, // emoji
    };
    private static final List<String> SPECIALS = List.of("\uFEFF", "\u200D", "\u200B", "\u202E", "\u2028", "\u0000",
            "\r\n", "\t", "\uFFFD", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u0301\u0301\u0301");
    private static final List<String> NUMBERS = List.of("0", "-0", "007", "1e999999", "-1e-999999", "1.5e308",
            "9223372036854775808", "NaN", "Infinity", "1,000,000", "1.000.000,5", "3.14159", "½", "²", "٣", "१२",
            "１２", "0x1F", "+1 (555) 010-9999", "2024-02-30", "25:61", "$1,000.50", "99%", "1st", "XIV");
    private static final String PUNCTUATION = ".,;:!?-–—/\\()[]{}<>\"'`~@#$%^&*_=+|…“”«»";

    private NastyText() {
    }

    /** One code point from one of the categories above, as a string (a lone surrogate is one char). */
    public static Gen<String> character() {
        List<Gen<String>> ranges = new ArrayList<>();
        for (int[] range : RANGES) {
            ranges.add(Generate.range(range[0], range[1]).map(NastyText::codePoint));
        }
        return pickFrom(ranges);
    }

    /** A long run of one digit, one punctuation mark or one number: what makes a regex backtrack. */
    public static Gen<String> run(int maxLength) {
        Gen<String> unit = Generate.pick(List.of("9", "0", "1,", "1.", ".", "-", "/", ":", "!", "?", "…", "@", "$",
                "[", "<", "(/", "&", " ", "\n", "a"));
        return unit.zip(Generate.range(2, maxLength), (u, n) -> u.repeat(Math.max(1, n / u.length())));
    }

    /** Text of up to {@code pieces} pieces: characters, runs, numbers, specials and the given fragments. */
    public static Gen<String> text(int pieces, List<String> fragments) {
        List<Pair<Integer, Gen<String>>> pieceKinds = new ArrayList<>(List.of(
                Pair.of(6, character()),
                Pair.of(1, run(300)),
                Pair.of(2, Generate.pick(NUMBERS)),
                Pair.of(1, Generate.pick(SPECIALS)),
                Pair.of(1, Generate.pick(List.of(PUNCTUATION.split(""))))));
        if (!fragments.isEmpty()) {
            pieceKinds.add(Pair.of(6, Generate.pick(fragments)));
        }
        Gen<String> piece = Generate.frequency(pieceKinds);
        return concatenated(piece, pieces);
    }

    /** Text of hostile characters only, no fragments. */
    public static Gen<String> text(int pieces) {
        return text(pieces, List.of());
    }

    /** Up to {@code pieces} values of {@code piece}, joined. */
    public static Gen<String> concatenated(Gen<String> piece, int pieces) {
        return lists().of(piece).ofSizeBetween(0, pieces).map(parts -> String.join("", parts))
                .describedAs(NastyText::escaped);
    }

    /** {@code text} with every character outside printable ASCII written as {@code \}{@code uXXXX}: readable. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static <T> Gen<T> pickFrom(List<Gen<T>> gens) {
        return Generate.range(0, gens.size() - 1).flatMap(gens::get);
    }

    private static String codePoint(int codePoint) {
        return new String(Character.toChars(codePoint));
    }
}
