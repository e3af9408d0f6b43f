package dev.kokoro;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.jobs.JobPriority;
import dev.kokoro.jobs.JobSpec;
import dev.kokoro.jobs.JobStore;
import dev.kokoro.jobs.JobSynthesizer;
import dev.kokoro.jobs.SynthesizedAudio;
import dev.kokoro.scheduling.Priority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Jobs and tasks spoken by the pipeline, as background work: their chunks run when no live request or session has
 * one ready. A compressed format is encoded chunk by chunk, so a long text never sits in memory as samples; a WAV is
 * gathered first, since its header states the exact length.
 */
final class JobSpeech implements JobSynthesizer {
    private final Kokoro kokoro;

    JobSpeech(Kokoro kokoro) {
        this.kokoro = kokoro;
    }

    @Override
    public SynthesizedAudio synthesize(JobSpec spec, JobPriority priority, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        AudioFormat format = AudioFormat.parse(spec.format(), "response_format");
        SpeechOptions options = new SpeechOptions((float) spec.speed(), spec.language(), (float) spec.volume(),
                spec.normalization());
        try (SpeechChunks chunks = kokoro.stream(spec.text(), spec.voice(), options, Priority.ofTask(priority.name()),
                !spec.splitSentences());
                Audio audio = format == AudioFormat.WAV ? new GatheredWav() : new Encoded(format)) {
            for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("job cancelled");
                }
                audio.add(chunk.samples());
                progress.accept(chunks.progress());
            }
            return new SynthesizedAudio(audio.finish(), format.id(), chunks.seconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file being made, refused once past what one job may keep. */
    private interface Audio extends AutoCloseable {
        void add(short[] samples) throws IOException;

        byte[] finish() throws IOException;

        @Override
        void close();
    }

    private static InvalidInputException tooLong(String format) {
        return new InvalidInputException("The audio is longer than one job may keep (" + (JobStore.MAX_AUDIO_BYTES >> 20)
                + " MB of " + format + "): use a compressed format or split the text into several jobs.", "text",
                "audio_too_long");
    }

    private static final class GatheredWav implements Audio {
        private final PcmJoiner samples = new PcmJoiner();

        @Override
        public void add(short[] chunk) {
            samples.add(chunk);
            if ((long) samples.length() * Short.BYTES > JobStore.MAX_AUDIO_BYTES) {
                throw tooLong("wav");
            }
        }

        @Override
        public byte[] finish() throws IOException {
            return AudioFormat.WAV.encodeWhole(samples.joined());
        }

        @Override
        public void close() {
            // nothing held outside the heap
        }
    }

    private static final class Encoded implements Audio {
        private final AudioFormat format;
        private final AudioEncoder encoder;
        private final ByteArrayOutputStream file = new ByteArrayOutputStream();

        Encoded(AudioFormat format) {
            this.format = format;
            this.encoder = format.newEncoder(-1);
        }

        @Override
        public void add(short[] chunk) throws IOException {
            encoder.encode(chunk, file);
            if (file.size() > JobStore.MAX_AUDIO_BYTES) {
                throw tooLong(format.id());
            }
        }

        @Override
        public byte[] finish() throws IOException {
            encoder.finish(file);
            return file.toByteArray();
        }

        @Override
        public void close() {
            encoder.close();
        }
    }
}
