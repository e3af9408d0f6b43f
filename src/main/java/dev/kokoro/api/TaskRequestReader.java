package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.jobs.JobKind;
import dev.kokoro.jobs.JobPriority;
import dev.kokoro.jobs.JobSpec;
import dev.kokoro.jobs.NewJob;
import dev.kokoro.text.Language;
import dev.kokoro.voice.VoiceLibrary;

/**
 * Checks a {@link TaskRequest} field by field, so that a task that is accepted can be rendered: unlike a RunPod
 * job, a task with a bad field is refused at once with a 400 naming it.
 */
final class TaskRequestReader {
    /** Metadata is the client's bookkeeping, returned with every answer: a few KB, not a payload. */
    static final int MAX_METADATA_CHARS = 16_384;

    private final VoiceLibrary voices;
    private final int maxTaskChars;

    TaskRequestReader(VoiceLibrary voices, int maxTaskChars) {
        this.voices = voices;
        this.maxTaskChars = maxTaskChars;
    }

    NewJob read(TaskRequest r) {
        if (r == null || r.text() == null || r.text().isBlank()) {
            throw new InvalidInputException("'text' must be a non-empty string.", "text", "empty_input");
        }
        if (r.text().length() > maxTaskChars) {
            throw new InvalidInputException("'text' is " + r.text().length() + " characters long; a task takes at most "
                    + maxTaskChars + ".", "text", "input_too_long");
        }
        String voice = r.voiceId() != null ? r.voiceId() : r.voice() != null ? r.voice() : "af_heart";
        voices.resolve(voice);
        String format = AudioFormat.parse(r.format() == null ? "wav" : r.format(), "format").id();
        double speed = SpeechRequestReader.speed(r.speed());
        double volume = SpeechRequestReader.volume(r.volumeMultiplier());
        if (r.langCode() != null && !r.langCode().isBlank()) {
            Language.ofCode(r.langCode(), "lang_code");
        }
        JobPriority priority = r.priority() == null ? JobPriority.NORMAL : JobPriority.parse(r.priority())
                .orElseThrow(() -> new InvalidInputException("'priority' must be low, normal, high or urgent, was "
                        + ClientText.quote(r.priority()) + ".", "priority", "invalid_priority"));
        String callback = r.callbackUrl() == null ? null : CallbackUrl.check(r.callbackUrl(), "callback_url");
        JobSpec spec = new JobSpec(r.text(), voice, blankToNull(r.langCode()), speed, volume, format, true,
                NormalizationOptionsRequest.toOptions(r.normalizationOptions()), r.sampleRate(), r.container());
        // A rate or container the format cannot carry is refused now, naming the field, not when the task runs.
        spec.output("format");
        return new NewJob(JobKind.TASK, spec, priority, metadata(r.metadata()), callback, r.start() == null || r.start());
    }

    private static String metadata(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return null;
        }
        String text = metadata.toString();
        if (text.length() > MAX_METADATA_CHARS) {
            throw new InvalidInputException("'metadata' may be at most " + MAX_METADATA_CHARS + " characters of JSON.",
                    "metadata", "metadata_too_large");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
