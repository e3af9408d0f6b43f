package dev.kokoro.api;

import dev.kokoro.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A URL the server will POST a finished job to: absolute http or https, nothing else. */
final class CallbackUrl {
    private static final int MAX_CHARS = 2048;

    private CallbackUrl() {
    }

    /** The URL as given, once checked; {@code param} names the field for the error. */
    static String check(String url, String param) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() <= MAX_CHARS && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidInputException("'" + param + "' must be an absolute http or https URL of at most " + MAX_CHARS
                + " characters.", param, "invalid_" + param);
    }
}
