package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Version strings: "v1.2.3" → "version one point two point three", "version 2.0" → "version two
 * point zero", "1.2.3" → "one point two point three". A bare two-part number ("3.12") stays a
 * decimal; the "v" prefix or a third part is what marks a version.
 */
final class VersionRule implements NormalizationRule {
    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])(?:(?<v>[vV])(?=\\d))?(?<parts>\\d{1,6}+(?:\\.\\d{1,6}+){0,5}+)(?![\\p{N}]|\\.\\d)");

    private static final Pattern VERSION_WORD_BEFORE = Pattern.compile("(?iu)(?:version|versión|versione|versão) $");

    @Override
    public String apply(String text, RuleContext context) {
        return Replacer.replace(text, VERSION, m -> {
            String[] parts = m.group("parts").split("\\.");
            boolean v = m.group("v") != null;
            boolean afterWord = VERSION_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 9), m.start())).find();
            // "v2" is a version; a bare "2" after "version" is left to the number rule, which reads it the same.
            if (parts.length == 1 ? !v : parts.length < 3 && !v && !afterWord) return null;
            String point = context.english() ? context.words().point() : context.words().dot();
            StringBuilder sb = new StringBuilder();
            if (m.group("v") != null) sb.append(versionWord(context)).append(' ');
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) sb.append(' ').append(point).append(' ');
                sb.append(context.numbers().cardinal(parts[i]));
            }
            return Replacer.spaced(text, m, sb.toString(), context);
        });
    }

    private static String versionWord(RuleContext context) {
        return switch (context.language()) {
            case SPANISH -> "versión";
            case ITALIAN -> "versione";
            case BRAZILIAN_PORTUGUESE -> "versão";
            case HINDI -> "वर्ज़न";
            default -> "version";
        };
    }
}
