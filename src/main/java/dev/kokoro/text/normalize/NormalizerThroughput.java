package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how fast {@link TextNormalizer} reads realistic text, for benchmarks: {@link
 * #charsPerSecond(TextNormalizer, Language, int, int)} normalizes a sample of the given size a few
 * times and reports characters per second; {@link #main(String[])} logs that at 10 KB and 100 KB.
 */
public final class NormalizerThroughput {
    private static final Logger LOG = LoggerFactory.getLogger(NormalizerThroughput.class);
    private static final String PARAGRAPH = "On 2024-03-15 at 10:30 am, Dr. Smith paid $5.50 for 2 coffees "
            + "(a 15% discount) and emailed jane.doe@example.com about v1.2.3 of the FBI's report, "
            + "see https://example.com/docs?page=2 or call (555) 123-4567. In 1999 the 21st entry "
            + "was 3.14 km long; it's 25°C today and the 1990s were great! ";

    private NormalizerThroughput() {
    }

    /** A sample of English text with numbers, dates, money, URLs… of exactly {@code chars} characters. */
    public static String sample(int chars) {
        StringBuilder sb = new StringBuilder(chars + PARAGRAPH.length());
        while (sb.length() < chars) sb.append(PARAGRAPH);
        sb.setLength(chars);
        return sb.toString();
    }

    /** Characters per second over {@code rounds} normalizations of a {@code chars}-long sample, after one warm-up. */
    public static double charsPerSecond(TextNormalizer normalizer, Language language, int chars, int rounds) {
        String text = sample(chars);
        normalizer.normalize(text, language);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            normalizer.normalize(text, language);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return (double) chars * rounds / seconds;
    }

    public static void main(String[] args) {
        TextNormalizer normalizer = new TextNormalizer();
        for (int size : new int[] {10_000, 100_000}) {
            LOG.info("normalize {} chars: {} chars/s", size,
                    Math.round(charsPerSecond(normalizer, Language.AMERICAN_ENGLISH, size, 5)));
        }
    }
}
