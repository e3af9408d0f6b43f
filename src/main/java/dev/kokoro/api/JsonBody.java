package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.ContentTooLargeException;
import dev.kokoro.error.UnsupportedMediaTypeException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request's JSON body, the one way every route reads one: UTF-8 only; at most {@code maxBytes} whatever the
 * framing (a chunked body has no length to check up front, so reading stops at the limit and nothing past it is
 * kept); exactly one JSON value with nothing after it, and neither empty nor {@code null}.
 */
final class JsonBody {
    private final ObjectMapper json;
    private final long maxBytes;

    JsonBody(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The body, which must be a JSON object, as {@code type}; a field of the wrong type is a 400 naming it. */
    <T> T read(Context ctx, Class<T> type) {
        return convert(object(ctx), type);
    }

    /** The body, which must be a JSON object. */
    ObjectNode object(Context ctx) {
        if (!(value(ctx) instanceof ObjectNode object)) {
            throw new InvalidInputException("The request body must be a JSON object.", null, "invalid_body");
        }
        return object;
    }

    /** The body as any JSON value but null. */
    JsonNode value(Context ctx) {
        checkCharset(ctx.header("Content-Type"));
        return parse(json, bytes(ctx));
    }

    /** JSON already parsed, as {@code type}, with the same errors as a body. */
    <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ErrorHandlers.jsonError(e);
        }
    }

    /** One JSON value, neither empty nor null, with nothing but whitespace after it. */
    static JsonNode parse(ObjectMapper json, byte[] text) {
        return parse(json, () -> json.createParser(text));
    }

    /** {@link #parse(ObjectMapper, byte[])} for a text message (a WebSocket's). */
    static JsonNode parse(ObjectMapper json, String text) {
        return parse(json, () -> json.createParser(text));
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static JsonNode parse(ObjectMapper json, ParserSource source) {
        try (JsonParser parser = source.open()) {
            return only(json, parser);
        } catch (JsonProcessingException e) {
            throw ErrorHandlers.jsonError(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory", e);
        }
    }

    private static JsonNode only(ObjectMapper json, JsonParser parser) throws IOException {
        JsonNode value = json.readTree(parser);
        if (value == null || value.isNull()) {
            throw new InvalidInputException("The JSON " + (value == null ? "is empty" : "is null")
                    + ": send a JSON object.", null, "invalid_body");
        }
        if (parser.nextToken() != null) {
            throw new InvalidInputException("There is more after the JSON value: send exactly one JSON object.", null,
                    "invalid_json");
        }
        return value;
    }

    /** JSON is read as UTF-8 (RFC 8259); a body that says it is in another charset is refused rather than misread. */
    private static void checkCharset(String contentType) {
        if (contentType == null) {
            return;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals < 0 || !parts[i].substring(0, equals).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String charset = unquote(parts[i].substring(equals + 1).strip()).toLowerCase(Locale.ROOT);
            if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                throw new UnsupportedMediaTypeException("JSON is read in UTF-8 only; the body's charset is "
                        + ClientText.quote(charset) + ".", "unsupported_charset");
            }
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private byte[] bytes(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try {
            // One byte past the limit tells a body that is too large from one that fits exactly.
            byte[] body = ctx.req().getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException | BadMessageException e) {
            // A broken chunked framing, a body shorter than its Content-Length, or a client gone mid-body.
            throw new InvalidInputException("The request body cannot be read: its framing is broken or it ended "
                    + "early.", null, "malformed_body", e);
        }
    }

    private ContentTooLargeException tooLarge() {
        return new ContentTooLargeException("The request body may be at most " + maxBytes + " bytes.");
    }
}
