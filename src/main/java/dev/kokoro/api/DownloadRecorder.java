package dev.kokoro.api;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.download.Download;
import dev.kokoro.download.DownloadStore;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a copy of a response's audio, in the download format, for {@code GET /v1/download/{file}}, chunk by
 * chunk as the response is sent. A failure to save (a full disk) drops the copy and never the response.
 * One per response; closing it without {@link #finish} discards the file.
 */
final class DownloadRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DownloadRecorder.class);

    private final Download download;
    private final AudioEncoder encoder;
    private boolean failed;

    DownloadRecorder(DownloadStore store, AudioFormat format) {
        this.download = store.create(format.id());
        this.encoder = format.newEncoder(-1);
    }

    /** Where the file will be served once the synthesis is complete. */
    String path() {
        return DownloadRoutes.PATH_PREFIX + download.name();
    }

    void record(short[] samples) {
        if (!failed) {
            try {
                encoder.encode(samples, download.output());
            } catch (IOException e) {
                drop(e);
            }
        }
    }

    /** Ends the file and makes it downloadable. */
    void finish() {
        if (!failed) {
            try {
                encoder.finish(download.output());
                download.commit();
            } catch (IOException | RuntimeException e) {
                drop(e);
            }
        }
    }

    private void drop(Exception e) {
        failed = true;
        log.warn("Cannot save the download {}: {}", download.name(), e.toString());
        download.discard();
    }

    @Override
    public void close() {
        encoder.close();
        download.close();
    }
}
