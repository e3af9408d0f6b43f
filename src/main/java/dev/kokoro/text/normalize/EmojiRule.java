package dev.kokoro.text.normalize;

/**
 * Drops emoji and pictographs (with their skin-tone, variation-selector, keycap and tag
 * modifiers), which a G2P would otherwise read as garbage or as their code points.
 */
final class EmojiRule implements NormalizationRule {

    @Override
    public String apply(String text, RuleContext context) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isEmoji(cp)) {
                if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)     // pictographs, emoticons, transport, flags, skin tones
                || (cp >= 0x2600 && cp <= 0x27BF)   // miscellaneous symbols and dingbats
                || (cp >= 0x2B00 && cp <= 0x2BFF)   // arrows and stars used as emoji
                || (cp >= 0x2190 && cp <= 0x21FF)   // arrows
                || (cp >= 0x2300 && cp <= 0x23FF)   // watch, hourglass, media controls
                || (cp >= 0x25A0 && cp <= 0x25FF)   // geometric shapes
                || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }
}
