package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rewrites text into the words a careful reader would say: numbers, dates, times, money, units,
 * URLs, e-mail addresses, abbreviations, acronyms and symbols, each by a small rule, in the
 * conventions of the request's language (ICU spells numbers in every language). Feed it plain text
 * only: inline markup is parsed out first ({@code dev.kokoro.text.markup}).
 *
 * <p>Thread-safe and immutable; build one and share it. Every rule runs in time linear in the
 * length of the text, adversarial input included.
 */
public final class TextNormalizer {
    private final Map<Language, Pipeline> pipelines = new EnumMap<>(Language.class);

    public TextNormalizer() {
        for (Language language : Language.values()) {
            pipelines.put(language, new Pipeline(language));
        }
    }

    /** Normalizes with the default options ({@link NormalizationOptions#DEFAULTS}). */
    public String normalize(String text, Language language) {
        return normalize(text, language, NormalizationOptions.DEFAULTS);
    }

    /**
     * The text as it should be spoken in {@code language}. With {@code options.normalize()} false
     * the text comes back unchanged.
     */
    public String normalize(String text, Language language, NormalizationOptions options) {
        Objects.requireNonNull(language, "language");
        NormalizationOptions opts = options == null ? NormalizationOptions.DEFAULTS : options;
        if (text == null || text.isEmpty() || !opts.normalize()) return text == null ? "" : text;
        return pipelines.get(language).run(text, opts);
    }

    /** The rules for one language, in the order they must run: each leaves digits for the next. */
    private static final class Pipeline {
        private final List<NormalizationRule> rules;
        private final NumberWords numbers;
        private final LanguageWords words;
        private final Language language;

        Pipeline(Language language) {
            this.language = language;
            this.numbers = new NumberWords(language);
            this.words = LanguageWords.of(language);
            this.rules = List.of(
                    new PunctuationRule(),
                    new NativeDigitRule(),
                    new MissingApostropheRule(),
                    new EmojiRule(),
                    new EmailRule(),
                    new UrlRule(),
                    new FileNameRule(),
                    new PhoneNumberRule(),
                    new CjkPhoneNumberRule(),
                    new DigitByDigitRule(),
                    new FlightNumberRule(),
                    new ArithmeticRule(),
                    new OptionalPluralRule(),
                    new DateRule(),
                    new RangeRule(),
                    new TimeRule(),
                    new MilitaryTimeRule(),
                    new RatioRule(),
                    new AbbreviationRule(Abbreviation.of(language)),
                    new CodeRule(),
                    new MoneyRule(language),
                    new DecadeRule(),
                    new FeetAndInchesRule(),
                    new MagnitudeSuffixRule(language),
                    new UnitRule(language),
                    new PercentRule(language),
                    new ScoreRule(),
                    new FractionRule(),
                    new MultiplicationRule(),
                    new OrdinalRule(),
                    new VersionRule(),
                    new ModelNumberRule(),
                    new RomanNumeralRule(),
                    new RomanceRomanNumeralRule(),
                    new YearRule(),
                    new HindiYearRule(),
                    new ChineseTwoRule(),
                    new NumberRule(language),
                    new ShoutingRule(),
                    new AcronymRule(),
                    new SymbolRule(),
                    new SpacingRule());
        }

        String run(String text, NormalizationOptions options) {
            RuleContext context = new RuleContext(language, options, numbers, words);
            String out = text;
            for (NormalizationRule rule : rules) {
                out = rule.apply(out, context);
            }
            return out;
        }
    }
}
