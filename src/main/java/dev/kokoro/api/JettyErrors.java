package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives by itself, before any route runs (a request line or header it cannot parse, a URI or
 * headers too long, a NUL in the URL...): in OpenAI's error envelope, as every other error, rather than Jetty's HTML.
 */
final class JettyErrors extends ErrorHandler {
    private final ObjectMapper json;

    JettyErrors(ObjectMapper json) {
        this.json = json;
    }

    /** Requests Jetty's parser refused: answered on the connection, which Jetty then closes. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Errors Jetty's servlet layer sends (e.g. an ambiguous URI path). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, message));
    }

    /** Every method gets a body: the envelope says what went wrong, whatever the request was. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    private byte[] body(int status, String reason) {
        String message = reason == null || reason.isBlank() ? HttpStatus.forStatus(status).getMessage() : reason;
        try {
            return json.writeValueAsBytes(ErrorHandlers.forStatus(status, message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing an error envelope", e);
        }
    }
}
