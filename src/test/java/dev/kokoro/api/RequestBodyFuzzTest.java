package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.KokoroException;
import dev.kokoro.testing.Fuzzing;
import dev.kokoro.testing.NastyText;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.voice.VoiceLibrary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Request bodies from hostile clients, read the way the routes read them ({@link JsonBody} with the server's own
 * JSON settings, then each route's request reader): arbitrary bytes and JSON-ish text give a JSON value or a 400;
 * any JSON object gives a request or a typed client error (4xx), never another exception, which would be a 500; and
 * objects made of valid field values are always accepted. Run settings: {@link Fuzzing}.
 */
@NeedsAssets
class RequestBodyFuzzTest {
    private static final ObjectMapper JSON = ApiServer.jsonMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonBody BODIES = new JsonBody(JSON, 1 << 20);
    private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "\"input\":",
            "\"voice\":", "null", "true", "false", "1e999999", "-0", "0.0000001", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\uDFFF\"", "\\", "/*", "*/", "//", "'", "NaN", "Infinity", "0x10", "\uFEFF", "{\"a\":{\"b\":[",
            "99999999999999999999999999999999999999");
    /** Every field any of the routes reads, so that generated objects reach the readers' checks. */
    private static final List<String> FIELDS = List.of("model", "input", "voice", "response_format", "speed",
            "instructions", "stream_format", "stream", "lang_code", "volume_multiplier", "normalization_options",
            "return_download_link", "download_format", "voice_aliases", "sample_rate", "container", "text",
            "voice_id", "format", "priority", "callback_url", "metadata", "start", "request_id", "message_type",
            "language", "split_sentences", "return_timestamps", "caption_format", "id", "normalize",
            "unit_normalization");
    private static final List<String> WORDS = List.of("tts-1", "kokoro", "gpt-4o-mini-tts", "af_heart",
            "af_bella(2)+af_sky", "alloy", "mp3", "wav", "pcm", "opus", "flac", "aac", "mulaw", "alaw", "sse", "audio",
            "a", "b", "j", "z", "en-us", "srt", "vtt", "high", "urgent", "http://127.0.0.1:9/x", "file:///etc/passwd",
            "Hello there.", "[pause:1s]", "<speak>Hi</speak>", "");

    private static SpeechRequestReader speech;
    private static StreamRequestReader stream;
    private static TaskRequestReader tasks;

    @BeforeAll
    static void readers() {
        VoiceLibrary voices = VoiceLibrary.load(TestAssets.voices(), Path.of("config"));
        speech = new SpeechRequestReader(voices, 4096);
        stream = new StreamRequestReader(speech);
        tasks = new TaskRequestReader(voices, 100_000);
    }

    @Test
    void anyBytesAreAJsonValueOrA400() {
        Gen<byte[]> bytes = NastyText.text(60, JSON_TOKENS).zip(Generate.booleans(), (text, raw) -> raw
                ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8));
        Fuzzing.qt(3000).forAll(bytes).checkAssert(body -> {
            Throwable failure = catchThrowable(() -> assertThat(JsonBody.parse(JSON, body).isNull()).isFalse());
            if (failure != null) {
                assertThat(failure).isInstanceOf(InvalidInputException.class);
            }
        });
    }

    /** Jackson's nesting limit turns a deep document into a 400, where recursion would overflow the stack. */
    @Test
    void deepNestingIsA400() {
        Gen<String> nested = Generate.range(1, 50_000).zip(Generate.pick(List.of("[", "{\"a\":", "[{\"b\":")),
                (depth, open) -> open.repeat(depth));
        Fuzzing.qt(40).forAll(nested).checkAssert(text -> {
            Throwable failure = catchThrowable(() -> JsonBody.parse(JSON, text));
            assertThat(failure).isInstanceOf(InvalidInputException.class);
        });
    }

    @Test
    void anyObjectIsARequestOrAClientError() {
        Fuzzing.qt(800).forAll(objects(anyValue(3))).checkAssert(object -> readEveryWay(object, failure -> {
            assertThat(failure).as(object.toString()).isInstanceOf(KokoroException.class);
            int status = ErrorHandlers.statusOf((KokoroException) failure).getCode();
            assertThat(status).as(failure.toString()).isBetween(400, 499);
        }));
    }

    @Test
    void objectsOfValidFieldsAreAccepted() {
        Gen<ObjectNode> valid = Generate.pick(List.of("af_heart", "af_bella(2)+af_sky", "alloy", "am_adam-af_sky(0.3)"))
                .zip(Generate.pick(List.of("mp3", "wav", "pcm", "opus", "flac", "aac", "mulaw", "alaw")),
                        doubles().between(0.25, 4.0), NastyText.text(30).assuming(t -> !t.isBlank()),
                        (voice, format, speed, input) -> {
                            ObjectNode o = NODES.objectNode();
                            o.put("model", "tts-1").put("input", input).put("voice", voice)
                                    .put("response_format", format).put("speed", speed);
                            return o;
                        });
        Fuzzing.qt(500).forAll(valid).checkAssert(object -> {
            SpeechRequestReader.Parsed parsed = speech.read(BODIES.convert(object, SpeechRequest.class), "input");
            assertThat(parsed.spec().input()).isEqualTo(object.get("input").asText());
        });
    }

    /** Reads {@code object} as each route would; a refusal goes to {@code onFailure}. */
    private static void readEveryWay(ObjectNode object, Consumer<Throwable> onFailure) {
        List<Runnable> reads = List.of(
                () -> speech.read(BODIES.convert(object, SpeechRequest.class), "input"),
                () -> BODIES.convert(object, CaptionOptions.class).captioning(),
                () -> stream.read(BODIES.convert(object, StreamTextRequest.class)),
                () -> tasks.read(BODIES.convert(object, TaskRequest.class)),
                () -> BODIES.convert(object, RunpodInput.class).toSpec());
        for (Runnable read : reads) {
            Throwable failure = catchThrowable(read::run);
            if (failure != null) {
                onFailure.accept(failure);
            }
        }
    }

    /** Objects of up to 8 of the routes' fields (or the object's JSON round-tripped through text, as a body is). */
    private static Gen<ObjectNode> objects(Gen<JsonNode> values) {
        Gen<Pair<String, JsonNode>> field = Generate.pick(FIELDS).zip(values, Pair::of);
        return lists().of(field).ofSizeBetween(0, 8).map(fields -> {
            ObjectNode object = NODES.objectNode();
            fields.forEach(f -> object.set(f._1, f._2));
            return throughText(object);
        });
    }

    private static ObjectNode throughText(ObjectNode object) {
        try {
            return (ObjectNode) JsonBody.parse(JSON, JSON.writeValueAsBytes(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any JSON value: strings hostile or meaningful, numbers tiny to huge, and arrays and objects of them. */
    private static Gen<JsonNode> anyValue(int depth) {
        List<Pair<Integer, Gen<JsonNode>>> kinds = new java.util.ArrayList<>(List.of(
                Pair.of(4, Generate.pick(WORDS).map(NODES::textNode)),
                Pair.of(3, NastyText.text(20).map(NODES::textNode)),
                Pair.of(2, doubles().any().map(d -> Double.isFinite(d) ? NODES.numberNode(d)
                        : NODES.numberNode(0.0))),
                Pair.of(1, Generate.range(-10, 100_000).map(i -> NODES.numberNode(i))),
                Pair.of(1, Generate.pick(List.of(NODES.numberNode(new BigInteger("9".repeat(40))),
                        NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(Long.MIN_VALUE)))),
                Pair.of(1, Generate.booleans().map(NODES::booleanNode)),
                Pair.of(1, Generate.constant(NODES.nullNode()))));
        if (depth > 0) {
            Gen<JsonNode> inner = anyValue(depth - 1);
            kinds.add(Pair.of(1, lists().of(inner).ofSizeBetween(0, 4).map(items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(array::add);
                return array;
            })));
            kinds.add(Pair.of(1, lists().of(Generate.pick(FIELDS).zip(inner, Pair::of)).ofSizeBetween(0, 4)
                    .map(fields -> {
                        ObjectNode object = NODES.objectNode();
                        fields.forEach(f -> object.set(f._1, f._2));
                        return object;
                    })));
        }
        return Generate.frequency(kinds);
    }
}
