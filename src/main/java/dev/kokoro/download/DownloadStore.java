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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
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
    private final Object lock = new Object();
    /** The committed files, oldest first, as the last sweep found them and commits since added them. */
    private final ArrayDeque<Entry> committed = new ArrayDeque<>();
    private long committedBytes;
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
        sweeper.scheduleWithFixedDelay(this::scheduledSweep, sweepEvery.toMillis(), sweepEvery.toMillis(),
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
     * Publishes a finished temporary file under its download name, then removes expired files and, oldest
     * first, files over the size limit. Costs no directory listing: the store keeps the committed files in
     * order since the last sweep.
     */
    void publish(Path temp, Path target) throws IOException {
        synchronized (lock) {
            Instant now = now();
            // The age of a download counts from its commit, on the store's clock.
            Files.setLastModifiedTime(temp, FileTime.from(now));
            long size = Files.size(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            committed.addLast(new Entry(target, now, size));
            committedBytes += size;
            int removed = trim(now);
            if (removed > 0) {
                log.debug("Committing {} removed {} older downloads", target.getFileName(), removed);
            }
        }
    }

    /**
     * Reads the folder afresh: deletes the temporary files of downloads no longer being written (a previous
     * run's, or this run's that were never closed), expired files, then the oldest files while the rest are
     * over the size limit. Files deleted or changed behind the store's back are accounted for again.
     *
     * @return what the folder holds afterwards, and how many files this sweep removed
     */
    Usage sweep() {
        synchronized (lock) {
            List<Entry> found = new ArrayList<>();
            int removed = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path path : files) {
                    String fileName = path.getFileName().toString();
                    if (DownloadName.isTemp(fileName)) {
                        if (!writing.contains(fileName) && delete(path)) {
                            removed++;
                        }
                        continue;
                    }
                    Optional<BasicFileAttributes> file = attributes(path);
                    if (file.isPresent() && file.get().isRegularFile() && DownloadName.formatOf(fileName).isPresent()) {
                        found.add(new Entry(path, file.get().lastModifiedTime().toInstant(), file.get().size()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the downloads in " + folder, e);
            }
            found.sort(Comparator.comparing(Entry::committed).thenComparing(Entry::path));
            committed.clear();
            committed.addAll(found);
            committedBytes = found.stream().mapToLong(Entry::size).sum();
            removed += trim(now());
            if (removed > 0) {
                log.debug("Swept {} downloads; {} left ({} KB)", removed, committed.size(), committedBytes / 1024);
            }
            return new Usage(committed.size(), committedBytes, removed);
        }
    }

    /** Deletes from the oldest end the files that are expired or over the size limit; the lock is held. */
    private int trim(Instant now) {
        Instant oldestKept = now.minus(limits.maxAge());
        int removed = 0;
        while (!committed.isEmpty()
                && (committed.getFirst().committed().isBefore(oldestKept) || committedBytes > limits.maxTotalBytes())) {
            Entry oldest = committed.removeFirst();
            committedBytes -= oldest.size();
            if (delete(oldest.path())) {
                removed++;
            }
        }
        return removed;
    }

    /** What the folder holds after a sweep (committed, unexpired files and their total size), and what it removed. */
    record Usage(int files, long bytes, int removed) {
    }

    private record Entry(Path path, Instant committed, long size) {
    }

    private void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // A failed sweep must not end the schedule: the next one tries again.
            log.warn("Sweeping the downloads in {} failed: {}", folder, e.toString());
        }
    }

    void writingEnded(Download download) {
        writing.remove(download.tempFileName());
    }

    private Instant now() {
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
