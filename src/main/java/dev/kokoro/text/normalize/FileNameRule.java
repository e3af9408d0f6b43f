package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * File names with a known extension: "README.md" → "read me dot M D", "notes.txt" → "notes dot T X
 * T", "data.json" → "data dot JSON". The extension is spelled unless it is said as a word; the name
 * is read like a piece of an address.
 */
final class FileNameRule implements NormalizationRule {
    /** Extension → how it is said; spelled letter by letter unless listed with a word. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("md", ""), Map.entry("txt", ""), Map.entry("pdf", ""), Map.entry("csv", ""), Map.entry("doc", ""),
            Map.entry("docx", "doc X"), Map.entry("xls", ""), Map.entry("xlsx", ""), Map.entry("ppt", ""),
            Map.entry("pptx", ""), Map.entry("py", ""), Map.entry("js", ""), Map.entry("ts", ""), Map.entry("sh", ""),
            Map.entry("rb", ""), Map.entry("cpp", ""), Map.entry("html", ""), Map.entry("css", ""), Map.entry("xml", ""),
            Map.entry("yml", ""), Map.entry("svg", ""), Map.entry("png", ""), Map.entry("jpg", "J peg"),
            Map.entry("jpeg", "J peg"), Map.entry("mp3", ""), Map.entry("mp4", ""), Map.entry("wav", "wave"),
            Map.entry("exe", ""), Map.entry("dll", ""), Map.entry("iso", ""), Map.entry("tsv", ""), Map.entry("sql", ""),
            Map.entry("log", "log"), Map.entry("zip", "zip"), Map.entry("java", "java"), Map.entry("json", "JSON"),
            Map.entry("yaml", "yaml"), Map.entry("toml", "toml"), Map.entry("gif", "GIF"), Map.entry("tar", "tar"),
            Map.entry("jar", "jar"), Map.entry("go", "go"), Map.entry("rs", ""), Map.entry("kt", ""), Map.entry("c", ""),
            Map.entry("h", ""), Map.entry("ini", ""), Map.entry("cfg", ""), Map.entry("bat", "bat"));
    /** Names read as words rather than as written: "README" is "read me". */
    private static final Map<String, String> NAMES = Map.of("readme", "read me", "changelog", "change log",
            "dockerfile", "docker file", "makefile", "make file");
    private static final Pattern FILE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./@-])(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,63}+)\\.(?<ext>[A-Za-z][A-Za-z0-9]{0,3}+)(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('.') < 0) return text;
        return Replacer.replace(text, FILE, m -> {
            String ext = m.group("ext");
            String said = EXTENSIONS.get(ext.toLowerCase(Locale.ROOT));
            if (said == null) return null;
            String name = m.group("name");
            String nameWords = NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), SpokenTokens.read(name, context));
            String extWords = said.isEmpty() ? SpokenTokens.spell(ext) : said;
            return Replacer.spaced(text, m, String.join(context.words().separator(), nameWords, context.words().dot(), extWords), context);
        });
    }
}
