package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_INFO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's own log lines (which otherwise go straight to stderr) to SLF4J logger {@code ffmpeg}.
 * FFmpeg errors become warnings, as whatever failed also surfaces as an exception; FFmpeg warnings become
 * debug lines, as in this use they are routine (e.g. "unable to rewrite FLAC header" on every streamed FLAC).
 * Thread-safe; FFmpeg may log from any thread.
 */
public final class FfmpegLog {
    private static final Logger LOG = LoggerFactory.getLogger("ffmpeg");
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final LogCallback TO_SLF4J = new LogCallback() {
        @Override
        public void call(int level, BytePointer message) {
            log(level, message.getString(StandardCharsets.UTF_8).strip());
        }
    };

    private FfmpegLog() {
    }

    /** Installs the bridge for the whole process; later calls do nothing. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            // FFmpeg formats and hands over only lines at or above this level, so nothing unwanted crosses JNI.
            av_log_set_level(LOG.isTraceEnabled() ? AV_LOG_INFO : LOG.isDebugEnabled() ? AV_LOG_WARNING : AV_LOG_ERROR);
            setLogCallback(TO_SLF4J);
        }
    }

    private static void log(int level, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (level <= AV_LOG_ERROR) {
            LOG.warn(line);
        } else if (level <= AV_LOG_WARNING) {
            LOG.debug(line);
        } else {
            LOG.trace(line);
        }
    }
}
