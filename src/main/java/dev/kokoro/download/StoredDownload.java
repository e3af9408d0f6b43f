package dev.kokoro.download;

import dev.kokoro.audio.AudioFormat;
import java.io.InputStream;

/**
 * A committed download, opened for reading. The content stays readable to its end even if the file is
 * removed meanwhile (it expired or made room); the reader closes it.
 */
public record StoredDownload(String name, AudioFormat format, long size, InputStream content) {
}
