package dev.kokoro.api;

import dev.kokoro.config.ConfigException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origins a browser page may call the API from ({@code cors-origins}): {@code *} for any, or origins such as
 * {@code https://app.example.com} and {@code http://localhost:*} (any port). The server's own origin is always
 * allowed. With none configured: the server's own, and any port of http://localhost, http://127.0.0.1 and
 * http://[::1], where a developer's page runs. Immutable.
 */
final class CorsOrigins {
    private static final List<String> LOCAL = List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*");
    /** scheme://host with an optional :port or :*, as an Origin header names a page (no path, no trailing slash). */
    private static final Pattern ORIGIN = Pattern.compile("(https?)://(\\[[0-9a-f:.]+]|[a-z0-9.-]+)(?::(\\d{1,5}|\\*))?");

    /** An origin as written in the setting (its port may be {@code *}) or sent in an Origin header. */
    private record Origin(String scheme, String host, String port) {
        static Optional<Origin> parse(String text) {
            Matcher m = ORIGIN.matcher(text.toLowerCase(Locale.ROOT));
            return m.matches() ? Optional.of(new Origin(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)))
                    : Optional.empty();
        }

        /** Whether a page from {@code page} is one this allowed origin names. */
        boolean allows(Origin page) {
            return scheme.equals(page.scheme) && host.equals(page.host) && (port.equals("*") || port.equals(page.port));
        }

        /** The origin as a Host header names it: host, and port unless it is the scheme's own. */
        String authority() {
            return port.isEmpty() ? host : host + ":" + port;
        }
    }

    private final boolean any;
    private final List<Origin> allowed;

    private CorsOrigins(boolean any, List<Origin> allowed) {
        this.any = any;
        this.allowed = allowed;
    }

    static CorsOrigins of(List<String> configured) {
        if (configured.contains("*")) {
            return new CorsOrigins(true, List.of());
        }
        List<Origin> allowed = (configured.isEmpty() ? LOCAL : configured).stream()
                .map(entry -> Origin.parse(entry).orElseThrow(() -> new ConfigException("Setting 'cors-origins': '"
                        + entry + "' is not an origin such as https://app.example.com or http://localhost:*")))
                .toList();
        return new CorsOrigins(false, allowed);
    }

    /** Every origin is allowed: answers say {@code *} rather than naming one. */
    boolean any() {
        return any;
    }

    /**
     * Whether a page from {@code origin} (the Origin header) may call this server, which the request reached as
     * {@code host} (its Host header). An origin that is not a plain http(s) one ({@code null}, a file page) is not.
     */
    boolean allows(String origin, String host) {
        if (any) {
            return true;
        }
        Optional<Origin> page = Origin.parse(origin).filter(o -> !o.port().equals("*"));
        return page.isPresent() && (page.get().authority().equalsIgnoreCase(host == null ? "" : host)
                || allowed.stream().anyMatch(a -> a.allows(page.get())));
    }
}
