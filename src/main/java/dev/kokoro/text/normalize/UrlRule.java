package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "https://www.example.com:8080/docs?q=1" → "W W W dot example dot com colon eight zero eight zero
 * slash docs question mark q equals one". The scheme is not read (listeners know it); a bare host
 * is only taken as a URL when its top-level domain is a real one, so "e.g." and "file.txt" are not.
 */
final class UrlRule implements NormalizationRule {
    private static final Set<String> TLDS = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz",
            "io", "ai", "app", "dev", "co", "uk", "us", "ca", "de", "fr", "es", "it", "pt", "br", "in", "jp", "cn",
            "eu", "nl", "ru", "au", "mx", "ch", "se", "no", "tv", "me", "ly", "gg", "xyz", "tech", "online", "site");
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w@.-])(?<scheme>(?:https?|ftp)://)?"
                    + "(?<host>localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|(?:[A-Za-z0-9-]{1,63}+\\.(?=[A-Za-z0-9])){1,8}+[A-Za-z]{2,24}+)"
                    + "(?::(?<port>\\d{1,5}+))?(?<path>[/?#][^\\s\"<>()\\[\\]]{0,2000}+)?(?![\\w@-])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().urlNormalization() || text.indexOf('.') < 0 && !text.contains("localhost")) return text;
        return Replacer.replace(text, URL, m -> {
            String host = m.group("host");
            boolean schemed = m.group("scheme") != null;
            String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            boolean ip = Character.isDigit(host.charAt(0)) && Character.isDigit(host.charAt(host.length() - 1));
            if (!schemed && !ip && !host.equals("localhost") && !TLDS.contains(tld)) return null;
            String path = m.group("path") == null ? "" : m.group("path");
            // Sentence punctuation after a URL belongs to the sentence.
            int keep = path.length();
            while (keep > 0 && ".,;:!?'".indexOf(path.charAt(keep - 1)) >= 0) keep--;
            String trailing = path.substring(keep);
            path = path.substring(0, keep);
            LanguageWords w = context.words();
            String spoken = SpokenTokens.read(host, context);
            if (m.group("port") != null) {
                spoken = String.join(w.separator(), spoken, w.colon(), context.numbers().digits(m.group("port")));
            }
            if (!path.isEmpty() && !path.equals("/")) spoken = String.join(w.separator(), spoken, SpokenTokens.read(path, context));
            return Replacer.spaced(text, m, spoken, context) + trailing;
        });
    }
}
