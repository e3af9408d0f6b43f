package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;

/**
 * The small words each language needs to read symbols: "point", "minus", "percent", "to"… One
 * immutable instance per language.
 *
 * @param separator    what goes between words ("" in Japanese and Chinese)
 * @param point        the decimal separator read aloud
 * @param minus        the sign of a negative number
 * @param percent      a template with {@code {n}} where the number goes
 * @param to           the word of a range, "10-20" → "ten to twenty"
 * @param and          joins "five dollars and ten cents", "one and a half"
 * @param at           "@" in an e-mail address
 * @param dot          "." in a domain name
 * @param slash        "/" in a URL path
 * @param colon        ":" before a port number
 * @param dash         "-" inside a URL or e-mail address
 * @param underscore   "_" inside a URL or e-mail address
 * @param plus         "+"
 * @param equals       "="
 * @param ampersand    "&amp;"
 * @param number       "#" before a number, "No." before a number
 * @param phonePlus    "+" of an international dialling code
 */
record LanguageWords(String separator, String point, String minus, String percent, String to, String and,
                     String at, String dot, String slash, String colon, String dash, String underscore,
                     String plus, String equals, String ampersand, String number, String phonePlus) {

    static LanguageWords of(Language language) {
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> new LanguageWords(" ", "point", "minus", "{n} percent", "to",
                    "and", "at", "dot", "slash", "colon", "dash", "underscore", "plus", "equals", "and", "number",
                    "plus");
            case SPANISH -> new LanguageWords(" ", "coma", "menos", "{n} por ciento", "a", "y", "arroba", "punto",
                    "barra", "dos puntos", "guion", "guion bajo", "más", "igual a", "y", "número", "más");
            case FRENCH -> new LanguageWords(" ", "virgule", "moins", "{n} pour cent", "à", "et", "arobase", "point",
                    "slash", "deux-points", "tiret", "tiret bas", "plus", "égale", "et", "numéro", "plus");
            case ITALIAN -> new LanguageWords(" ", "virgola", "meno", "{n} per cento", "a", "e", "chiocciola", "punto",
                    "slash", "due punti", "trattino", "trattino basso", "più", "uguale", "e", "numero", "più");
            case BRAZILIAN_PORTUGUESE -> new LanguageWords(" ", "vírgula", "menos", "{n} por cento", "a", "e", "arroba",
                    "ponto", "barra", "dois pontos", "hífen", "underline", "mais", "igual a", "e", "número", "mais");
            case HINDI -> new LanguageWords(" ", "दशमलव", "माइनस", "{n} प्रतिशत", "से", "और", "एट", "डॉट", "स्लैश",
                    "कोलन", "डैश", "अंडरस्कोर", "प्लस", "बराबर", "और", "नंबर", "प्लस");
            case JAPANESE -> new LanguageWords("", "点", "マイナス", "{n}パーセント", "から", "と", "アット", "ドット",
                    "スラッシュ", "コロン", "ダッシュ", "アンダースコア", "プラス", "イコール", "アンド", "番号", "プラス");
            case MANDARIN_CHINESE -> new LanguageWords("", "点", "负", "百分之{n}", "到", "和", "艾特", "点", "斜杠",
                    "冒号", "横杠", "下划线", "加", "等于", "和", "号", "加");
        };
    }

    /** Whether the language writes "3,5" for three and a half and "1.000" for a thousand. */
    static boolean usesDecimalComma(Language language) {
        return switch (language) {
            case SPANISH, FRENCH, ITALIAN, BRAZILIAN_PORTUGUESE -> true;
            default -> false;
        };
    }

    String percentOf(String numberWords) {
        return percent.replace("{n}", numberWords);
    }
}
