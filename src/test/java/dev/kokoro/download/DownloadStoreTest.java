package dev.kokoro.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.testing.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DownloadStoreTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final List<DownloadStore> stores = new ArrayList<>();

    @AfterEach
    void closeStores() {
        stores.forEach(DownloadStore::close);
    }

    private Path folder() {
        return dir.resolve("downloads");
    }

    /** A store whose periodic sweep does not run during a test: the test sweeps when it wants. */
    private DownloadStore store(long maxTotalBytes) {
        return store(maxTotalBytes, HOUR);
    }

    private DownloadStore store(long maxTotalBytes, Duration sweepEvery) {
        DownloadStore store = new DownloadStore(folder(), new DownloadLimits(HOUR, maxTotalBytes), clock, sweepEvery);
        stores.add(store);
        return store;
    }

    private static String commit(DownloadStore store, String extension, byte[] content) throws IOException {
        try (Download download = store.create(extension)) {
            download.output().write(content);
            return download.commit();
        }
    }

    private static byte[] read(DownloadStore store, String name) throws IOException {
        StoredDownload file = store.open(name).orElseThrow();
        try (InputStream in = file.content()) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).hasSize((int) file.size());
            return bytes;
        }
    }

    private Set<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void aCommittedDownloadIsServedUnderItsRandomNameAndNotBefore() throws IOException {
        DownloadStore store = store(1 << 20);
        byte[] audio = bytes(5000, 1);
        try (Download download = store.create("mp3")) {
            String name = download.name();
            assertThat(name).matches("[0-9a-f]{32}\\.mp3");
            download.output().write(audio);
            download.output().flush();

            assertThat(store.open(name)).isEmpty();
            assertThat(filesInFolder()).containsExactly(name + ".part");

            assertThat(download.commit()).isEqualTo(name);
            assertThat(filesInFolder()).containsExactly(name);
            StoredDownload file = store.open(name).orElseThrow();
            file.content().close();
            assertThat(file.format()).isEqualTo(AudioFormat.MP3);
            assertThat(file.size()).isEqualTo(audio.length);
            assertThat(read(store, name)).isEqualTo(audio);
        }
        // Closing a committed download keeps it.
        assertThat(filesInFolder()).hasSize(1);
    }

    @Test
    void discardingOrClosingWithoutCommitLeavesNothing() throws IOException {
        DownloadStore store = store(1 << 20);
        Download discarded = store.create("wav");
        discarded.output().write(bytes(100, 2));
        discarded.discard();
        assertThat(filesInFolder()).isEmpty();
        assertThat(store.open(discarded.name())).isEmpty();
        assertThatThrownBy(() -> discarded.output().write(1)).isInstanceOf(IOException.class);
        assertThatThrownBy(discarded::commit).isInstanceOf(IllegalStateException.class);
        discarded.discard();

        String abandoned;
        try (Download download = store.create("opus")) {
            download.output().write(bytes(100, 3));
            abandoned = download.name();
        }
        assertThat(filesInFolder()).isEmpty();
        assertThat(store.open(abandoned)).isEmpty();
    }

    @Test
    void theWriterMayCloseTheOutputButACommitIsFinal() throws IOException {
        DownloadStore store = store(1 << 20);
        Download download = store.create("flac");
        try (OutputStream out = download.output()) {
            out.write(bytes(10, 4));
        }
        String name = download.commit();
        assertThat(read(store, name)).isEqualTo(bytes(10, 4));
        assertThatThrownBy(download::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> download.output().write(1)).isInstanceOf(IOException.class);
        download.discard();
        assertThat(read(store, name)).isEqualTo(bytes(10, 4));
    }

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void everyAudioFormatIsAnExtension(AudioFormat format) throws IOException {
        DownloadStore store = store(1 << 20);
        String name = commit(store, format.id(), bytes(3, 5));
        assertThat(name).endsWith("." + format.id());
        assertThat(store.open(name).orElseThrow().format()).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MP3", "ogg", "", ".mp3", "mp3/../x", "exe", " wav"})
    void otherExtensionsAreRefused(String extension) throws IOException {
        DownloadStore store = store(1 << 20);
        assertThatThrownBy(() -> store.create(extension)).isInstanceOf(IllegalArgumentException.class);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void namesAreUnguessable() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            names.add(DownloadName.random(AudioFormat.PCM));
        }
        assertThat(names).hasSize(2000).allMatch(n -> n.matches("[0-9a-f]{32}\\.pcm"));
        // 128 random bits: every hex digit turns up in every position.
        for (int position = 0; position < 32; position++) {
            int p = position;
            assertThat(names.stream().map(n -> n.charAt(p)).distinct().count()).as("position %d", p).isEqualTo(16);
        }
    }

    @Test
    void onlyExactNamesOpen() throws IOException {
        DownloadStore store = store(1 << 20);
        String name = commit(store, "mp3", bytes(10, 6));
        Download writing = store.create("mp3");
        writing.output().write(1);
        try {
            for (String other : List.of(name.toUpperCase(), name + ".part", writing.name() + ".part", name + "\n",
                    name + "\0", " " + name, name.substring(1), "./" + name, "../downloads/" + name,
                    folder().resolve(name).toString(), name.replace(".", "\u2024"), "")) {
                assertThat(store.open(other)).as(other).isEmpty();
            }
            assertThat(store.open(name)).isPresent();
        } finally {
            writing.close();
        }
    }

    @Test
    void aLinkWithAValidNameIsNotFollowedOutOfTheFolder() throws IOException {
        DownloadStore store = store(1 << 20);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path link = folder().resolve("0123456789abcdef0123456789abcdef.mp3");
        Files.createSymbolicLink(link, secret);
        assertThat(store.open(link.getFileName().toString())).isEmpty();
        store.sweep();
        assertThat(secret).exists();
    }

    @Test
    void filesExpireAfterTheAgeLimitAndASweepRemovesThem() throws IOException {
        DownloadStore store = store(1 << 20);
        String name = commit(store, "aac", bytes(10, 7));

        clock.advance(Duration.ofMinutes(59));
        assertThat(read(store, name)).hasSize(10);
        assertThat(store.sweep()).isEqualTo(new DownloadStore.Usage(1, 10, 0));

        clock.advance(Duration.ofMinutes(2));
        assertThat(store.open(name)).as("expired before any sweep").isEmpty();
        assertThat(filesInFolder()).containsExactly(name);
        assertThat(store.sweep()).isEqualTo(new DownloadStore.Usage(0, 0, 1));
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void overTheSizeLimitTheOldestGoFirst() throws IOException {
        DownloadStore store = store(1000);
        String a = commit(store, "mp3", bytes(400, 1));
        clock.advance(Duration.ofMinutes(1));
        String b = commit(store, "mp3", bytes(400, 2));
        clock.advance(Duration.ofMinutes(1));
        String c = commit(store, "mp3", bytes(200, 3));
        assertThat(filesInFolder()).containsExactlyInAnyOrder(a, b, c);

        clock.advance(Duration.ofMinutes(1));
        String d = commit(store, "mp3", bytes(300, 4));
        assertThat(filesInFolder()).containsExactlyInAnyOrder(b, c, d);
        assertThat(store.sweep()).isEqualTo(new DownloadStore.Usage(3, 900, 0));

        // A file larger than the whole folder may hold does not stay either.
        clock.advance(Duration.ofMinutes(1));
        commit(store, "wav", bytes(1001, 5));
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void atStartupRecentFilesStayAndLeftoversGo() throws IOException {
        Files.createDirectories(folder());
        Path recent = write("00000000000000000000000000000001.mp3", 100, Duration.ofMinutes(10));
        Path expired = write("00000000000000000000000000000002.mp3", 100, Duration.ofMinutes(61));
        Path halfWritten = write("00000000000000000000000000000003.mp3.part", 100, Duration.ZERO);
        Path foreign = write("notes.txt", 100, Duration.ofDays(10));
        Path foreignDir = Files.createDirectory(folder().resolve("00000000000000000000000000000004.mp3"));

        DownloadStore store = store(1 << 20);

        assertThat(recent).exists();
        assertThat(read(store, "00000000000000000000000000000001.mp3")).hasSize(100);
        assertThat(expired).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(foreign).exists();
        assertThat(foreignDir).exists();
        assertThat(store.open("notes.txt")).isEmpty();
        assertThat(store.open("00000000000000000000000000000004.mp3")).isEmpty();
    }

    @Test
    void atStartupTheSizeLimitAppliesToo() throws IOException {
        Files.createDirectories(folder());
        Path oldest = write("00000000000000000000000000000001.wav", 600, Duration.ofMinutes(30));
        Path newer = write("00000000000000000000000000000002.wav", 600, Duration.ofMinutes(20));

        store(1000);

        assertThat(oldest).doesNotExist();
        assertThat(newer).exists();
    }

    private Path write(String name, int size, Duration age) throws IOException {
        Path path = Files.write(folder().resolve(name), bytes(size, name.hashCode()));
        Files.setLastModifiedTime(path, FileTime.from(clock.instant().minus(age)));
        return path;
    }

    @Test
    void manyThreadsWriteCommitAndDiscardWhileSweepsRun() throws Exception {
        DownloadStore store = store(1L << 30);
        Map<String, byte[]> committed = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread sweeper = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                store.sweep();
            }
        });
        int threads = 8;
        int each = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        byte[] audio = bytes(1000 + i, thread * 1000 + i);
                        try (Download download = store.create("mp3")) {
                            for (int off = 0; off < audio.length; off += 100) {
                                download.output().write(audio, off, Math.min(100, audio.length - off));
                            }
                            if (i % 4 != 3) {
                                committed.put(download.commit(), audio);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            done.set(true);
            sweeper.join();
        }
        assertThat(committed).hasSize(threads * each * 3 / 4);
        assertThat(filesInFolder()).isEqualTo(committed.keySet());
        for (Map.Entry<String, byte[]> e : committed.entrySet()) {
            assertThat(read(store, e.getKey())).isEqualTo(e.getValue());
        }
    }

    @Test
    void concurrentCommitsKeepTheFolderUnderItsSizeLimit() throws Exception {
        DownloadStore store = store(10_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        commit(store, "opus", bytes(1000, i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Set<String> left = filesInFolder();
        assertThat(left).hasSize(10).allMatch(n -> n.matches("[0-9a-f]{32}\\.opus"));
        assertThat(store.sweep()).isEqualTo(new DownloadStore.Usage(10, 10_000, 0));
    }

    @Test
    void thePeriodicSweepRunsUntilTheStoreCloses() throws Exception {
        DownloadStore store = store(1 << 20, Duration.ofMillis(20));
        String first = commit(store, "mp3", bytes(10, 1));
        clock.advance(Duration.ofMinutes(61));
        awaitGone(folder().resolve(first));

        String second = commit(store, "mp3", bytes(10, 2));
        store.close();
        clock.advance(Duration.ofMinutes(61));
        Thread.sleep(300);
        assertThat(filesInFolder()).containsExactly(second);
    }

    private static void awaitGone(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnwritableFolderIsReportedAtOnce() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> new DownloadStore(notAFolder.resolve("downloads"),
                new DownloadLimits(HOUR, 1), clock, HOUR)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void openingTheSameNameTwiceGivesTwoReaders() throws IOException {
        DownloadStore store = store(1 << 20);
        String name = commit(store, "mp3", "abc".getBytes(StandardCharsets.UTF_8));
        Optional<StoredDownload> one = store.open(name);
        Optional<StoredDownload> two = store.open(name);
        try (InputStream a = one.orElseThrow().content(); InputStream b = two.orElseThrow().content()) {
            assertThat(a.readAllBytes()).isEqualTo(b.readAllBytes());
        }
    }
}
