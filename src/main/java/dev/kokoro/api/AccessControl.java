package dev.kokoro.api;

import dev.kokoro.auth.ApiKey;
import dev.kokoro.auth.ApiKeys;
import dev.kokoro.auth.KeyHash;
import dev.kokoro.auth.KeyLimits;
import dev.kokoro.auth.Quotas;
import dev.kokoro.config.AccessConfig;
import dev.kokoro.error.ForbiddenException;
import dev.kokoro.error.UnauthorizedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.websocket.WsContext;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before any route runs, whether a request may go on: the browser origin it comes from (CORS, answered
 * here for preflights), the API key it carries, and the key's requests per minute. The key it was admitted with
 * stays on the request as its {@link Caller}, for the routes that count characters and streams.
 *
 * <p>The studio's files, the API documents, {@code /health} and (unless {@code metrics-token} is set)
 * {@code /metrics} stay open; every other route needs {@code Authorization: Bearer <key>} once keys are
 * configured. A WebSocket upgrade may carry the key as {@code ?api_key=} instead, as browsers cannot set headers on
 * one, and is refused from an origin not allowed: CORS does not cover WebSockets, so this check is what keeps
 * another site's page from opening one with the user's browser.
 */
final class AccessControl {
    private static final Logger log = LoggerFactory.getLogger(AccessControl.class);
    private static final String CALLER_ATTRIBUTE = "kokoro.caller";
    private static final String KEY_QUERY_PARAM = "api_key";
    private static final Pattern BEARER = Pattern.compile("Bearer\\s+(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    /** The header names a preflight may ask for: tokens, comma-separated. */
    private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+(\\s*,\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*");
    private static final String METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    /** The answer headers a page's script may read, besides the ones every browser shows. */
    private static final String EXPOSED = "Retry-After, WWW-Authenticate, Content-Disposition, X-Request-Id, "
            + SpeechResponder.DOWNLOAD_HEADER;
    private static final String PREFLIGHT_MAX_AGE = "600";

    private enum Guard { OPEN, METRICS, KEY }

    private final ApiKeys keys;
    private final Quotas quotas;
    private final CorsOrigins origins;
    private final Optional<byte[]> metricsToken;

    AccessControl(ApiKeys keys, Quotas quotas, CorsOrigins origins, String metricsToken) {
        this.keys = keys;
        this.quotas = quotas;
        this.origins = origins;
        this.metricsToken = metricsToken.isEmpty() ? Optional.empty() : Optional.of(KeyHash.digest(metricsToken));
    }

    /**
     * @param streamRetrySeconds the {@code Retry-After} of a key refused for having its concurrent streams
     */
    static AccessControl from(AccessConfig config, int streamRetrySeconds) {
        KeyLimits defaults = new KeyLimits(config.keyRequestsPerMinute(), config.keyCharsPerDay(),
                config.keyConcurrentStreams());
        ApiKeys keys = ApiKeys.load(config.apiKeys(), config.apiKeysFile(), defaults);
        if (keys.required()) {
            log.info("API keys required: {} keys; default limits per key {} (0: none), counted by this server alone",
                    keys.size(), defaults);
        } else {
            log.info("API keys off: no api-keys or api-keys-file set, every request is served");
        }
        return new AccessControl(keys, new Quotas(Clock.systemUTC(), streamRetrySeconds),
                CorsOrigins.of(config.corsOrigins()), config.metricsToken());
    }

    void register(Javalin app) {
        app.before(this::checkRequest);
        app.wsBeforeUpgrade(this::checkUpgrade);
    }

    /** The caller of a request that went through {@link #checkRequest}. */
    Caller caller(Context ctx) {
        return orKeyless(ctx.attribute(CALLER_ATTRIBUTE));
    }

    /** The caller of a WebSocket, from its upgrade request. */
    Caller caller(WsContext ctx) {
        return orKeyless(ctx.attribute(CALLER_ATTRIBUTE));
    }

    /** A request admitted without a key (the server has none) counts against nothing. */
    private Caller orKeyless(Caller admitted) {
        return admitted == null ? new Caller(Optional.empty(), quotas) : admitted;
    }

    private void checkRequest(Context ctx) {
        String origin = ctx.header("Origin");
        boolean allowedOrigin = origin != null && origins.allows(origin, ctx.host());
        if (allowedOrigin) {
            allowOrigin(ctx, origin);
        }
        if (ctx.method() == HandlerType.OPTIONS && origin != null
                && ctx.header("Access-Control-Request-Method") != null) {
            preflight(ctx, allowedOrigin);
            return;
        }
        switch (guardOf(ctx.path())) {
            case OPEN -> {
            }
            case METRICS -> metricsToken.ifPresent(token -> requireMetricsToken(ctx, token));
            case KEY -> admit(ctx, bearer(ctx.header("Authorization")), "");
        }
    }

    private void checkUpgrade(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origins.allows(origin, ctx.host())) {
            throw originRefused(origin);
        }
        Optional<String> key = bearer(ctx.header("Authorization"));
        admit(ctx, key.isPresent() ? key : Optional.ofNullable(ctx.queryParam(KEY_QUERY_PARAM)),
                " A WebSocket may pass it as ?" + KEY_QUERY_PARAM + "=YOUR_KEY instead.");
    }

    /** @param hint how else the key may be sent, for the message of a request without one */
    private void admit(Context ctx, Optional<String> presented, String hint) {
        if (!keys.required()) {
            return;
        }
        if (presented.isEmpty()) {
            throw new UnauthorizedException("You didn't provide an API key. Send it in an Authorization header: "
                    + "Authorization: Bearer YOUR_KEY." + hint);
        }
        ApiKey key = keys.match(presented.get()).orElseThrow(() -> new UnauthorizedException(
                "Incorrect API key provided."));
        quotas.admitRequest(key);
        ctx.attribute(CALLER_ATTRIBUTE, new Caller(Optional.of(key), quotas));
    }

    private static void requireMetricsToken(Context ctx, byte[] token) {
        Optional<String> presented = bearer(ctx.header("Authorization"));
        if (presented.isEmpty() || !MessageDigest.isEqual(KeyHash.digest(presented.get()), token)) {
            throw new UnauthorizedException("/metrics needs the metrics token: Authorization: Bearer <metrics-token>.");
        }
    }

    private void allowOrigin(Context ctx, String origin) {
        ctx.header("Access-Control-Allow-Origin", origins.any() ? "*" : origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSED);
        if (!origins.any()) {
            ctx.header("Vary", "Origin");
        }
    }

    /** Answers a CORS preflight itself: no route has to know about OPTIONS. */
    private void preflight(Context ctx, boolean allowedOrigin) {
        if (!allowedOrigin) {
            throw originRefused(ctx.header("Origin"));
        }
        String asked = ctx.header("Access-Control-Request-Headers");
        if (asked != null && HEADER_LIST.matcher(asked.strip()).matches()) {
            // Any header the page asks for: OpenAI's browser SDK sends headers of its own (x-stainless-*).
            ctx.header("Access-Control-Allow-Headers", asked.strip());
        }
        ctx.header("Access-Control-Allow-Methods", METHODS);
        ctx.header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
        ctx.status(HttpStatus.NO_CONTENT);
        ctx.skipRemainingHandlers();
    }

    private static ForbiddenException originRefused(String origin) {
        String shown = origin.length() > 100 ? origin.substring(0, 100) + "…" : origin;
        return new ForbiddenException("Pages from '" + shown + "' may not call this server (setting cors-origins).",
                null, "origin_not_allowed");
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = BEARER.matcher(authorization.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Which check a path needs. Javalin serves a path with a trailing slash as the one without. */
    private static Guard guardOf(String rawPath) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1)
                : rawPath;
        if (path.equals("/metrics")) {
            return Guard.METRICS;
        }
        boolean open = path.equals("/") || path.equals(WebRoutes.PAGE) || path.startsWith(WebRoutes.PAGE + "/")
                || path.equals("/openapi.json") || path.equals("/docs") || path.startsWith("/webjars/")
                || path.equals("/health") || path.startsWith("/health/");
        return open ? Guard.OPEN : Guard.KEY;
    }
}
