package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.ConflictException;
import dev.kokoro.error.ForbiddenException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.KokoroException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.error.ContentTooLargeException;
import dev.kokoro.error.RateLimitedException;
import dev.kokoro.error.RetryLaterException;
import dev.kokoro.error.ServerBusyException;
import dev.kokoro.error.UnauthorizedException;
import dev.kokoro.error.UnprocessableException;
import dev.kokoro.error.UnsupportedMediaTypeException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: each exception type maps to a status and to
 * OpenAI's error envelope. Internal details are logged, never sent.
 */
final class ErrorHandlers {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    /**
     * The status of each kind of failure, each type registered as its own exception handler; any other (a
     * {@code SynthesisFailedException}, for one) is a 500. A subclass answers as its nearest listed ancestor.
     */
    private static final Map<Class<? extends KokoroException>, HttpStatus> STATUSES = Map.of(
            InvalidInputException.class, HttpStatus.BAD_REQUEST,
            NotFoundException.class, HttpStatus.NOT_FOUND,
            ConflictException.class, HttpStatus.CONFLICT,
            ForbiddenException.class, HttpStatus.FORBIDDEN,
            UnprocessableException.class, HttpStatus.UNPROCESSABLE_CONTENT,
            ContentTooLargeException.class, HttpStatus.CONTENT_TOO_LARGE,
            UnsupportedMediaTypeException.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            ServerBusyException.class, HttpStatus.SERVICE_UNAVAILABLE,
            UnauthorizedException.class, HttpStatus.UNAUTHORIZED,
            RateLimitedException.class, HttpStatus.TOO_MANY_REQUESTS);

    /** Where Jackson says one of its limits is set, e.g. {@code , from `StreamReadConstraints.getMaxNameLength()`)}. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile(", from `[^`]*`\\)");

    /** The error code of a failed request, for its log line. */
    static final String ERROR_CODE_ATTRIBUTE = "kokoro.error";

    private ErrorHandlers() {
    }

    static void register(Javalin app) {
        STATUSES.forEach((type, status) -> answer(app, type, status));
        answer(app, KokoroException.class, HttpStatus.INTERNAL_SERVER_ERROR);
        app.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, jsonError(e)));
        app.exception(MethodNotAllowedResponse.class, ErrorHandlers::methodNotAllowed);
        // Javalin's own, e.g. the 404 of an unknown path: its message quotes the path.
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, HttpStatus.forStatus(e.getStatus()),
                forStatus(e.getStatus(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    ErrorBody.of("Internal server error.", "server_error", null, "internal_error"));
        });
    }

    private static <T extends KokoroException> void answer(Javalin app, Class<T> type, HttpStatus status) {
        app.exception(type, (e, ctx) -> respond(ctx, e, status));
    }

    private static void respond(Context ctx, KokoroException e) {
        respond(ctx, e, statusOf(e));
    }

    private static void respond(Context ctx, KokoroException e, HttpStatus status) {
        switch (status) {
            case TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE -> {
                if (e instanceof RetryLaterException later) {
                    later.retryAfterSeconds().ifPresent(seconds -> ctx.header("Retry-After", Long.toString(seconds)));
                }
            }
            case UNAUTHORIZED -> ctx.header("WWW-Authenticate", "Bearer");
            // The rest of the body is still coming: closing is cheaper than reading it to keep the connection.
            case CONTENT_TOO_LARGE -> ctx.header("Connection", "close");
            case INTERNAL_SERVER_ERROR -> log.error("Synthesis failed on {} {}", ctx.method(), ctx.path(), e);
            default -> {
            }
        }
        send(ctx, status, ErrorBody.of(e, typeFor(status.getCode())));
    }

    /** The HTTP status a failure is answered with: its nearest listed class's, as Javalin picks its handler. */
    static HttpStatus statusOf(KokoroException e) {
        for (Class<?> type = e.getClass(); type != KokoroException.class; type = type.getSuperclass()) {
            HttpStatus status = STATUSES.get(type);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The failure as OpenAI's error envelope, for answers that are not HTTP responses (WebSocket messages). */
    static ErrorBody bodyOf(KokoroException e) {
        return ErrorBody.of(e, typeFor(statusOf(e).getCode()));
    }

    /**
     * A body or message Jackson could not read, in the client's terms: which field has the wrong type, or what is
     * wrong with the JSON. Jackson's own message is used only for syntax errors: the others name Java classes.
     */
    static InvalidInputException jsonError(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = ClientText.shorten(m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")));
            return new InvalidInputException("'" + field + "' must be " + describe(m.getTargetType()) + ".", field,
                    "invalid_type", e);
        }
        if (e instanceof DatabindException) {
            return new InvalidInputException("The JSON must be an object with the fields of this request.", null,
                    "invalid_body", e);
        }
        if (e instanceof StreamConstraintsException) {
            // Nesting depth, a number's or a name's length: Jackson's message says which, and where it set the limit.
            return new InvalidInputException("The JSON is past a limit of this server: "
                    + JACKSON_SOURCE.matcher(e.getOriginalMessage()).replaceAll(")"), null, "invalid_json", e);
        }
        return new InvalidInputException("Not valid JSON: " + e.getOriginalMessage(), null, "invalid_json", e);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** Javalin's 405 for a path served under other methods: the envelope, and those methods in {@code Allow}. */
    private static void methodNotAllowed(MethodNotAllowedResponse e, Context ctx) {
        // Javalin's one detail is the list of the path's methods, under a key that depends on the Accept header.
        String allowed = String.join(", ", List.copyOf(e.getDetails().values()));
        ctx.header("Allow", allowed);
        send(ctx, HttpStatus.METHOD_NOT_ALLOWED, ErrorBody.of("Method " + ctx.method() + " is not allowed on "
                + ClientText.shorten(ctx.path()) + "; it takes " + allowed + ".", typeFor(405), null,
                "method_not_allowed"));
    }

    /** OpenAI's error types: {@code requests} for a rate limit. */
    /** The envelope of an error that is only a status and a message (Javalin's and Jetty's own). */
    static ErrorBody forStatus(int status, String message) {
        return ErrorBody.of(ClientText.shorten(message), typeFor(status), null, codeFor(status));
    }

    static String typeFor(int status) {
        if (status == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            return "requests";
        }
        return status >= 500 ? "server_error" : "invalid_request_error";
    }

    static String codeFor(int status) {
        return HttpStatus.forStatus(status).name().toLowerCase(Locale.ROOT);
    }

    private static void send(Context ctx, HttpStatus status, ErrorBody body) {
        ctx.attribute(ERROR_CODE_ATTRIBUTE, body.error().code());
        ctx.status(status).json(body);
    }
}
