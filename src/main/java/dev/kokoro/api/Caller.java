package dev.kokoro.api;

import dev.kokoro.auth.ApiKey;
import dev.kokoro.auth.Quotas;
import dev.kokoro.auth.StreamPermit;
import java.util.Optional;

/**
 * Whoever made a request, as far as limits go: the API key it was admitted with, or none when the server has no
 * keys, in which case nothing is counted.
 */
final class Caller {
    private final Optional<ApiKey> key;
    private final Quotas quotas;

    Caller(Optional<ApiKey> key, Quotas quotas) {
        this.key = key;
        this.quotas = quotas;
    }

    /** Counts a synthesis of {@code chars} accepted characters until the permit closes; 429 past a limit. */
    StreamPermit startStream(int chars) {
        return key.map(k -> quotas.startStream(k, chars)).orElse(StreamPermit.NONE);
    }

    /**
     * Counts {@code chars} accepted characters that hold no stream of their own: a queued job's text, the text a
     * realtime session is sent (the session holds its stream).
     */
    void chargeText(int chars) {
        key.ifPresent(k -> quotas.chargeText(k, chars));
    }
}
