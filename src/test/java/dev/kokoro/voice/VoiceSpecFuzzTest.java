package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.testing.Fuzzing;
import dev.kokoro.testing.NastyText;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Voice formulas from clients: whatever the text, parsing gives a spec or {@link InvalidVoiceSpecException}, never
 * another failure; a spec that parses has coefficients that are finite and add up to 1 (or is refused for its
 * weights); its canonical text reads back as the same spec; and the library resolves any text to a voice or a
 * client error. Run settings: {@link Fuzzing}.
 */
@NeedsAssets
class VoiceSpecFuzzTest {
    private static final List<String> FRAGMENTS = List.of("af_bella", "af_sky", "am_adam", "alloy", "x", "_", "+",
            "-", "(", ")", "(2)", "(0.5)", "(0)", "(.)", "(1e3)", "(-1)", " ", "\t", "((", "))", "+-", "--",
            "(" + "9".repeat(400) + ")", "(0." + "0".repeat(330) + "1)");
    private static VoiceLibrary library;

    @BeforeAll
    static void load() {
        library = VoiceLibrary.load(TestAssets.voices(), Path.of("config"));
    }

    @Test
    void anyTextParsesOrIsAnInvalidVoice() {
        Fuzzing.qt(3000).forAll(NastyText.text(40, FRAGMENTS)).checkAssert(text -> {
            Throwable failure = catchThrowable(() -> VoiceSpec.parse(text).coefficients());
            if (failure != null) {
                assertThat(failure).isInstanceOf(InvalidVoiceSpecException.class);
            }
        });
    }

    /** Weights written as digits, from tiny to past the largest double, and their signed sums. */
    @Test
    void coefficientsAreFiniteAndAddUpToOne() {
        Fuzzing.qt(3000).forAll(blends()).checkAssert(text -> {
            VoiceSpec spec = VoiceSpec.parse(text);
            double[] coefficients;
            try {
                coefficients = spec.coefficients();
            } catch (InvalidVoiceSpecException e) {
                assertThat(e.code()).isEqualTo(InvalidVoiceSpecException.WEIGHT);
                return;
            }
            assertThat(Arrays.stream(coefficients).allMatch(Double::isFinite)).as("finite: %s", text).isTrue();
            double scale = Arrays.stream(coefficients).map(Math::abs).sum();
            assertThat(Arrays.stream(coefficients).sum()).as(text).isCloseTo(1.0, offset(1e-9 * scale));
        });
    }

    /** The canonical text drops a lone voice's weight and the spaces, and reads back as itself. */
    @Test
    void canonicalTextReadsBackAsTheSameSpec() {
        Fuzzing.qt(3000).forAll(blends()).checkAssert(text -> {
            VoiceSpec spec = VoiceSpec.parse(text);
            VoiceSpec again = VoiceSpec.parse(spec.text());
            assertThat(again.text()).as(text).isEqualTo(spec.text());
            assertThat(again.terms()).extracting(VoiceSpec.Term::name, VoiceSpec.Term::subtracted).as(text)
                    .containsExactlyElementsOf(spec.terms().stream()
                            .map(t -> tuple(t.name(), t.subtracted())).toList());
        });
    }

    @Test
    void theLibraryResolvesAnyTextToAVoiceOrAClientError() {
        Fuzzing.qt(800).forAll(NastyText.text(20, FRAGMENTS).mix(blends())).checkAssert(text -> {
            Throwable failure = catchThrowable(() -> library.resolve(text));
            if (failure == null) {
                assertThat(library.resolve(text).table()).isNotNull();
            } else {
                assertThat(failure).isInstanceOf(InvalidInputException.class);
            }
        });
    }

    /** Well-formed blends of installed voices and OpenAI names, with spaces, '+'/'-' and weights of any size. */
    private static Gen<String> blends() {
        Gen<String> name = Generate.pick(List.of("af_bella", "af_sky", "am_adam", "AF_Heart", "alloy", "nova"));
        Gen<String> weight = Generate.frequency(List.of(
                Pair.of(8, Generate.pick(List.of("", "(1)", "(2)", "(0.3)", "( 5 )", "(.5)", "(7.)", "(0.000001)"))),
                Pair.of(1, Generate.pick(List.of("(" + "9".repeat(308) + ")", "(" + "1".repeat(300) + ".5)",
                        "(0." + "0".repeat(320) + "1)")))));
        Gen<String> space = Generate.pick(List.of("", " ", "  ", "\t"));
        Gen<String> term = name.zip(weight, space, (n, w, s) -> s + n + s + w + s);
        Gen<String> op = Generate.pick(List.of("+", "-", "+", "+"));
        return term.zip(lists().of(op.zip(term, String::concat)).ofSizeBetween(0, 5),
                (first, rest) -> first + String.join("", rest)).assuming(t -> t.length() <= VoiceSpec.MAX_CHARS);
    }
}
