package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.ServerProcess;
import dev.kokoro.testing.TestAssets;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server keeps survives SIGKILL: a server process is killed and started again on the same data folder. */
@EndToEnd
class CrashRecoveryTest {
    @Test
    void aVoiceCreatedBeforeAKillIsThereAfterTheRestart(@TempDir Path data) throws Exception {
        Map<String, String> settings = Map.of("data-dir", data.toString());
        try (ServerProcess first = ServerProcess.start(TestAssets.miniModel("B"), settings)) {
            HttpResponse<byte[]> created = first.post("/v1/audio/voices",
                    "{\"voice_id\":\"kept_blend\",\"formula\":\"af_bella(2)+af_sky\"}");
            assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(201);
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(TestAssets.miniModel("B"), settings)) {
            HttpResponse<String> voice = second.get("/v1/audio/voices/kept_blend");
            assertThat(voice.statusCode()).as(second.log()).isEqualTo(200);
            assertThat(voice.body()).contains("\"formula\":\"af_bella(2)+af_sky(1)\"");
            HttpResponse<byte[]> speech = second.post("/v1/audio/speech",
                    "{\"model\":\"kokoro\",\"voice\":\"kept_blend\",\"input\":\"Still here.\",\"response_format\":\"wav\"}");
            assertThat(speech.statusCode()).isEqualTo(200);
            assertThat(speech.body().length).isGreaterThan(44);
        }
    }
}
