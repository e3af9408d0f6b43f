package dev.kokoro.text.markup;

import dev.kokoro.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a request's input into {@link Segment}s, in order:
 * <ul>
 *   <li>{@code [pause:1.5s]}, {@code [pause:500ms]}, {@code [pause:2]} (seconds), any case, spaces
 *       allowed around the value; also Kokoro-FastAPI's {@code [silent 0.5s]}. Pauses longer than
 *       the maximum are cut to it; a request whose pauses add up to more than the total allowed is refused
 *       (each tag alone is short, but thousands of them would be hours of silence).</li>
 *   <li>{@code [word](/phonemes/)}: the word with the phonemes to use for it.</li>
 *   <li>{@code [voice:am_adam]} (a name, blend or alias; {@code [voice:default]} for the request's voice) and
 *       {@code [rate:1.2]}: who speaks the following text and how fast, when speaker tags are on.</li>
 *   <li>Everything else is text. A tag that does not parse stays text, but without its brackets
 *       or slashes, so that the listener never hears "slash": {@code [sic]} → "sic",
 *       {@code [word](/broken} → "word broken", {@code [word](//)} → "word".</li>
 * </ul>
 * Independent of normalization: text segments come back exactly as written (less the markup).
 * A hand-written scanner, linear in the input; tag contents are bounded in length.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkupParser {
    /** The longest pause a request gets unless configured otherwise. */
    public static final Duration DEFAULT_MAX_PAUSE = Duration.ofSeconds(10);
    /** The most silence all of a request's pauses together make unless configured otherwise. */
    public static final Duration DEFAULT_MAX_TOTAL_PAUSE = Duration.ofSeconds(60);
    private static final int MAX_WORD = 200;
    private static final int MAX_PHONEMES = 1000;
    private static final int MAX_PAUSE_TAG = 40;

    private static final int MAX_SPEAKER_TAG = 120;
    private static final String DEFAULT_VOICE = "default";

    private final Duration maxPause;
    private final Duration maxTotalPause;
    private final boolean speakerTags;

    /** Pauses up to {@link #DEFAULT_MAX_PAUSE} each and {@link #DEFAULT_MAX_TOTAL_PAUSE} in all, speaker tags on. */
    public MarkupParser() {
        this(DEFAULT_MAX_PAUSE, DEFAULT_MAX_TOTAL_PAUSE, true);
    }

    /**
     * @param maxPause      the longest one pause tag makes; longer ones are cut to it
     * @param maxTotalPause the most all pauses of one input may add up to (after each was cut to {@code maxPause})
     * @param speakerTags   whether {@code [voice:...]} and {@code [rate:...]} are tags (else they are text)
     */
    public MarkupParser(Duration maxPause, Duration maxTotalPause, boolean speakerTags) {
        this.maxPause = Objects.requireNonNull(maxPause, "maxPause");
        this.maxTotalPause = Objects.requireNonNull(maxTotalPause, "maxTotalPause");
        if (maxPause.isNegative()) throw new IllegalArgumentException("maxPause must not be negative");
        if (maxTotalPause.isNegative()) throw new IllegalArgumentException("maxTotalPause must not be negative");
        this.speakerTags = speakerTags;
    }

    /** This parser with speaker tags on: SSML's voice and prosody elements become them. */
    public MarkupParser withSpeakerTags() {
        return speakerTags ? this : new MarkupParser(maxPause, maxTotalPause, true);
    }

    /**
     * The segments of {@code input}; adjacent text is merged and empty text dropped.
     *
     * @throws InvalidInputException (param {@code input}) when its pauses add up to more than the total allowed
     */
    public List<Segment> parse(String input) {
        Builder out = new Builder(maxTotalPause);
        if (input == null) return out.segments;
        int i = 0;
        while (i < input.length()) {
            int open = input.indexOf('[', i);
            if (open < 0) {
                out.text(input.substring(i));
                break;
            }
            out.text(input.substring(i, open));
            i = tag(input, open, out);
        }
        return out.finish();
    }

    /** Parses the tag opening at {@code open}; returns where parsing resumes. */
    private int tag(String input, int open, Builder out) {
        int close = indexOfWithin(input, "]", open + 1, MAX_WORD);
        if (close < 0 || input.substring(open + 1, close).indexOf('[') >= 0) {
            out.text("[");
            return open + 1;
        }
        String inside = input.substring(open + 1, close);
        Duration pause = pause(inside);
        if (pause != null) {
            out.add(new PauseSegment(pause.compareTo(maxPause) > 0 ? maxPause : pause));
            return close + 1;
        }
        Segment speaker = speakerTags ? speaker(inside) : null;
        if (speaker != null) {
            out.add(speaker);
            return close + 1;
        }
        if (input.startsWith("(/", close + 1)) {
            int start = close + 3;
            int end = indexOfWithin(input, "/)", start, MAX_PHONEMES);
            if (end >= 0) {
                String phonemes = input.substring(start, end).strip();
                if (phonemes.isEmpty()) {
                    out.text(inside);
                } else {
                    out.add(new PhonemeSegment(inside.strip(), phonemes));
                }
                return end + 2;
            }
            // Unterminated: keep the word, drop the "(/" so it is not read aloud.
            out.text(inside + " ");
            return start;
        }
        out.text(inside);
        return close + 1;
    }

    /** The pause a tag asks for, or null if it is no pause tag. */
    private static Duration pause(String inside) {
        if (inside.length() > MAX_PAUSE_TAG) return null;
        String s = inside.strip().toLowerCase(Locale.ROOT);
        String value;
        if (s.startsWith("pause:")) {
            value = s.substring(6).strip();
        } else if (s.startsWith("pause ")) {
            value = s.substring(6).strip();
        } else if (s.startsWith("silent ")) {
            value = s.substring(7).strip();
        } else {
            return null;
        }
        BigDecimal millisPerUnit;
        if (value.endsWith("ms")) {
            millisPerUnit = BigDecimal.ONE;
            value = value.substring(0, value.length() - 2);
        } else if (value.endsWith("s")) {
            millisPerUnit = BigDecimal.valueOf(1000);
            value = value.substring(0, value.length() - 1);
        } else {
            millisPerUnit = BigDecimal.valueOf(1000);
        }
        value = value.strip();
        if (value.isEmpty() || !value.matches("\\d{0,6}(?:\\.\\d{1,6})?")) return null;
        long millis = new BigDecimal(value).multiply(millisPerUnit).longValue();
        return Duration.ofMillis(millis);
    }

    /** The change of voice or rate a tag asks for, or null if it is neither. */
    private static Segment speaker(String inside) {
        if (inside.length() > MAX_SPEAKER_TAG) return null;
        String s = inside.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("voice:")) {
            String voice = s.substring(6).strip();
            if (voice.isEmpty()) return null;
            return new VoiceSegment(voice.equalsIgnoreCase(DEFAULT_VOICE) ? Optional.empty() : Optional.of(voice));
        }
        if (lower.startsWith("rate:")) {
            String value = s.substring(5).strip();
            if (!value.matches("\\d{1,3}(?:\\.\\d{1,6})?|\\.\\d{1,6}")) return null;
            double factor = Double.parseDouble(value);
            return factor > 0 ? new RateSegment(factor) : null;
        }
        return null;
    }

    /** Like {@code indexOf}, but looks no further than {@code limit} characters, keeping parsing linear. */
    private static int indexOfWithin(String s, String target, int from, int limit) {
        int end = Math.min(s.length(), from + limit + target.length());
        int i = s.substring(Math.min(from, end), end).indexOf(target);
        return i < 0 ? -1 : from + i;
    }

    /** Collects segments, merging neighbouring text. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Duration maxTotalPause;
        private Duration totalPause = Duration.ZERO;

        Builder(Duration maxTotalPause) {
            this.maxTotalPause = maxTotalPause;
        }

        void text(String s) {
            text.append(s);
        }

        void add(Segment segment) {
            if (segment instanceof PauseSegment pause) {
                countPause(pause.duration());
            }
            flush(segment instanceof PhonemeSegment);
            segments.add(segment);
        }

        /** Refuses the input as soon as its pauses pass the total: nothing has been synthesized yet. */
        private void countPause(Duration pause) {
            totalPause = totalPause.plus(pause);
            if (totalPause.compareTo(maxTotalPause) > 0) {
                throw new InvalidInputException("The pauses in the input add up to more than "
                        + seconds(maxTotalPause) + " seconds, the most one request may have.", "input",
                        "too_much_pause");
            }
        }

        private static String seconds(Duration d) {
            return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
        }

        List<Segment> finish() {
            flush(false);
            return List.copyOf(segments);
        }

        /**
         * Ends the current text. Blank text is dropped, except a space between two phoneme words,
         * which keeps them two words.
         */
        private void flush(boolean beforePhonemes) {
            if (text.isEmpty()) return;
            if (!text.toString().isBlank()) {
                segments.add(new TextSegment(text.toString()));
            } else if (beforePhonemes && !segments.isEmpty() && segments.getLast() instanceof PhonemeSegment) {
                segments.add(new TextSegment(" "));
            }
            text.setLength(0);
        }
    }
}
