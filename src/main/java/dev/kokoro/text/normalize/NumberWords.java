package dev.kokoro.text.normalize;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.kokoro.text.Language;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Numbers spelled out in one language by ICU's rule-based number format (cardinals, ordinals,
 * years). Thread-safe: ICU formatters are not, so each thread gets its own. Public for SSML's
 * {@code <say-as interpret-as="cardinal|ordinal">} ({@code dev.kokoro.text.ssml}), which spells numbers the same way.
 */
public final class NumberWords {
    /** Past this many digits a number is read digit by digit; nobody says "one quadrillion…". */
    private static final int MAX_CARDINAL_DIGITS = 15;
    private static final String SOFT_HYPHEN = "\u00AD";

    private final Language language;
    private final ThreadLocal<RuleBasedNumberFormat> format;
    private final Set<String> ruleSets;
    /** "zero" … "nine", read digit by digit often enough (phone numbers, long runs) to keep. */
    private final String[] digitWords = new String[10];

    public NumberWords(Language language) {
        this.language = language;
        ULocale locale = ULocale.forLocale(language.locale());
        this.format = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
        this.ruleSets = new HashSet<>(Arrays.asList(format.get().getRuleSetNames()));
        for (int d = 0; d < 10; d++) {
            digitWords[d] = cardinal(d);
        }
    }

    /** The number as a standalone count: "twenty-one", "veintiuno". */
    public String cardinal(long n) {
        // A careful British reader says "one hundred and five"; ICU calls that the verbose form.
        String set = language == Language.BRITISH_ENGLISH ? "%spellout-cardinal-verbose" : "%spellout-numbering";
        return spell(n, set);
    }

    /** The number before a noun of the given gender: "veintiún euros", "vingt-et-une heures". */
    String cardinalBefore(long n, boolean feminine) {
        String set = feminine ? "%spellout-cardinal-feminine" : "%spellout-cardinal-masculine";
        return ruleSets.contains(set) ? spell(n, set) : cardinal(n);
    }

    /** A string of ASCII digits as a count, or digit by digit where it is too long or zero-padded. */
    public String cardinal(String digits) {
        if (digits.length() > MAX_CARDINAL_DIGITS || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return digits(digits);
        }
        return cardinal(Long.parseLong(digits));
    }

    /** "twenty-first"; in gendered languages the masculine or feminine form. */
    public String ordinal(long n, boolean feminine) {
        for (String set : new String[] {
                feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine", "%spellout-ordinal"}) {
            if (ruleSets.contains(set)) return spell(n, set);
        }
        return cardinal(n);
    }

    /** The masculine ordinal as it stands before its noun: Spanish "primer piso", "tercer día". */
    String ordinalBeforeNoun(long n) {
        String set = "%spellout-ordinal-masculine-adjective";
        return ruleSets.contains(set) ? spell(n, set) : ordinal(n, false);
    }

    /** The number as a year: "nineteen ninety-nine", "two thousand five", "twenty twenty-four". */
    String year(long n) {
        // French and Portuguese readers say years as plain numbers ("mille neuf cent…").
        if (language.isEnglish() || language == Language.MANDARIN_CHINESE) return spell(n, "%spellout-numbering-year");
        // Hindi says the years before 2000 in hundreds: 1947 is "उन्नीस सौ सैंतालीस", nineteen hundred forty-seven.
        if (language == Language.HINDI && n >= 1100 && n < 2000) {
            return cardinal(n / 100) + " सौ" + (n % 100 == 0 ? "" : " " + cardinal(n % 100));
        }
        return cardinal(n);
    }

    /**
     * A decimal number: "three point one four" in English; Romance readers say short fractional
     * parts as a number ("tres coma catorce") and longer or zero-led ones digit by digit.
     */
    String decimal(String integerDigits, String fractionDigits, String pointWord) {
        String whole = integerDigits.isEmpty() ? (language.isEnglish() ? "" : cardinal(0)) : cardinal(integerDigits);
        boolean romance = LanguageWords.usesDecimalComma(language);
        String fraction = romance && fractionDigits.length() <= 2 && fractionDigits.charAt(0) != '0'
                ? cardinal(fractionDigits)
                : digits(fractionDigits);
        String sep = separator();
        return (whole.isEmpty() ? "" : whole + sep) + pointWord + sep + fraction;
    }

    /** Each digit on its own: "four five six". */
    String digits(CharSequence digits) {
        StringBuilder sb = new StringBuilder(digits.length() * 5);
        String sep = separator();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') continue;
            if (!sb.isEmpty()) sb.append(sep);
            sb.append(digitWords[c - '0']);
        }
        return sb.toString();
    }

    private String separator() {
        return language == Language.JAPANESE || language == Language.MANDARIN_CHINESE ? "" : " ";
    }

    private String spell(long n, String ruleSet) {
        return format.get().format(n, ruleSet).replace(SOFT_HYPHEN, "");
    }
}
