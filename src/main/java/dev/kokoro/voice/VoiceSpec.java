package dev.kokoro.voice;

import dev.kokoro.error.ClientText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A parsed voice spec: a voice name, or a blend such as {@code af_bella(2)+af_sky(1)} or
 * {@code af_bella-af_sky(0.3)}. Whitespace around names, operators and weights is ignored. Immutable.
 *
 * <p>Grammar (Kokoro-FastAPI's): {@code term (('+'|'-') term)*}, {@code term = name ['(' weight ')']}, a name of
 * letters, digits and underscores, a weight a positive decimal number (default 1).
 *
 * <p>Normalisation, where this deliberately differs from Kokoro-FastAPI: the signed weights are divided by their
 * signed sum, so the coefficients always add up to 1 and the blend is an affine combination of the packs.
 * {@code af_bella(2)+af_sky(1)} is {@code (2·bella + sky)/3} either way; but {@code af_bella-af_sky(0.3)} is
 * {@code (bella − 0.3·sky)/0.7}: bella pushed away from sky, at bella's scale. Kokoro-FastAPI divides by the sum of
 * the unsigned weights instead ({@code (bella − 0.3·sky)/1.3}), which shrinks every subtraction toward the zero
 * vector, so that {@code x-x(0.5)} is not {@code x} but {@code x/3}. A spec whose signed sum is zero or negative
 * ({@code af_bella-af_sky}) has no such normalisation and is rejected.
 */
public final class VoiceSpec {
    /** More terms than this is abuse, not a voice. */
    public static final int MAX_TERMS = 16;
    /**
     * Longer text than this is abuse too: {@link #MAX_TERMS} names with weights fit in a few hundred characters,
     * and a name that long would only cost the search for similar names its time.
     */
    public static final int MAX_CHARS = 1000;
    /**
     * The most a blend may scale one voice by. {@code af_bella-af_sky(0.999999)} reaches it; anything past it is far
     * outside every voice (it would not even fit a float once the weights cancel out to almost nothing).
     */
    public static final double MAX_COEFFICIENT = 1e6;

    /** One voice in a spec. {@code subtracted} is true after a '-'. */
    public record Term(String name, double weight, boolean subtracted) {
        double signedWeight() {
            return subtracted ? -weight : weight;
        }
    }

    private final List<Term> terms;

    private VoiceSpec(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * Parses {@code text}.
     *
     * @throws InvalidVoiceSpecException if it is empty or not of the grammar above
     */
    public static VoiceSpec parse(String text) {
        return new VoiceSpec(new Parser(text).terms());
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean isBlend() {
        return terms.size() > 1;
    }

    /** The same spec with each name replaced, e.g. by the canonical id it resolves to. */
    public VoiceSpec withNames(UnaryOperator<String> rename) {
        return new VoiceSpec(terms.stream().map(t -> new Term(rename.apply(t.name()), t.weight(), t.subtracted())).toList());
    }

    /**
     * One coefficient per term, signed, adding up to 1.
     *
     * @throws InvalidVoiceSpecException if the signed weights add up to zero or less, or so nearly cancel out that a
     *                                   coefficient is past {@link #MAX_COEFFICIENT}
     */
    public double[] coefficients() {
        // Scaled by the largest weight first: weights near Double.MAX_VALUE would otherwise add up to infinity.
        double largest = terms.stream().mapToDouble(Term::weight).max().orElseThrow();
        double total = terms.stream().mapToDouble(t -> t.signedWeight() / largest).sum();
        if (!(total > 0)) {
            throw new InvalidVoiceSpecException("Invalid voice " + ClientText.quote(text()) + ": the weights of the"
                    + " added voices must outweigh those of the subtracted ones (the signed weights add up to "
                    + format(total * largest) + ").", InvalidVoiceSpecException.WEIGHT);
        }
        double[] coefficients = terms.stream().mapToDouble(t -> t.signedWeight() / largest / total).toArray();
        if (Arrays.stream(coefficients).anyMatch(c -> !(Math.abs(c) <= MAX_COEFFICIENT))) {
            throw new InvalidVoiceSpecException("Invalid voice " + ClientText.quote(text()) + ": the added and"
                    + " subtracted weights nearly cancel out, which would scale a voice by more than "
                    + format(MAX_COEFFICIENT) + ".", InvalidVoiceSpecException.WEIGHT);
        }
        return coefficients;
    }

    /**
     * The canonical text: names as they are, no whitespace, weights written only when they are not all 1, so
     * that {@code af_bella + af_sky(1)} and {@code af_bella+af_sky} read the same.
     */
    public String text() {
        boolean weighted = terms.stream().anyMatch(t -> t.weight() != 1);
        StringBuilder out = new StringBuilder();
        for (Term t : terms) {
            if (!out.isEmpty()) {
                out.append(t.subtracted() ? '-' : '+');
            }
            out.append(t.name());
            if (weighted && terms.size() > 1) {
                out.append('(').append(format(t.weight())).append(')');
            }
        }
        return out.toString();
    }

    private static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceSpec other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }

    /** A recursive-descent parser over one spec text; single use. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        List<Term> terms() {
            if (text.length() > MAX_CHARS) {
                throw error("a voice is at most " + MAX_CHARS + " characters, this one has " + text.length());
            }
            skipSpace();
            if (pos == text.length()) {
                throw error("the voice is empty");
            }
            List<Term> terms = new ArrayList<>();
            boolean subtracted = false;
            while (true) {
                terms.add(term(subtracted));
                if (terms.size() > MAX_TERMS) {
                    throw error("a blend may combine at most " + MAX_TERMS + " voices");
                }
                skipSpace();
                if (pos == text.length()) {
                    return terms;
                }
                char op = text.charAt(pos);
                if (op != '+' && op != '-') {
                    throw error("expected '+', '-' or the end at position " + (pos + 1) + " ('" + op + "')");
                }
                subtracted = op == '-';
                pos++;
            }
        }

        private Term term(boolean subtracted) {
            skipSpace();
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw error("expected a voice name at position " + (pos + 1));
            }
            String name = text.substring(start, pos);
            skipSpace();
            if (pos == text.length() || text.charAt(pos) != '(') {
                return new Term(name, 1, subtracted);
            }
            pos++;
            return new Term(name, weight(name), subtracted);
        }

        private double weight(String name) {
            int close = text.indexOf(')', pos);
            if (close < 0) {
                throw error("missing ')' after the weight of " + ClientText.shorten(name));
            }
            String number = text.substring(pos, close).strip();
            pos = close + 1;
            if (!number.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
                throw error("the weight of " + ClientText.shorten(name) + " must be a positive number, not "
                        + ClientText.quote(number));
            }
            double weight = Double.parseDouble(number);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw error("the weight of " + ClientText.shorten(name) + " must be a positive number, not "
                        + ClientText.quote(number));
            }
            return weight;
        }

        private static boolean isNameChar(char c) {
            return c == '_' || c < 128 && Character.isLetterOrDigit(c);
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private InvalidVoiceSpecException error(String problem) {
            return new InvalidVoiceSpecException("Invalid voice " + ClientText.quote(text) + ": " + problem
                    + ". Use a voice name such as af_heart, or a blend such as af_bella(2)+af_sky(1) or"
                    + " af_bella-af_sky(0.3).", InvalidVoiceSpecException.SYNTAX);
        }
    }
}
