package dev.kokoro.download;

import dev.kokoro.audio.AudioFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of audio files offered for download. Files are written through {@link #create(String)} and read
 * through {@link #open(String)}, which only ever finds a committed file with a name this store gives out,
 * inside the folder, younger than the age limit. Expired files and, oldest first, files over the size limit
 * are removed on every commit and by a sweep once a minute; at startup the files a previous run committed
 * are kept within the same limits and its half-written ones deleted. Files with other names are left alone
 * and never served. One store owns its folder: two servers must not share a data directory. Thread-safe.
 */
public final class DownloadStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DownloadStore.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Path folder;
    private final DownloadLimits limits;
    private final Clock clock;
    /** Temporary file names of the downloads being written, which a sweep must not delete. */
    private final Set<String> writing = ConcurrentHashMap.newKeySet();
    private final Object sweepLock = new Object();
    private final ScheduledExecutorService sweeper;

    DownloadStore(Path folder, DownloadLimits limits, Clock clock, Duration sweepEvery) {
        try {
            Files.createDirectories(folder);
            this.folder = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the downloads folder " + folder + " ("
                    + e.getClass().getSimpleName() + "); set data-dir to a writable folder", e);
        }
        this.limits = limits;
        this.clock = clock;
        Usage before = sweep();
        log.info("Downloads in {}: {} kept from the previous run ({} KB), {} removed; files are kept up to {} "
                + "minutes and {} MB in all", this.folder, before.files(), before.bytes() / 1024, before.removed(),
                limits.maxAge().toMinutes(), limits.maxTotalBytes() >> 20);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("download-sweep").daemon().factory());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, sweepEvery.toMillis(), sweepEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Opens (creating it if needed) the store over this folder, sweeping it once a minute. */
    public static DownloadStore open(Path folder, DownloadLimits limits) {
        return new DownloadStore(folder, limits, Clock.systemUTC(), SWEEP_EVERY);
    }

    /** The folder, as its real path. */
    public Path folder() {
        return folder;
    }

    /**
     * Starts a download; the caller writes it, then commits or discards it (or closes it, which discards it
     * unless committed).
     *
     * @param extension the {@link AudioFormat#id()} of the audio: mp3, opus, aac, flac, wav or pcm
     * @throws IllegalArgumentException for any other extension
     * @throws UncheckedIOException if the file cannot be created
     */
    public Download create(String extension) {
        AudioFormat format = DownloadName.formatOfExtension(extension).orElseThrow(
                () -> new IllegalArgumentException("Not an audio format's extension: '" + extension + "'"));
        String name = DownloadName.random(format);
        // Registered before the file exists, so that a sweep never takes it for a leftover.
        writing.add(DownloadName.temp(name));
        try {
            return new Download(this, folder, name);
        } catch (IOException e) {
            writing.remove(DownloadName.temp(name));
            throw new UncheckedIOException("Cannot create a download in " + folder, e);
        }
    }

    /**
     * The committed, unexpired download of this name, opened for reading; empty for any name this store
     * would not give out, for a file that is gone or expired, and for anything that resolves outside the
     * folder.
     */
    public Optional<StoredDownload> open(String name) {
        Optional<AudioFormat> format = DownloadName.formatOf(name);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path real = folder.resolve(name).toRealPath();
            if (!folder.equals(real.getParent())) {
                log.warn("Refusing the download {}: it resolves outside {} to {}", name, folder, real);
                return Optional.empty();
            }
            BasicFileAttributes file = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!file.isRegularFile() || expired(file)) {
                return Optional.empty();
            }
            InputStream content = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new StoredDownload(name, format.get(), file.size(), content));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the download " + name, e);
        }
    }

    /**
     * Deletes expired files, then the oldest files while the rest are over the size limit, and the temporary
     * files of downloads no longer being written (a previous run's, or this run's that were never closed).
     *
     * @return what the folder holds afterwards, and how many files this sweep removed
     */
    Usage sweep() {
        synchronized (sweepLock) {
            Instant oldestKept = now().minus(limits.maxAge());
            List<Entry> kept = new ArrayList<>();
            int expired = 0;
            int leftovers = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path path : files) {
                    String fileName = path.getFileName().toString();
                    if (DownloadName.isTemp(fileName)) {
                        if (!writing.contains(fileName) && delete(path)) {
                            leftovers++;
                        }
                        continue;
                    }
                    Optional<BasicFileAttributes> file = attributes(path);
                    if (file.isEmpty() || !file.get().isRegularFile() || DownloadName.formatOf(fileName).isEmpty()) {
                        continue;
                    }
                    Instant committed = file.get().lastModifiedTime().toInstant();
                    if (committed.isBefore(oldestKept)) {
                        expired += delete(path) ? 1 : 0;
                    } else {
                        kept.add(new Entry(path, committed, file.get().size()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the downloads in " + folder, e);
            }
            kept.sort(Comparator.comparing(Entry::committed).thenComparing(Entry::path));
            long total = kept.stream().mapToLong(Entry::size).sum();
            int overLimit = 0;
            int next = 0;
            while (total > limits.maxTotalBytes()) {
                Entry oldest = kept.get(next++);
                if (delete(oldest.path())) {
                    overLimit++;
                }
                total -= oldest.size();
            }
            if (expired + overLimit + leftovers > 0) {
                log.debug("Removed downloads: {} expired, {} over the size limit, {} half-written", expired,
                        overLimit, leftovers);
            }
            return new Usage(kept.size() - next, total, expired + overLimit + leftovers);
        }
    }

    /** What the folder holds after a sweep (committed, unexpired files and their total size), and what it removed. */
    record Usage(int files, long bytes, int removed) {
    }

    private record Entry(Path path, Instant committed, long size) {
    }

    /**
     * A sweep whose failure is only logged: it must neither end the periodic schedule (the next sweep tries
     * again) nor fail a commit whose file is already published.
     */
    void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Sweeping the downloads in {} failed: {}", folder, e.toString());
        }
    }

    void writingEnded(Download download) {
        writing.remove(download.tempFileName());
    }

    Instant now() {
        return clock.instant();
    }

    private boolean expired(BasicFileAttributes file) {
        return file.lastModifiedTime().toInstant().isBefore(now().minus(limits.maxAge()));
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static boolean delete(Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Cannot delete the download {}: {}", path, e.toString());
            return false;
        }
    }

    /** Stops the periodic sweep; the files stay for the next run. */
    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
