package dev.kokoro.voice;

import dev.kokoro.error.InvalidInputException;
import java.util.List;

/** The {@code voice} field names a voice that is not installed and is no OpenAI voice name. */
public class UnknownVoiceException extends InvalidInputException {
    private final String voice;
    private final List<String> suggestions;

    UnknownVoiceException(String message, String voice, List<String> suggestions) {
        super(message, "voice", "voice_not_found");
        this.voice = voice;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The name that was not found, as the client wrote it. */
    public String voice() {
        return voice;
    }

    /** Addressable names close to it, closest first; may be empty. */
    public List<String> suggestions() {
        return suggestions;
    }
}
