package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RunPod's serverless API as the Kokoro RunPod handler's clients use it, against the real server on either database. */
abstract class RunpodJobsContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/v2/kokoro-endpoint";

    /** The server the tests talk to, on one database or the other. */
    abstract TestServer server();

    @Test
    void runThenPollStatusUntilTheAudioIsThere() throws Exception {
        JsonNode accepted = post(BASE + "/run", "{\"input\":{\"text\":\"Hello from a RunPod client.\"}}");
        assertThat(accepted.path("status").asText()).isEqualTo("IN_QUEUE");
        String id = accepted.path("id").asText();

        JsonNode done = awaitFinal(id);

        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("delayTime").asLong()).isNotNegative();
        assertThat(done.path("executionTime").asLong()).isPositive();
        JsonNode output = done.path("output");
        assertThat(output.path("format").asText()).isEqualTo("wav");
        assertThat(output.path("sample_rate").asInt()).isEqualTo(24_000);
        assertThat(output.path("message").asText()).contains("af_heart");
        DecodedAudio audio = DecodedAudio.decode(Base64.getDecoder().decode(output.path("audio_base64").asText()), "wav");
        assertThat(audio.sampleRate()).isEqualTo(24_000);
        assertThat(audio.durationSeconds()).isCloseTo(output.path("duration").asDouble(), within(0.01));
    }

    @Test
    void runsyncAnswersWithTheOutputInTheHandlersLanguagesAndExtensions() throws Exception {
        JsonNode done = post(BASE + "/runsync", "{\"input\":{\"text\":\"Bonjour tout le monde.\",\"voice\":\"ff_siwis\","
                + "\"language\":\"fr\",\"speed\":1.2,\"split_sentences\":false,\"response_format\":\"mp3\"}}");

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("output").path("format").asText()).isEqualTo("mp3");
        DecodedAudio audio = DecodedAudio.decode(Base64.getDecoder().decode(done.path("output").path("audio_base64")
                .asText()), "mp3");
        assertThat(audio.durationSeconds()).isGreaterThan(0.5);
    }

    @Test
    void theOutputIsAtTheInputsSampleRate() throws Exception {
        JsonNode done = post(BASE + "/runsync", "{\"input\":{\"text\":\"Sixteen kilohertz.\",\"sample_rate\":16000}}");

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        JsonNode output = done.path("output");
        assertThat(output.path("sample_rate").asInt()).isEqualTo(16_000);
        DecodedAudio audio = DecodedAudio.decode(Base64.getDecoder().decode(output.path("audio_base64").asText()), "wav");
        assertThat(audio.sampleRate()).isEqualTo(16_000);
        assertThat(audio.durationSeconds()).isCloseTo(output.path("duration").asDouble(), within(0.01));
    }

    @Test
    void aBadInputCompletesAsFailedWithTheReason() throws Exception {
        JsonNode unknownVoice = post(BASE + "/runsync", "{\"input\":{\"text\":\"Hi\",\"voice\":\"af_nobody\"}}");
        JsonNode noText = post(BASE + "/runsync", "{\"input\":{\"voice\":\"af_heart\"}}");
        JsonNode badSpeed = post(BASE + "/runsync", "{\"input\":{\"text\":\"Hi\",\"speed\":9}}");
        JsonNode badRate = post(BASE + "/runsync", "{\"input\":{\"text\":\"Hi\",\"sample_rate\":12345}}");

        assertThat(unknownVoice.path("status").asText()).isEqualTo("FAILED");
        assertThat(unknownVoice.path("output").path("error").asText()).contains("af_nobody");
        assertThat(noText.path("status").asText()).isEqualTo("FAILED");
        assertThat(noText.path("error").asText()).containsIgnoringCase("text");
        assertThat(badSpeed.path("output").path("error").asText()).containsIgnoringCase("speed");
        assertThat(badRate.path("status").asText()).isEqualTo("FAILED");
        assertThat(badRate.path("output").path("error").asText()).contains("sample_rate");
    }

    @Test
    void aQueuedJobCancelledNeverRunsAndPurgeEmptiesTheQueue() throws Exception {
        String longText = "This sentence keeps the worker busy for a while. ".repeat(60);
        String first = post(BASE + "/run", "{\"input\":{\"text\":\"" + longText + "\"}}").path("id").asText();
        String second = post(BASE + "/run", "{\"input\":{\"text\":\"" + longText + "\"}}").path("id").asText();
        String third = post(BASE + "/run", "{\"input\":{\"text\":\"" + longText + "\"}}").path("id").asText();

        JsonNode cancelled = post(BASE + "/cancel/" + second, "");
        JsonNode purged = post(BASE + "/purge-queue", "");

        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(purged.path("removed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(awaitFinal(first).path("status").asText()).isIn("COMPLETED", "CANCELLED");
        assertThat(status(second).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(status(second).has("output")).isFalse();
        assertThat(server().get(BASE + "/status/" + third).statusCode()).isEqualTo(404);
    }

    @Test
    void healthCountsJobsAndWorkers() throws Exception {
        post(BASE + "/runsync", "{\"input\":{\"text\":\"Counted.\"}}");

        JsonNode health = JSON.readTree(server().get(BASE + "/health").body());

        assertThat(health.path("jobs").path("completed").asInt()).isPositive();
        assertThat(health.path("jobs").has("failed")).isTrue();
        assertThat(health.path("jobs").has("inProgress")).isTrue();
        assertThat(health.path("jobs").has("inQueue")).isTrue();
        assertThat(health.path("jobs").has("retried")).isTrue();
        assertThat(health.path("workers").path("idle").asInt() + health.path("workers").path("running").asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownJobsAndBodiesWithoutInputAreRefusedInTheErrorEnvelope() throws Exception {
        HttpResponse<String> unknown = server().get(BASE + "/status/no-such-job");
        HttpResponse<byte[]> noInput = server().post(BASE + "/run", "{\"text\":\"Hi\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").path("code").asText()).isEqualTo("job_not_found");
        assertThat(noInput.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noInput.body()).path("error").path("param").asText()).isEqualTo("input");
    }

    private JsonNode post(String path, String body) throws Exception {
        return JSON.readTree(server().post(path, body).body());
    }

    private JsonNode status(String id) throws Exception {
        return JSON.readTree(server().get(BASE + "/status/" + id).body());
    }

    private JsonNode awaitFinal(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonNode status = status(id);
            String state = status.path("status").asText();
            if (!state.equals("IN_QUEUE") && !state.equals("IN_PROGRESS") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }
}
