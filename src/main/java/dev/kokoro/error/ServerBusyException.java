package dev.kokoro.error;

/** Every synthesis slot is taken; the client should retry after a pause (HTTP 503 + Retry-After). */
public class ServerBusyException extends KokoroException {
    private final int retryAfterSeconds;

    public ServerBusyException(String message, int retryAfterSeconds) {
        super(message, null, "server_busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
