package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AudioFormatTest {
    @Test
    void parsesEveryOpenAiFormatIgnoringCaseAndBlanks() {
        assertThat(AudioFormat.parse("mp3", "response_format")).isEqualTo(AudioFormat.MP3);
        assertThat(AudioFormat.parse("Opus", "response_format")).isEqualTo(AudioFormat.OPUS);
        assertThat(AudioFormat.parse("AAC", "response_format")).isEqualTo(AudioFormat.AAC);
        assertThat(AudioFormat.parse(" flac\t", "response_format")).isEqualTo(AudioFormat.FLAC);
        assertThat(AudioFormat.parse("wav\n", "response_format")).isEqualTo(AudioFormat.WAV);
        assertThat(AudioFormat.parse("PCM", "response_format")).isEqualTo(AudioFormat.PCM);
        assertThat(AudioFormat.parse("mulaw", "response_format")).isEqualTo(AudioFormat.MULAW);
        assertThat(AudioFormat.parse("ALaw", "response_format")).isEqualTo(AudioFormat.ALAW);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "ogg", "mp4", "wave", "m p3", "audio/mpeg"})
    void rejectsAnythingElseAsAClientError(String value) {
        assertThatThrownBy(() -> AudioFormat.parse(value, "response_format"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.param()).isEqualTo("response_format");
                    assertThat(e.code()).isEqualTo("unsupported_response_format");
                    assertThat(e.getMessage()).contains("mp3, opus, aac, flac, wav, pcm, mulaw, alaw");
                });
    }

    @Test
    void idsAndContentTypes() {
        assertThat(AudioFormat.MP3.id()).isEqualTo("mp3");
        assertThat(AudioFormat.MP3.contentType()).isEqualTo("audio/mpeg");
        assertThat(AudioFormat.OPUS.contentType()).isEqualTo("audio/opus");
        assertThat(AudioFormat.AAC.contentType()).isEqualTo("audio/aac");
        assertThat(AudioFormat.FLAC.contentType()).isEqualTo("audio/flac");
        assertThat(AudioFormat.WAV.contentType()).isEqualTo("audio/wav");
        assertThat(AudioFormat.PCM.contentType()).isEqualTo("audio/pcm");
        assertThat(AudioFormat.MULAW.contentType()).isEqualTo("audio/basic");
        assertThat(AudioFormat.ALAW.contentType()).isEqualTo("audio/x-alaw-basic");
        assertThat(AudioFormat.values()).extracting(AudioFormat::id)
                .containsExactly("mp3", "opus", "aac", "flac", "wav", "pcm", "mulaw", "alaw");
    }
}
