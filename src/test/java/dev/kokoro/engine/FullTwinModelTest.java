package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.TestAssets;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The full-size architecture twin (163 MB, signature B): it loads and runs through the same code. */
class FullTwinModelTest {
    @Test
    void loadsAndSynthesizesAShortSentence() {
        try (OnnxKokoroModel model = OnnxKokoroModel.load(ModelSettings.defaults(TestAssets.fullModel())
                .withDevice(DevicePreference.CPU))) {
            assertThat(model.info().signature()).isEqualTo(new ModelSignature("tokens", "style", "speed",
                    ModelSignature.SpeedType.FLOAT32, "audio", Optional.empty()));
            assertThat(model.info().file().known()).contains(KnownModelFile.TWIN_V1_0);

            int[] ids = IntStream.range(0, 8).map(i -> 16 + i * 11).toArray();
            float[] audio = model.synthesize(ids, new float[KokoroModel.STYLE_SIZE], 1f);

            assertThat(audio).hasSize(1800 * (ids.length + 2));
            for (float sample : audio) {
                assertThat(sample).isFinite();
            }
        }
    }
}
