package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** OpenAI's error envelope: {@code {"error": {"message", "type", "param", "code"}}}. */
public record ErrorBody(Detail error) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Detail(String message, String type, String param, String code) {
    }

    public static ErrorBody of(String message, String type, String param, String code) {
        return new ErrorBody(new Detail(message, type, param, code));
    }
}
