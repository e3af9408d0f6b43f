package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendering tasks in CosyVoice's shape, against the real server on either database. */
abstract class TasksContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "A task renders in the background while live requests come first. ".repeat(20);

    /** The server the tests talk to, on one database or the other. */
    abstract TestServer server();

    @Test
    void aTaskIsQueuedRenderedAndItsAudioServed() throws Exception {
        JsonNode accepted = post("/v1/tasks", "{\"text\":\"Chapter one. It was a dark night.\",\"voice_id\":\"bf_emma\","
                + "\"format\":\"flac\",\"metadata\":{\"book\":\"b-17\",\"chapter\":1}}");
        assertThat(accepted.path("status").asText()).isIn("scheduled", "processing", "completed");
        assertThat(accepted.path("priority").asText()).isEqualTo("normal");
        assertThat(accepted.has("queue_position")).isTrue();
        assertThat(accepted.has("estimated_wait_time")).isTrue();
        assertThat(accepted.path("created_at").asText()).endsWith("Z");

        JsonNode done = awaitFinal(accepted.path("task_id").asText());

        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.path("metadata").path("book").asText()).isEqualTo("b-17");
        assertThat(done.path("synthesis_time").asDouble()).isPositive();
        assertThat(done.path("started_at").asText()).isNotBlank();
        assertThat(done.path("completed_at").asText()).isNotBlank();
        HttpResponse<byte[]> audio = server().http().getBytes(done.path("audio_url").asText());
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/flac");
        DecodedAudio decoded = DecodedAudio.decode(audio.body(), "flac");
        assertThat(decoded.durationSeconds()).isCloseTo(done.path("duration").asDouble(), within(0.01));
    }

    @Test
    void aTaskIsMadeAtItsSampleRateAndInItsContainer() throws Exception {
        String id = post("/v1/tasks", "{\"text\":\"Please hold the line.\",\"format\":\"mulaw\",\"container\":\"wav\","
                + "\"sample_rate\":8000}").path("task_id").asText();

        JsonNode done = awaitFinal(id);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.path("sample_rate").asInt()).isEqualTo(8000);
        HttpResponse<byte[]> audio = server().http().getBytes(done.path("audio_url").asText());
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(audio.headers().firstValue("X-Sample-Rate")).hasValue("8000");
        assertThat(audio.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains(id + ".wav"));
        DecodedAudio decoded = DecodedAudio.decode(audio.body(), "wav");
        assertThat(decoded.codec()).isEqualTo("pcm_mulaw");
        assertThat(decoded.sampleRate()).isEqualTo(8000);
        assertThat(decoded.durationSeconds()).isCloseTo(done.path("duration").asDouble(), within(0.01));
    }

    @Test
    void aRegisteredTaskWaitsUntilRendered() throws Exception {
        String id = post("/v1/tasks", "{\"text\":\"Later.\",\"start\":false}").path("task_id").asText();
        Thread.sleep(300);
        assertThat(get("/v1/tasks/" + id).path("status").asText()).isEqualTo("pending");

        JsonNode rendered = post("/v1/tasks/" + id + "/render", "");
        HttpResponse<byte[]> again = server().post("/v1/tasks/" + id + "/render", "");

        assertThat(rendered.path("status").asText()).isIn("scheduled", "processing", "completed");
        assertThat(awaitFinal(id).path("status").asText()).isEqualTo("completed");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("error").path("code").asText()).isEqualTo("task_not_pending");
    }

    @Test
    void registeredTasksOfMixedPrioritiesCompleteInPriorityOrder() throws Exception {
        // A long task keeps the one worker busy while the others are registered and started together.
        String blocker = post("/v1/tasks", "{\"text\":\"" + LONG + "\",\"priority\":\"urgent\"}").path("task_id").asText();
        List<String> ids = new ArrayList<>();
        for (String priority : List.of("low", "normal", "urgent", "high")) {
            ids.add(post("/v1/tasks", "{\"text\":\"Priority " + priority + ".\",\"priority\":\"" + priority
                    + "\",\"start\":false,\"metadata\":\"" + priority + "\"}").path("task_id").asText());
        }
        // Tasks other tests left pending may start too: they do not change the order of these four.
        assertThat(post("/v1/tasks/render-pending?max_tasks=100", "").path("started").asInt()).isGreaterThanOrEqualTo(4);

        List<JsonNode> done = new ArrayList<>();
        for (String id : ids) {
            done.add(awaitFinal(id));
        }
        awaitFinal(blocker);

        assertThat(done.stream().sorted(Comparator.comparing(t -> Instant.parse(t.path("completed_at").asText())))
                .map(t -> t.path("priority").asText())).containsExactly("urgent", "high", "normal", "low");
    }

    @Test
    void listFiltersAndStatsCount() throws Exception {
        String id = post("/v1/tasks", "{\"text\":\"Listed.\",\"priority\":\"high\",\"start\":false}").path("task_id")
                .asText();

        JsonNode pendingHigh = get("/v1/tasks?status=pending&priority=high&limit=100");
        JsonNode stats = get("/v1/tasks/stats");

        assertThat(pendingHigh.path("tasks").findValuesAsText("task_id")).contains(id);
        assertThat(pendingHigh.path("tasks").findValuesAsText("status")).containsOnly("pending");
        assertThat(stats.path("total_tasks").asInt()).isPositive();
        assertThat(stats.path("status_counts").path("pending").asInt()).isPositive();
        assertThat(stats.path("priority_counts").path("high").asInt()).isPositive();
        assertThat(stats.has("average_synthesis_time")).isTrue();
        assertThat(stats.has("completed_tasks")).isTrue();
    }

    @Test
    void deleteCancelsAnUnfinishedTaskAndRemovesAFinishedOne() throws Exception {
        String pending = post("/v1/tasks", "{\"text\":\"Never.\",\"start\":false}").path("task_id").asText();
        String finished = post("/v1/tasks", "{\"text\":\"Done.\"}").path("task_id").asText();
        awaitFinal(finished);

        JsonNode cancelled = delete("/v1/tasks/" + pending);
        JsonNode removed = delete("/v1/tasks/" + finished);

        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(get("/v1/tasks/" + pending).path("status").asText()).isEqualTo("cancelled");
        assertThat(removed.path("deleted").asBoolean()).isTrue();
        assertThat(server().get("/v1/tasks/" + finished).statusCode()).isEqualTo(404);
    }

    @Test
    void eventsFollowATaskToItsEnd() throws Exception {
        String id = post("/v1/tasks", "{\"text\":\"" + LONG + "\",\"start\":false}").path("task_id").asText();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(server().uri("/v1/tasks/" + id
                + "/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
        post("/v1/tasks/" + id + "/render", "");

        List<String> events = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                    events.add(event);
                } else if (line.startsWith("data: ") && "progress".equals(event)) {
                    progress.add(JSON.readTree(line.substring(6)).path("progress").asDouble());
                }
            }
        }

        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(events.getFirst()).isEqualTo("progress");
        assertThat(events.getLast()).isEqualTo("completed");
        assertThat(progress).isSorted();
        assertThat(progress).anySatisfy(p -> assertThat(p).isBetween(0.01, 0.99));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\":\"  \"}|text|empty_input",
        "{\"text\":\"Hi\",\"voice_id\":\"af_nobody\"}|voice|voice_not_found",
        "{\"text\":\"Hi\",\"priority\":\"asap\"}|priority|invalid_priority",
        "{\"text\":\"Hi\",\"format\":\"ogg\"}|format|unsupported_format",
        "{\"text\":\"Hi\",\"speed\":0}|speed|invalid_speed",
        "{\"text\":\"Hi\",\"callback_url\":\"file:///etc/passwd\"}|callback_url|invalid_callback_url",
        "{\"text\":\"Hi\",\"format\":\"opus\",\"sample_rate\":22050}|sample_rate|unsupported_sample_rate",
        "{\"text\":\"Hi\",\"sample_rate\":12345}|sample_rate|invalid_sample_rate",
        "{\"text\":\"Hi\",\"format\":\"mp3\",\"container\":\"wav\"}|container|invalid_container",
    })
    void badTasksAreRefusedAtOnceNamingTheField(String body, String param, String code) throws Exception {
        HttpResponse<byte[]> response = server().post("/v1/tasks", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("param").asText()).isEqualTo(param);
        assertThat(error.path("code").asText()).isEqualTo(code);
    }

    @Test
    void unknownTasksAre404() throws Exception {
        assertThat(server().get("/v1/tasks/nope").statusCode()).isEqualTo(404);
        assertThat(server().get("/v1/tasks/nope/audio").statusCode()).isEqualTo(404);
        assertThat(server().post("/v1/tasks/nope/render", "").statusCode()).isEqualTo(404);
    }

    private JsonNode post(String path, String body) throws Exception {
        return JSON.readTree(server().post(path, body).body());
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(server().get(path).body());
    }

    private JsonNode delete(String path) throws Exception {
        return JSON.readTree(server().http().delete(path).body());
    }

    private JsonNode awaitFinal(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonNode task = get("/v1/tasks/" + id);
            String status = task.path("status").asText();
            if (!List.of("pending", "scheduled", "processing").contains(status) || System.nanoTime() > deadline) {
                return task;
            }
            Thread.sleep(100);
        }
    }
}
