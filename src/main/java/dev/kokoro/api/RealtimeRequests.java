package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.config.RealtimeConfig;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.RateLimitedException;
import dev.kokoro.realtime.RealtimeSession;
import dev.kokoro.realtime.SessionSetup;
import dev.kokoro.text.Language;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceLibrary;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a realtime client's JSON messages ({@code setup}, {@code clientContent}, {@code interrupt}, {@code ping})
 * and hands each to its session; one that cannot be read is refused through the session, which decides whether
 * the connection survives it.
 */
final class RealtimeRequests {
    private static final String KNOWN = "setup, clientContent, interrupt or ping";

    private final ObjectMapper json;
    private final VoiceLibrary voices;
    private final RealtimeConfig limits;
    private final Map<String, String> aliases = new HashMap<>();

    RealtimeRequests(ObjectMapper json, VoiceLibrary voices, RealtimeConfig limits) {
        this.json = json;
        this.voices = voices;
        this.limits = limits;
        limits.voiceAliases().forEach((alias, spec) -> aliases.put(alias.toLowerCase(Locale.ROOT), spec));
    }

    /** Reads one text message and acts on it; {@code caller}'s key counts the text the client sends. */
    void handle(String message, RealtimeSession session, Caller caller) {
        if (message.length() > limits.maxMessageBytes()
                && message.getBytes(StandardCharsets.UTF_8).length > limits.maxMessageBytes()) {
            session.refuse("A message may have at most " + limits.maxMessageBytes() + " bytes.", "message_too_large");
            return;
        }
        JsonNode root;
        try {
            root = JsonBody.parse(json, message);
        } catch (InvalidInputException e) {
            session.refuse(e.getMessage(), e.code());
            return;
        }
        if (!root.isObject() || root.size() != 1) {
            session.refuse("A message is a JSON object with one key: " + KNOWN + ".", "unknown_message");
            return;
        }
        Map.Entry<String, JsonNode> only = root.fields().next();
        JsonNode body = only.getValue();
        try {
            switch (only.getKey()) {
                case "setup" -> session.setup(() -> setup(object(body, "setup")));
                case "clientContent" -> content(object(body, "clientContent"), session, caller);
                case "interrupt" -> session.interrupt();
                case "ping" -> session.ping();
                default -> session.refuse("Unknown message " + ClientText.quote(only.getKey()) + "; expected "
                        + KNOWN + ".", "unknown_message");
            }
        } catch (InvalidInputException | RateLimitedException e) {
            session.refuse(e.getMessage(), e.code());
        }
    }

    private static void content(JsonNode content, RealtimeSession session, Caller caller) {
        JsonNode text = content.path("text");
        if (!text.isMissingNode() && !text.isTextual()) {
            throw new InvalidInputException("'clientContent.text' must be a string.", "text", "invalid_text");
        }
        caller.chargeText(text.asText("").length());
        session.text(text.asText(""), flag(content, "turnComplete"), flag(content, "interrupt"));
    }

    private SessionSetup setup(JsonNode setup) {
        Voice voice = voices.resolve(voiceSpec(setup.path("voice")));
        JsonNode speed = setup.path("speed");
        if (!speed.isMissingNode() && !speed.isNull() && !speed.isNumber()) {
            throw new InvalidInputException("'speed' must be a number.", "speed", "invalid_speed");
        }
        JsonNode lang = setup.path("lang_code");
        Language language = lang.isTextual() && !lang.asText().isBlank()
                ? Language.ofCode(lang.asText(), "lang_code") : voice.language();
        JsonNode format = setup.path("response_format");
        return new SessionSetup(voice, language,
                SpeechRequestReader.speed(speed.isNumber() ? speed.asDouble() : null),
                format.isTextual() ? AudioFormat.parse(format.asText(), "response_format") : AudioFormat.PCM,
                flag(setup, "binary_audio"), limits.voiceAliases());
    }

    /** The setup's voice: an alias from the settings, or a voice name or blend. */
    private String voiceSpec(JsonNode voice) {
        if (!voice.isTextual() || voice.asText().isBlank()) {
            throw new InvalidInputException("'setup.voice' is required: a voice name such as 'af_heart', a blend "
                    + "such as 'af_bella(2)+af_sky', or a configured alias.", "voice", "missing_voice");
        }
        return aliases.getOrDefault(voice.asText().strip().toLowerCase(Locale.ROOT), voice.asText());
    }

    private static JsonNode object(JsonNode node, String name) {
        if (!node.isObject()) {
            throw new InvalidInputException("'" + name + "' must be an object.", name, "invalid_message");
        }
        return node;
    }

    private static boolean flag(JsonNode parent, String name) {
        JsonNode flag = parent.path(name);
        if (!flag.isMissingNode() && !flag.isNull() && !flag.isBoolean()) {
            throw new InvalidInputException("'" + name + "' must be true or false.", name, "invalid_" + name);
        }
        return flag.asBoolean(false);
    }
}
