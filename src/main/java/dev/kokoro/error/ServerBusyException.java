package dev.kokoro.error;

import java.util.OptionalLong;

/** Every synthesis slot is taken; the client should retry after a pause (HTTP 503 + Retry-After). */
public class ServerBusyException extends RetryLaterException {
    public ServerBusyException(String message, int retryAfterSeconds) {
        super(message, "server_busy", OptionalLong.of(retryAfterSeconds));
    }
}
