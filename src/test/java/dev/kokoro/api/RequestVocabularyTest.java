package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.NotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words a request may use: model names and pace instructions. */
class RequestVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {"kokoro", "tts-1", "TTS-1-HD", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-03-20",
            "gpt-4o-mini-tts-2025-12-15"})
    void acceptsOpenAiAndKokoroModelNames(String model) {
        assertThat(ModelCatalog.require(model)).isEqualTo(model.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"whisper-1", "gpt-4o", "tts-2", "gpt-4o-mini-tts-2025", "kokoro-v1"})
    void refusesOtherModels(String model) {
        assertThatThrownBy(() -> ModelCatalog.require(model)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.param()).isEqualTo("model"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Speak slowly and clearly.            | 0.85",
        "Please speak very slowly.            | 0.7",
        "Talk quickly, we are late.           | 1.2",
        "Read this extremely fast!            | 1.4",
        "Cheerful and warm tone.              | 1.0",
        "''                                   | 1.0",
    })
    void paceWordsScaleTheSpeed(String instructions, float factor) {
        assertThat(PaceInstructions.speedFactor(instructions)).isEqualTo(factor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Slowdown is not a pace word", "a fastidious narrator"})
    void wordsThatMerelyContainPaceWordsDoNothing(String instructions) {
        assertThat(PaceInstructions.speedFactor(instructions)).isEqualTo(1f);
    }
}
