package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kokoro.error.KokoroException;

/** OpenAI's error envelope: {@code {"error": {"message", "type", "param", "code"}}}. */
public record ErrorBody(Detail error) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Detail(String message, String type, String param, String code) {
    }

    /** The envelope of a domain failure: its message, field and code. */
    static ErrorBody of(KokoroException e, String type) {
        return of(e.getMessage(), type, e.param(), e.code());
    }

    public static ErrorBody of(String message, String type, String param, String code) {
        return new ErrorBody(new Detail(message, type, param, code));
    }
}
