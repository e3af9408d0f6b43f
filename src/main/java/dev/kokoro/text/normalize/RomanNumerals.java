package dev.kokoro.text.normalize;

/** Roman numerals: the pattern of a well-formed one and its value. */
final class RomanNumerals {
    /**
     * A well-formed numeral from 1 to 3999 as the named group {@code roman} (possessive, so linear);
     * it can also match empty, which callers reject.
     */
    static final String PATTERN =
            "(?=[IVXLCDM])(?<roman>M{0,3}+(?:CM|CD|D?C{0,3}+)(?:XC|XL|L?X{0,3}+)(?:IX|IV|V?I{0,3}+))";

    private RomanNumerals() {
    }

    static int value(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int v = digit(roman.charAt(i));
            if (i + 1 < roman.length() && v < digit(roman.charAt(i + 1))) total -= v;
            else total += v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
