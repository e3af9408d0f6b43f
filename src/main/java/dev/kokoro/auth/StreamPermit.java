package dev.kokoro.auth;

/** A synthesis counted against a key's concurrent streams until it is closed; closing twice frees it once. */
@FunctionalInterface
public interface StreamPermit extends AutoCloseable {
    /** What a request without a key holds: nothing to count. */
    StreamPermit NONE = () -> {
    };

    @Override
    void close();
}
