package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;

/**
 * A currency's spoken names in one language. Immutable.
 *
 * @param one           the unit, singular ("dollar")
 * @param many          the unit, plural ("dollars")
 * @param feminine      whether the unit noun is feminine (Romance number agreement: "una libra")
 * @param centOne       the hundredth, singular, or null if amounts are not read with cents (yen)
 * @param centMany      the hundredth, plural
 */
record Currency(String one, String many, boolean feminine, String centOne, String centMany) {

    /** The currency a symbol or ISO code stands for in this language, or null if unknown. */
    static Currency of(String symbol, Language language) {
        String code = switch (symbol) {
            case "$", "US$", "USD" -> "USD";
            case "£", "GBP" -> "GBP";
            case "€", "EUR" -> "EUR";
            case "¥", "JPY" -> language == Language.MANDARIN_CHINESE ? "CNY" : "JPY";
            case "₹", "INR" -> "INR";
            case "R$", "BRL" -> "BRL";
            default -> null;
        };
        return code == null ? null : named(code, language);
    }

    private static Currency named(String code, Language language) {
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> switch (code) {
                case "USD" -> new Currency("dollar", "dollars", false, "cent", "cents");
                case "GBP" -> new Currency("pound", "pounds", false, "penny", "pence");
                case "EUR" -> new Currency("euro", "euros", false, "cent", "cents");
                case "INR" -> new Currency("rupee", "rupees", false, "paisa", "paise");
                case "BRL" -> new Currency("real", "reais", false, "centavo", "centavos");
                case "CNY" -> new Currency("yuan", "yuan", false, null, null);
                default -> new Currency("yen", "yen", false, null, null);
            };
            case SPANISH -> switch (code) {
                case "USD" -> new Currency("dólar", "dólares", false, "centavo", "centavos");
                case "GBP" -> new Currency("libra", "libras", true, "penique", "peniques");
                case "EUR" -> new Currency("euro", "euros", false, "céntimo", "céntimos");
                case "INR" -> new Currency("rupia", "rupias", true, null, null);
                case "BRL" -> new Currency("real", "reales", false, "centavo", "centavos");
                case "CNY" -> new Currency("yuan", "yuanes", false, null, null);
                default -> new Currency("yen", "yenes", false, null, null);
            };
            case FRENCH -> switch (code) {
                case "USD" -> new Currency("dollar", "dollars", false, "cent", "cents");
                case "GBP" -> new Currency("livre", "livres", true, "penny", "pence");
                case "EUR" -> new Currency("euro", "euros", false, "centime", "centimes");
                case "INR" -> new Currency("roupie", "roupies", true, null, null);
                case "BRL" -> new Currency("réal", "réais", false, "centavo", "centavos");
                case "CNY" -> new Currency("yuan", "yuans", false, null, null);
                default -> new Currency("yen", "yens", false, null, null);
            };
            case ITALIAN -> switch (code) {
                case "USD" -> new Currency("dollaro", "dollari", false, "centesimo", "centesimi");
                case "GBP" -> new Currency("sterlina", "sterline", true, "penny", "pence");
                case "EUR" -> new Currency("euro", "euro", false, "centesimo", "centesimi");
                case "INR" -> new Currency("rupia", "rupie", true, null, null);
                case "BRL" -> new Currency("real", "reais", false, "centavo", "centavos");
                case "CNY" -> new Currency("yuan", "yuan", false, null, null);
                default -> new Currency("yen", "yen", false, null, null);
            };
            case BRAZILIAN_PORTUGUESE -> switch (code) {
                case "USD" -> new Currency("dólar", "dólares", false, "centavo", "centavos");
                case "GBP" -> new Currency("libra", "libras", true, "pêni", "pence");
                case "EUR" -> new Currency("euro", "euros", false, "centavo", "centavos");
                case "INR" -> new Currency("rupia", "rupias", true, null, null);
                case "BRL" -> new Currency("real", "reais", false, "centavo", "centavos");
                case "CNY" -> new Currency("iuane", "iuanes", false, null, null);
                default -> new Currency("iene", "ienes", false, null, null);
            };
            case HINDI -> switch (code) {
                case "USD" -> new Currency("डॉलर", "डॉलर", false, "सेंट", "सेंट");
                case "GBP" -> new Currency("पाउंड", "पाउंड", false, "पेंस", "पेंस");
                case "EUR" -> new Currency("यूरो", "यूरो", false, "सेंट", "सेंट");
                case "INR" -> new Currency("रुपया", "रुपये", false, "पैसा", "पैसे");
                case "BRL" -> new Currency("रियाल", "रियाल", false, null, null);
                case "CNY" -> new Currency("युआन", "युआन", false, null, null);
                default -> new Currency("येन", "येन", false, null, null);
            };
            case JAPANESE -> switch (code) {
                case "USD" -> new Currency("ドル", "ドル", false, "セント", "セント");
                case "GBP" -> new Currency("ポンド", "ポンド", false, "ペンス", "ペンス");
                case "EUR" -> new Currency("ユーロ", "ユーロ", false, "セント", "セント");
                case "INR" -> new Currency("ルピー", "ルピー", false, null, null);
                case "BRL" -> new Currency("レアル", "レアル", false, null, null);
                case "CNY" -> new Currency("元", "元", false, null, null);
                default -> new Currency("円", "円", false, null, null);
            };
            case MANDARIN_CHINESE -> switch (code) {
                case "USD" -> new Currency("美元", "美元", false, "美分", "美分");
                case "GBP" -> new Currency("英镑", "英镑", false, "便士", "便士");
                case "EUR" -> new Currency("欧元", "欧元", false, "欧分", "欧分");
                case "INR" -> new Currency("卢比", "卢比", false, null, null);
                case "BRL" -> new Currency("雷亚尔", "雷亚尔", false, null, null);
                case "JPY" -> new Currency("日元", "日元", false, null, null);
                // Yuan with a fraction are read as a decimal, 三十五点五元, as cn2an reads the number.
                default -> new Currency("元", "元", false, null, null);
            };
        };
    }
}
