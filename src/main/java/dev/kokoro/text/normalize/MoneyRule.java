package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Amounts of money: "$5.50" → "five dollars and fifty cents", "£1" → "one pound", "€2.5bn" →
 * "two point five billion euros", "$10k" → "ten thousand dollars", "5,50 €" → "cinco euros con
 * cincuenta céntimos"; numbers agree in gender with the currency in Romance languages.
 */
final class MoneyRule implements NormalizationRule {
    private static final Map<String, Long> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", 1_000L), Map.entry("K", 1_000L), Map.entry("thousand", 1_000L),
            Map.entry("m", 1_000_000L), Map.entry("M", 1_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("million", 1_000_000L), Map.entry("b", 1_000_000_000L), Map.entry("B", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("tn", 1_000_000_000_000L), Map.entry("T", 1_000_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L));
    /**
     * A word multiplier may follow a space ("$5 million"), and so may "m" ("$5 m", never meters after
     * a currency); other one-letter ones must touch the number ("$5k").
     */
    private static final String MULTIPLIER =
            "(?:(?<mult> ?(?:thousand|million|billion|trillion|mn|bn|tn|m)|[kKmMbBT])(?![\\p{L}\\p{N}-]))?";

    private final Pattern prefixed;
    private final Pattern suffixed;

    MoneyRule(Language language) {
        String number = WrittenNumber.regex(language);
        this.prefixed = Pattern.compile("(?<![\\p{L}\\p{N}])(?<neg>-)?(?<cur>R\\$|US\\$|[$£€¥₹]|(?:USD|EUR|GBP|JPY|INR|BRL)(?= ))\\s?" + number
                + "(?![\\p{N}])" + MULTIPLIER);
        this.suffixed = Pattern.compile("(?<![\\p{L}\\p{N}.,])" + number
                + "(?![\\p{N}])\\s?(?<cur>€|\\$|£|¥|₹|EUR|USD|GBP|JPY|INR|BRL)(?![\\p{L}])");
    }

    @Override
    public String apply(String text, RuleContext context) {
        if (!containsCurrency(text)) return text;
        String out = Replacer.replace(text, prefixed, m -> say(text, m, m.group("neg") != null,
                m.group("mult") == null ? null : m.group("mult").strip(), context));
        return Replacer.replace(out, suffixed, m -> say(out, m, false, null, context));
    }

    private static boolean containsCurrency(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("$£€¥₹".indexOf(c) >= 0 || (c >= 'A' && c <= 'Z')) return true; // symbols and ISO codes
        }
        return false;
    }

    /**
     * @param minusBeforeSymbol whether a minus sign stood before the currency symbol ("-$5")
     * @param mult              the multiplier after the amount ("k", "bn", "million"), or null
     */
    private static String say(String text, MatchResult m, boolean minusBeforeSymbol, String mult, RuleContext context) {
        Currency currency = Currency.of(m.group("cur"), context.language());
        if (currency == null) return null;
        WrittenNumber amount = WrittenNumber.of(m);
        if (amount.integerValue() < 0) return null;
        boolean negative = amount.negative() || minusBeforeSymbol;
        String spoken;
        if (context.english() && !negative && (mult != null || !amount.hasFraction()) && Attributive.at(text, m.start(), m.end())) {
            // "a $5 tip" → "a five-dollar tip": the amount is an adjective, its unit singular.
            spoken = amount.say(context) + (mult == null ? "" : " " + englishMultiplier(mult)) + "-" + currency.one();
        } else if (mult != null) {
            spoken = multiplied(amount, mult, currency, context);
        } else if (amount.hasFraction() && amount.fraction().length() <= 2 && currency.centOne() != null) {
            spoken = withCents(amount, currency, context);
        } else if (amount.hasFraction()) {
            spoken = context.join(amount.say(context), currency.many());
        } else {
            spoken = whole(amount, currency, context);
        }
        if (negative) spoken = context.join(context.words().minus(), spoken);
        return Replacer.spaced(text, m, spoken, context);
    }

    private static String whole(WrittenNumber amount, Currency currency, RuleContext context) {
        String words = amount.sayBefore(context, currency.feminine());
        String noun = amount.isOne() ? currency.one() : currency.many();
        String of = ofBeforeNoun(words, context);
        if (of.equals("de ") && context.language() == Language.FRENCH && "aeiouéy".indexOf(noun.charAt(0)) >= 0) {
            of = "d'";
        }
        return context.join(words, of + noun);
    }

    private static String withCents(WrittenNumber amount, Currency currency, RuleContext context) {
        String frac = amount.fraction().length() == 1 ? amount.fraction() + "0" : amount.fraction();
        long cents = Long.parseLong(frac);
        String centWords = context.join(context.numbers().cardinalBefore(cents, false),
                cents == 1 ? currency.centOne() : currency.centMany());
        if (cents == 0) return whole(new WrittenNumber(false, amount.integer(), null), currency, context);
        if (amount.integerValue() == 0) return centWords;
        String units = whole(new WrittenNumber(false, amount.integer(), null), currency, context);
        String and = context.language() == Language.SPANISH ? "con" : context.words().and();
        return context.separatorIsSpace() ? units + " " + and + " " + centWords : units + centWords;
    }

    private static String multiplied(WrittenNumber amount, String mult, Currency currency, RuleContext context) {
        if (context.english()) {
            return amount.say(context) + " " + englishMultiplier(mult) + " " + currency.many();
        }
        // Elsewhere the multiplier is folded into the number, which ICU then says in the language.
        BigDecimal value = new BigDecimal(amount.integer() + (amount.hasFraction() ? "." + amount.fraction() : ""))
                .multiply(BigDecimal.valueOf(MULTIPLIERS.get(mult)));
        WrittenNumber whole;
        try {
            whole = new WrittenNumber(false, value.toBigIntegerExact().toString(), null);
        } catch (ArithmeticException notWhole) {
            return null;
        }
        return whole(whole, currency, context);
    }

    private static String englishMultiplier(String mult) {
        long value = MULTIPLIERS.get(mult);
        if (value == 1_000L) return "thousand";
        if (value == 1_000_000L) return "million";
        return value == 1_000_000_000L ? "billion" : "trillion";
    }

    /** Romance languages say "un millón de dólares", "un milione di euro". */
    private static String ofBeforeNoun(String numberWords, RuleContext context) {
        if (!numberWords.matches(".*(?:millón|millones|million|millions|milione|milioni|milhão|milhões|milliard|milliards)")) {
            return "";
        }
        return switch (context.language()) {
            case SPANISH, BRAZILIAN_PORTUGUESE -> "de ";
            case FRENCH -> "de ";
            case ITALIAN -> "di ";
            default -> "";
        };
    }
}
