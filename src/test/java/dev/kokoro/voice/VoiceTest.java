package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.text.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@NeedsAssets
class VoiceTest {
    private final float[] floats = VoicePackFixtures.floats("af_bella");
    private final Voice voice = new Voice("af_bella", VoiceTable.of(floats));

    private float[] fileRow(int row) {
        return Arrays.copyOfRange(floats, row * 256, row * 256 + 256);
    }

    @Test
    void styleIsTheRowOfPhonemeCountMinusOne() {
        // The reference pipeline: ref_s = pack[len(ps) - 1].
        assertThat(voice.styleFor(1)).containsExactly(fileRow(0));
        assertThat(voice.styleFor(2)).containsExactly(fileRow(1));
        assertThat(voice.styleFor(50)).containsExactly(fileRow(49));
        assertThat(voice.styleFor(510)).containsExactly(fileRow(509));
        assertThat(voice.styleFor(50)).isNotEqualTo(fileRow(50));
    }

    @Test
    void rowIsClampedToTheTable() {
        assertThat(Voice.rowFor(0)).isZero();
        assertThat(Voice.rowFor(1)).isZero();
        assertThat(Voice.rowFor(511)).isEqualTo(509);
        assertThat(Voice.rowFor(Integer.MAX_VALUE)).isEqualTo(509);
        assertThat(voice.styleFor(0)).containsExactly(fileRow(0));
        assertThat(voice.styleFor(100_000)).containsExactly(fileRow(509));
        assertThatThrownBy(() -> voice.styleFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void styleIsACopy() {
        voice.styleFor(5)[0] = 42f;

        assertThat(voice.styleFor(5)[0]).isEqualTo(floats[4 * 256]);
    }

    @Test
    void languageComesFromTheFirstLetter() {
        assertThat(voice.language()).isEqualTo(Language.AMERICAN_ENGLISH);
        assertThat(new Voice("bf_emma(1)+af_sky(2)", VoiceTable.of(floats)).language())
                .isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(new Voice("zm_yunxi", VoiceTable.of(floats)).language()).isEqualTo(Language.MANDARIN_CHINESE);
    }
}
