package dev.kokoro.api;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.download.Download;
import dev.kokoro.download.DownloadStore;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a copy of a response's audio for {@code GET /v1/download/{file}} while the response is sent: the very
 * bytes the client gets when the download is in the response's format, else the PCM encoded a second time.
 * A failure to save (a full disk) drops the copy and never the response. One per response; closing it
 * without {@link #finish} discards the file.
 */
final class DownloadRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DownloadRecorder.class);

    private final Download download;
    /** Null when the response's own bytes are copied. */
    private final AudioEncoder encoder;
    private boolean failed;

    DownloadRecorder(DownloadStore store, AudioOutput downloadOutput, AudioOutput responseOutput) {
        this.download = store.create(downloadOutput.fileExtension());
        this.encoder = downloadOutput.equals(responseOutput) ? null : downloadOutput.newEncoder(-1);
    }

    /** Where the file will be served once the response is complete. */
    String path() {
        return DownloadRoutes.PATH_PREFIX + download.name();
    }

    /** The samples of a chunk, as the synthesis hands it out. */
    void samples(short[] samples) {
        if (encoder != null) {
            save(() -> encoder.encode(samples, download.output()));
        }
    }

    /** Encoded audio, as the response sends it. */
    void sent(byte[] audio) {
        if (encoder == null) {
            save(() -> download.output().write(audio));
        }
    }

    /** Ends the file and makes it downloadable. */
    void finish() {
        save(() -> {
            if (encoder != null) {
                encoder.finish(download.output());
            }
            download.commit();
        });
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void save(Write write) {
        if (failed) {
            return;
        }
        try {
            write.run();
        } catch (IOException | RuntimeException e) {
            failed = true;
            log.warn("Cannot save the download {}: {}", download.name(), e.toString());
            download.discard();
        }
    }

    @Override
    public void close() {
        if (encoder != null) {
            encoder.close();
        }
        download.close();
    }
}
