package dev.kokoro.api;

import dev.kokoro.download.DownloadStore;
import dev.kokoro.download.StoredDownload;
import dev.kokoro.error.NotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code GET /v1/download/{file}}: an audio file this server wrote for a speech request that asked for a
 * download link. The store decides what exists; every other name, however it is encoded, and every expired
 * file is the same 404.
 */
final class DownloadRoutes {
    static final String PATH_PREFIX = "/v1/download/";
    private final DownloadStore store;

    DownloadRoutes(DownloadStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        // <file> also matches names with slashes, so that they get this route's 404 rather than a generic one.
        app.get(PATH_PREFIX + "<file>", this::download);
    }

    private void download(Context ctx) {
        StoredDownload file = store.open(ctx.pathParam("file")).orElseThrow(() -> new NotFoundException(
                "No such download: download links are valid for a limited time.", "file", "file_not_found"));
        ctx.contentType(file.format().contentType())
                .header("Content-Length", Long.toString(file.size()))
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                // The link is its own credential: keep shared caches from storing it, and browsers from sniffing.
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .result(file.content());
    }
}
