package dev.kokoro;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioOutput;
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
 * one ready. A compressed format is encoded chunk by chunk, so a long text never sits in memory as samples; a WAV
 * (G.711 in WAV too) is gathered first, since its header states the exact length.
 */
final class JobSpeech implements JobSynthesizer {
    private final Kokoro kokoro;

    JobSpeech(Kokoro kokoro) {
        this.kokoro = kokoro;
    }

    @Override
    public SynthesizedAudio synthesize(JobSpec spec, JobPriority priority, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        // A task's output was checked when it was accepted: a bad one here is a RunPod job's, named as RunPod's.
        AudioOutput output = spec.output("response_format");
        SpeechOptions options = new SpeechOptions((float) spec.speed(), spec.language(), (float) spec.volume(),
                spec.normalization());
        try (SpeechChunks chunks = kokoro.stream(spec.text(), spec.voice(), options, Priority.ofTask(priority.name()),
                !spec.splitSentences());
                Audio audio = output.isWavFile() ? new GatheredWav(output) : new Encoded(output)) {
            for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("job cancelled");
                }
                audio.add(chunk.samples());
                progress.accept(chunks.progress());
            }
            return new SynthesizedAudio(audio.finish(), output.id(), chunks.seconds());
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

    /** Samples gathered up to what one job may keep at 24 kHz, and the file checked again once made. */
    private static final class GatheredWav implements Audio {
        private final AudioOutput output;
        private final PcmJoiner samples = new PcmJoiner();

        GatheredWav(AudioOutput output) {
            this.output = output;
        }

        @Override
        public void add(short[] chunk) {
            samples.add(chunk);
            if ((long) samples.length() * Short.BYTES > JobStore.MAX_AUDIO_BYTES) {
                throw tooLong(output.fileExtension());
            }
        }

        @Override
        public byte[] finish() throws IOException {
            // At 44.1 or 48 kHz the file is larger than the samples gathered.
            byte[] file = output.encodeWhole(samples.joined());
            if (file.length > JobStore.MAX_AUDIO_BYTES) {
                throw tooLong(output.fileExtension());
            }
            return file;
        }

        @Override
        public void close() {
            // nothing held outside the heap
        }
    }

    private static final class Encoded implements Audio {
        private final AudioOutput output;
        private final AudioEncoder encoder;
        private final ByteArrayOutputStream file = new ByteArrayOutputStream();

        Encoded(AudioOutput output) {
            this.output = output;
            this.encoder = output.newEncoder(-1);
        }

        @Override
        public void add(short[] chunk) throws IOException {
            encoder.encode(chunk, file);
            if (file.size() > JobStore.MAX_AUDIO_BYTES) {
                throw tooLong(output.id());
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
