package dev.kokoro.error;

/** The request carries no API key, or one the server does not know (HTTP 401 + {@code WWW-Authenticate: Bearer}). */
public class UnauthorizedException extends KokoroException {
    public UnauthorizedException(String message) {
        super(message, null, "invalid_api_key");
    }
}
