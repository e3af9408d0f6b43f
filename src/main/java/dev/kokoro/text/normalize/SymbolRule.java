package dev.kokoro.text.normalize;

/**
 * Symbols left after the other rules: read where a reader would say them ("&amp;" → "and", "+" →
 * "plus", "=" → "equals", "@" → "at", "±", "×", "§"…), dropped where they are only typography
 * ("*", "_", "|", brackets, "™"). A slash between words is a pause ("and/or" → "and or"), never
 * "slash". Hyphens inside words stay; stray ones go.
 */
final class SymbolRule implements NormalizationRule {

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().replaceRemainingSymbols()) return text;
        LanguageWords w = context.words();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String word = switch (c) {
                case '&' -> w.ampersand();
                case '+' -> w.plus();
                case '=' -> w.equals();
                case '@' -> w.at();
                case '×' -> context.english() ? "times" : null;
                case '±' -> plusOrMinus(context);
                case '§' -> context.english() ? "section" : null;
                case '°' -> context.english() ? "degrees" : null;
                case '*', '_', '|', '\\', '/', '^', '~', '[', ']', '{', '}', '<', '>', '#', '`', '™', '®', '©',
                     '¶', '$', '£', '€', '¥', '₹' -> "";
                case '-' -> keepsHyphen(text, i) ? null : "";
                default -> null;
            };
            if (word == null) {
                sb.append(c);
            } else {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                if (!word.isEmpty()) sb.append(word).append(' ');
            }
        }
        return sb.toString();
    }

    /** "±" in the language, or null (kept) where it has no usual reading here. */
    private static String plusOrMinus(RuleContext context) {
        return switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> "plus or minus";
            case SPANISH -> "más o menos";
            case FRENCH -> "plus ou moins";
            case ITALIAN -> "più o meno";
            case BRAZILIAN_PORTUGUESE -> "mais ou menos";
            case HINDI -> "प्लस माइनस";
            case JAPANESE, MANDARIN_CHINESE -> null;
        };
    }

    /** A hyphen joining two letters ("well-known", "twenty-one") stays; any other goes. */
    private static boolean keepsHyphen(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
