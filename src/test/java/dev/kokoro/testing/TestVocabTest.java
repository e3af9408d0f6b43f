package dev.kokoro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The vocabulary the unit tests use is the model's: every symbol with the same token id, none more. */
@NeedsAssets
class TestVocabTest {
    @Test
    void isTheModelConfigsVocab() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode copy = json.readTree(TestVocab.file().toFile()).path("vocab");
        JsonNode model = json.readTree(TestAssets.modelConfig().toFile()).path("vocab");

        assertThat(copy.size()).isEqualTo(114);
        assertThat(copy).isEqualTo(model);
    }
}
