package dev.kokoro.engine;

import java.time.Duration;

/** What was loaded, and how: for the startup log and for a server info endpoint. */
public record ModelInfo(ModelFile file, ModelSignature signature, ExecutionDevice device, int intraOpThreads,
                        Duration loadTime) {

    /** One line: file, size, short sha256, known or not, signature, durations, device, load time. */
    public String describe() {
        return String.format("%s (%s), signature %s, durations %s, on %s, intra-op threads %d, loaded in %d ms",
                file.path(), file.describe(), signature.describe(), durationSource().label(), device, intraOpThreads,
                loadTime.toMillis());
    }

    public DurationSource durationSource() {
        return signature.durationSource();
    }
}
