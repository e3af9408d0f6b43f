package dev.kokoro.api;

/** One route the server answers: an HTTP method ({@code GET}) and a path template ({@code /v1/models/{id}}). */
public record Endpoint(String method, String path) {
}
