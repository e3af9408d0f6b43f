package dev.kokoro.text.normalize;

/**
 * Digits of other scripts become ASCII digits, so that every later rule sees them: Devanagari
 * "२०२४" → "2024", and likewise Bengali, Gujarati, Arabic-Indic and the other decimal digit sets
 * Unicode knows. (Full-width digits are mapped by the punctuation rule.)
 */
final class NativeDigitRule implements NormalizationRule {

    @Override
    public String apply(String text, RuleContext context) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean nonAscii = cp > 0x7F && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
            if (nonAscii && sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            if (nonAscii) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }
}
