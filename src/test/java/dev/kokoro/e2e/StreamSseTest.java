package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET|POST /v1/audio/stream/sse}: CosyVoice's messages as server-sent events, on a real server. */
@EndToEnd
class StreamSseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Events in order. Each chunk is an event of its own.";

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    /** One server-sent event: its name and its data. */
    private record Event(String name, JsonNode data) {
    }

    @Test
    void postStreamsStartChunksAndCompleteThatDecodeToTheTotalDuration() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/stream/sse", JSON.writeValueAsString(Map.of(
                "request_id", "sse-1", "text", TEXT, "voice_id", "af_heart", "format", "mp3", "speed", 1.0)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<Event> events = events(response);

        assertThat(events).allSatisfy(e -> assertThat(e.data().path("request_id").asText()).isEqualTo("sse-1"));
        assertThat(events.getFirst().name()).isEqualTo("start");
        assertThat(events.getFirst().data().path("message_type").asText()).isEqualTo("synthesis_start");
        Event complete = events.getLast();
        assertThat(complete.name()).isEqualTo("complete");
        assertThat(complete.data().path("message_type").asText()).isEqualTo("synthesis_complete");
        List<Event> chunks = events.subList(1, events.size() - 1);
        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(e -> {
            assertThat(e.name()).isEqualTo("audio_chunk");
            assertThat(e.data().path("message_type").asText()).isEqualTo("audio_chunk");
        });
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        for (int i = 0; i < chunks.size(); i++) {
            JsonNode data = chunks.get(i).data();
            assertThat(data.at("/metadata/chunk_index").asInt()).isEqualTo(i);
            assertThat(data.at("/metadata/is_final").asBoolean()).isEqualTo(i == chunks.size() - 1);
            byte[] bytes = Base64.getDecoder().decode(data.path("audio_data").asText());
            assertThat(data.at("/metadata/chunk_size").asInt()).isEqualTo(bytes.length);
            audio.write(bytes);
        }
        assertThat(complete.data().path("total_chunks").asInt()).isEqualTo(chunks.size());
        DecodedAudio decoded = DecodedAudio.decode(audio.toByteArray(), "mp3");
        assertThat(decoded.decodeErrors()).isZero();
        // MP3 pads its first and last frames: the decoded length is the synthesized one within a frame or two.
        assertThat(decoded.durationSeconds()).isGreaterThan(1.0)
                .isCloseTo(complete.data().path("total_duration").asDouble(), Offset.offset(0.1));
    }

    @Test
    void getAndPostSendTheSameEvents() throws Exception {
        HttpResponse<byte[]> post = server.post("/v1/audio/stream/sse", JSON.writeValueAsString(Map.of(
                "request_id", "same", "text", TEXT, "voice_id", "bf_emma", "format", "pcm", "speed", 1.2)));
        HttpResponse<byte[]> get = server.http().getBytes("/v1/audio/stream/sse?request_id=same&voice_id=bf_emma"
                + "&format=pcm&speed=1.2&text=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(post.statusCode()).isEqualTo(200);

        List<Event> fromGet = events(get);
        List<Event> fromPost = events(post);
        assertThat(fromGet.stream().map(Event::name).toList()).isEqualTo(fromPost.stream().map(Event::name).toList());
        assertThat(fromGet.stream().map(StreamSseTest::withoutTimes).toList())
                .isEqualTo(fromPost.stream().map(StreamSseTest::withoutTimes).toList());
    }

    /** As on every other route, a request that cannot be served is a 400 before any event. */
    @Test
    void aBadRequestIsA400WithTheErrorEnvelope() throws Exception {
        HttpResponse<String> get = server.get("/v1/audio/stream/sse?text=Hi.&voice_id=xx_nobody");
        HttpResponse<byte[]> post = server.post("/v1/audio/stream/sse", "{\"text\": \"Hi.\", \"format\": \"ogg\"}");
        HttpResponse<String> speed = server.get("/v1/audio/stream/sse?text=Hi.&speed=fast");

        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get.body()).at("/error/param").asText()).isEqualTo("voice_id");
        assertThat(JSON.readTree(get.body()).at("/error/code").asText()).isEqualTo("voice_not_found");
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(post.body()).at("/error/param").asText()).isEqualTo("format");
        assertThat(speed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(speed.body()).at("/error/code").asText()).isEqualTo("invalid_speed");
    }

    /**
     * The data of an event without what depends on when it was sent, nor the samples themselves (ONNX Runtime's
     * threads do not add up in the same order every run): every size, index and duration is left to compare.
     */
    private static JsonNode withoutTimes(Event event) {
        ObjectNode data = event.data().deepCopy();
        data.remove(List.of("timestamp", "synthesis_time", "audio_data"));
        return data;
    }

    @Test
    void g711StreamsAt8KhzSaysSoAndCarriesEightThousandBytesASecond() throws Exception {
        HttpResponse<byte[]> response = server.http().getBytes("/v1/audio/stream/sse?request_id=phone&format=mulaw"
                + "&text=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<Event> events = events(response);

        assertThat(events.getFirst().data().path("sample_rate").asInt()).isEqualTo(8_000);
        assertThat(events.getFirst().data().path("format").asText()).isEqualTo("mulaw");
        int bytes = 0;
        for (Event chunk : events.subList(1, events.size() - 1)) {
            assertThat(chunk.data().at("/metadata/sample_rate").asInt()).isEqualTo(8_000);
            bytes += Base64.getDecoder().decode(chunk.data().path("audio_data").asText()).length;
        }
        double seconds = events.getLast().data().path("total_duration").asDouble();
        assertThat(seconds).isGreaterThan(1.0);
        assertThat((double) bytes).isCloseTo(8_000 * seconds, Offset.offset(1.0));
    }

    @Test
    void postTakesASampleRateAndRefusesOneTheFormatCannotCarry() throws Exception {
        HttpResponse<byte[]> pcm = server.post("/v1/audio/stream/sse", JSON.writeValueAsString(Map.of(
                "text", TEXT, "format", "pcm", "sample_rate", 16_000)));
        List<Event> events = events(pcm);
        assertThat(events.getFirst().data().path("sample_rate").asInt()).isEqualTo(16_000);
        int bytes = events.subList(1, events.size() - 1).stream()
                .mapToInt(e -> Base64.getDecoder().decode(e.data().path("audio_data").asText()).length).sum();
        assertThat(bytes / 2.0).isCloseTo(16_000 * events.getLast().data().path("total_duration").asDouble(),
                Offset.offset(1.0));

        HttpResponse<byte[]> opus = server.post("/v1/audio/stream/sse", JSON.writeValueAsString(Map.of(
                "text", TEXT, "format", "opus", "sample_rate", 44_100)));
        assertThat(opus.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(opus.body()).at("/error/param").asText()).isEqualTo("sample_rate");
        HttpResponse<byte[]> notANumber = server.http().getBytes("/v1/audio/stream/sse?format=pcm&sample_rate=fast"
                + "&text=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notANumber.body()).at("/error/code").asText()).isEqualTo("invalid_sample_rate");
    }

    private static List<Event> events(HttpResponse<byte[]> response) throws Exception {
        List<Event> events = new ArrayList<>();
        for (String block : new String(response.body(), StandardCharsets.UTF_8).split("\n\n")) {
            String name = null;
            String data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data = line.substring("data: ".length());
                }
            }
            assertThat(name).as(block).isNotNull();
            assertThat(data).as(block).isNotNull();
            events.add(new Event(name, JSON.readTree(data)));
        }
        return events;
    }
}
