package dev.kokoro.error;

/**
 * Base of every failure the server reports to a client. Domain packages throw subclasses;
 * the {@code api} package maps each subclass once to an HTTP status and OpenAI's error envelope.
 */
public abstract class KokoroException extends RuntimeException {
    private final String param;
    private final String code;

    protected KokoroException(String message, String param, String code) {
        super(message);
        this.param = param;
        this.code = code;
    }

    protected KokoroException(String message, String param, String code, Throwable cause) {
        super(message, cause);
        this.param = param;
        this.code = code;
    }

    /** The request field at fault, or null. */
    public String param() {
        return param;
    }

    /** A stable machine-readable code, e.g. {@code voice_not_found}. */
    public String code() {
        return code;
    }
}
