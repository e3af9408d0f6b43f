package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiVoiceNamesTest {
    @TempDir
    Path dir;

    @Test
    void committedFileMapsAllThirteenNames() {
        OpenAiVoiceNames names = OpenAiVoiceNames.load(Path.of("config", VoiceLibrary.OPENAI_VOICES_FILE));

        assertThat(names.asMap()).containsOnlyKeys("alloy", "ash", "ballad", "coral", "echo", "fable", "onyx",
                "nova", "sage", "shimmer", "verse", "marin", "cedar");
        assertThat(names.target("ALLOY")).contains("af_alloy");
        assertThat(names.target("Fable")).contains("bm_fable");
        assertThat(names.target("af_bella")).isEmpty();
    }

    @Test
    void malformedFilesAreReported() throws Exception {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{voices: ");
        Path noVoices = Files.writeString(dir.resolve("b.json"), "{\"names\": {}}");
        Path noTarget = Files.writeString(dir.resolve("c.json"), "{\"voices\": {\"alloy\": {\"why\": \"x\"}}}");
        Path twice = Files.writeString(dir.resolve("d.json"),
                "{\"voices\": {\"alloy\": {\"voice\": \"af_alloy\"}, \"Alloy\": {\"voice\": \"af_sky\"}}}");

        for (Path file : new Path[] {notJson, noVoices, noTarget, twice}) {
            assertThatThrownBy(() -> OpenAiVoiceNames.load(file)).isInstanceOf(VoiceLoadException.class)
                    .hasMessageContaining(file.toString());
        }
    }
}
