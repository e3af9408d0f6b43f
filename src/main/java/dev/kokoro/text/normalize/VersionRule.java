package dev.kokoro.text.normalize;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Version strings: "v1.2.3" → "version one point two point three", "version 2.0" → "version two
 * point zero", "1.2.3" → "one point two point three". A bare two-part number ("3.12") stays a
 * decimal; the "v" prefix, a third part, the word "version" or the name of a piece of software
 * ("Python 3.12" → "Python three point twelve") is what marks a version.
 */
final class VersionRule implements NormalizationRule {
    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])(?:(?<v>[vV])(?=\\d))?(?<parts>\\d{1,6}+(?:\\.\\d{1,6}+){0,5}+)(?![\\p{N}]|\\.\\d)");

    private static final Pattern VERSION_WORD_BEFORE = Pattern.compile("(?iu)(?:version|versión|versione|versão) $");
    /** Software whose two-part numbers are versions: "Python 3.12" is "three point twelve", not "three point one two". */
    private static final Set<String> SOFTWARE = Set.of("Python", "Java", "Node", "Node.js", "Ruby", "PHP", "Perl",
            "Go", "Rust", "Kotlin", "Swift", "Scala", "Julia", "Lua", "iOS", "iPadOS", "Android", "macOS", "OS", "Windows",
            "Ubuntu", "Debian", "Fedora", "Linux", "Chrome", "Firefox", "Safari", "Django", "Rails", "Spring", "React",
            "Angular", "Vue", "Gradle", "Maven", "Docker", "Kubernetes", "PostgreSQL", "MySQL", "Redis", "Unity", "Qt",
            "GTK", "Blender", "Excel", "Office", "Word", "TypeScript", "Bootstrap", "Laravel", "Flutter", "Dart",
            "Electron", "Terraform", "Kafka", "Spark", "Hadoop", "Elasticsearch", "Minecraft", "OpenSSL", "GCC",
            "LLVM", "Clang", "NET", "Kokoro");
    private static final int LONGEST_NAME = 14;

    @Override
    public String apply(String text, RuleContext context) {
        return Replacer.replace(text, VERSION, m -> {
            String[] parts = m.group("parts").split("\\.");
            boolean v = m.group("v") != null;
            boolean afterWord = VERSION_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 9), m.start())).find()
                    || SOFTWARE.contains(Replacer.wordBefore(text, m.start(), LONGEST_NAME));
            // "v2" is a version; a bare "2" after "version" is left to the number rule, which reads it the same.
            if (parts.length == 1 ? !v : parts.length < 3 && !v && !afterWord) return null;
            if (!v && !afterWord && thousandsGrouped(parts, context)) return null;
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

    /** "1.500.000" in Spanish, French, Italian and Portuguese is one and a half million, not a version. */
    private static boolean thousandsGrouped(String[] parts, RuleContext context) {
        if (!LanguageWords.usesDecimalComma(context.language()) || parts[0].length() > 3) return false;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) return false;
        }
        return true;
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
