package dev.kokoro.download;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One download being written. Its bytes go to a temporary file that is renamed to {@link #name()} on
 * {@link #commit()}, so a half-written file is never served; {@link #discard()} (or {@link #close()} without a
 * commit) deletes it. One thread writes and commits; {@link #discard()} may come from another thread, after
 * which writes fail.
 */
public final class Download implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Download.class);

    private enum State { WRITING, COMMITTED, DISCARDED }

    private final DownloadStore store;
    private final String name;
    private final Path temp;
    private final Path target;
    private final GuardedOutput output;
    private volatile State state = State.WRITING;

    Download(DownloadStore store, Path folder, String name) throws IOException {
        this.store = store;
        this.name = name;
        this.temp = folder.resolve(DownloadName.temp(name));
        this.target = folder.resolve(name);
        this.output = new GuardedOutput(new BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)));
    }

    /**
     * The file name the download will have once committed, known from the start so that it can go into a
     * response header before the audio does. Until the commit, a request for it finds nothing.
     */
    public String name() {
        return name;
    }

    /** Where the audio goes. Closing it is allowed and does not commit. */
    public OutputStream output() {
        return output;
    }

    /**
     * Publishes the file under {@link #name()} and applies the folder's limits (a file larger than the whole
     * folder may hold is therefore removed at once).
     *
     * @return the file name
     * @throws IllegalStateException if the download was already committed or discarded
     * @throws UncheckedIOException if the file cannot be finished; it is discarded
     */
    public synchronized String commit() {
        if (state != State.WRITING) {
            throw new IllegalStateException("Download " + name + " is already " + state.name().toLowerCase(Locale.ROOT));
        }
        try {
            output.close();
            store.publish(temp, target);
        } catch (IOException e) {
            discard();
            throw new UncheckedIOException("Cannot store the download " + name, e);
        }
        state = State.COMMITTED;
        store.writingEnded(this);
        return name;
    }

    /** Deletes what was written; nothing happens after a commit or a previous discard. */
    public synchronized void discard() {
        if (state != State.WRITING) {
            return;
        }
        state = State.DISCARDED;
        try {
            output.close();
        } catch (IOException e) {
            log.debug("Closing the discarded download {}: {}", name, e.toString());
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Cannot delete the discarded download {}: {}", temp, e.toString());
        }
        store.writingEnded(this);
    }

    /** Discards the download unless it was committed. */
    @Override
    public void close() {
        discard();
    }

    String tempFileName() {
        return temp.getFileName().toString();
    }

    /** Refuses writes once the download is committed or discarded, rather than writing into a lost file. */
    private final class GuardedOutput extends OutputStream {
        private final OutputStream file;

        GuardedOutput(OutputStream file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            ensureWriting();
            file.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureWriting();
            file.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            file.flush();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }

        private void ensureWriting() throws IOException {
            if (state != State.WRITING) {
                throw new IOException("The download " + name + " is already " + state.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
