package dev.kokoro.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * OpenAI's voice names ({@code alloy}, {@code nova}, …) and the Kokoro voice each stands for, from
 * {@code config/openai-voices.json}: {@code {"voices": {"alloy": {"voice": "af_alloy", "why": "…"}, …}}}.
 * Names match case-insensitively. Immutable and thread-safe.
 */
public final class OpenAiVoiceNames {
    private final SortedMap<String, String> targets;

    private OpenAiVoiceNames(Map<String, String> targets) {
        this.targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }

    /**
     * Reads the mapping file.
     *
     * @throws VoiceLoadException if it is missing or malformed, naming the file
     */
    public static OpenAiVoiceNames load(Path file) {
        JsonNode voices;
        try {
            voices = new ObjectMapper().readTree(file.toFile()).path("voices");
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot read the OpenAI voice names " + file + ": " + e.getMessage(), e);
        }
        if (!voices.isObject()) {
            throw new VoiceLoadException("OpenAI voice names " + file + ": expected an object \"voices\"");
        }
        Map<String, String> targets = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : voices.properties()) {
            String name = entry.getKey().strip().toLowerCase(Locale.ROOT);
            String target = entry.getValue().path("voice").asText("").strip().toLowerCase(Locale.ROOT);
            if (!target.matches("[a-z0-9_]+")) {
                throw new VoiceLoadException("OpenAI voice names " + file + ": \"" + entry.getKey()
                        + "\" needs a \"voice\" naming one Kokoro voice id");
            }
            if (targets.put(name, target) != null) {
                throw new VoiceLoadException("OpenAI voice names " + file + ": \"" + name + "\" is listed twice");
            }
        }
        return new OpenAiVoiceNames(targets);
    }

    /** The Kokoro voice id {@code name} stands for, if it is an OpenAI name. */
    public Optional<String> target(String name) {
        return Optional.ofNullable(targets.get(name.toLowerCase(Locale.ROOT)));
    }

    /** OpenAI name → Kokoro voice id, sorted by name. */
    public SortedMap<String, String> asMap() {
        return targets;
    }
}
