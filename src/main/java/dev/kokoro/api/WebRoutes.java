package dev.kokoro.api;

import dev.kokoro.error.NotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio page, {@code /web}: its files are read from the classpath ({@code /web/}) once, when the server
 * starts, and served from memory by name. Only the names listed here exist, so no request path, however it is
 * encoded, can reach another resource or file. {@code GET /} sends a browser to the page.
 */
final class WebRoutes {
    static final String PAGE = "/web";
    private static final String INDEX = "index.html";
    /** Every file of the page. A file added to {@code src/main/resources/web/} is served once it is named here. */
    static final List<String> FILES = List.of(INDEX, "studio.css", "icon.svg", "main.js", "dom.js", "api.js",
            "text-import.js", "voice-panel.js", "voice-mix.js", "voice-finder.js", "player.js", "waveform.js",
            "read-along.js", "history.js", "field-errors.js", "pcm.js", "read-aloud.js", "read-as-typed.js",
            "realtime-session.js", "api-key.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8");
    /** The page talks to this server only and loads nothing from elsewhere: it works offline. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private record WebFile(byte[] content, String type, String etag) {
    }

    private final Map<String, WebFile> files;

    private WebRoutes(Map<String, WebFile> files) {
        this.files = files;
    }

    /** Reads every file of the page; a missing one fails the start, as an incomplete build should. */
    static WebRoutes load() {
        Map<String, WebFile> files = new LinkedHashMap<>();
        for (String name : FILES) {
            byte[] content = resource(name);
            files.put(name, new WebFile(content, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), etag(content)));
        }
        return new WebRoutes(Map.copyOf(files));
    }

    void register(Javalin app) {
        // Not ctx.redirect(), which adds a text body that the OpenAPI document would have to describe.
        app.get("/", ctx -> ctx.status(HttpStatus.FOUND).header(Header.LOCATION, PAGE));
        // Javalin ignores a trailing slash, so /web/ is this route too.
        app.get(PAGE, ctx -> send(ctx, INDEX));
        // <file> also matches names with slashes, so that they get this route's 404 rather than a generic one.
        app.get(PAGE + "/<file>", ctx -> send(ctx, ctx.pathParam("file")));
    }

    private void send(Context ctx, String name) {
        WebFile file = files.get(name);
        if (file == null) {
            throw new NotFoundException("The studio has no file '" + name + "'.", "file", "file_not_found");
        }
        // Revalidated on every load: a new server version serves new files under the same names.
        ctx.header("Cache-Control", "no-cache").header("ETag", file.etag()).header("X-Content-Type-Options", "nosniff");
        if (file.type().startsWith("text/html")) {
            ctx.header("Content-Security-Policy", POLICY);
        }
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.type()).result(file.content());
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(PAGE + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PAGE + "/" + name + ": the build is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
