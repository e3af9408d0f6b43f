package dev.kokoro.jobs;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Turns a job's spec into encoded audio: the speech pipeline, as the {@link JobRunner} sees it. */
@FunctionalInterface
public interface JobSynthesizer {

    /**
     * Synthesizes the whole spec and encodes it in the spec's format. Called on a job worker's thread; may
     * block for as long as the synthesis takes.
     *
     * @param spec      what to synthesize
     * @param priority  the job's priority, which its chunks keep against other jobs' (several workers may run)
     * @param progress  told the fraction done (0–1) after each chunk; this is also where the runner learns of a
     *                  cancellation or a lost lease, so report it between chunks
     * @param cancelled checked between chunks: once true (the job was cancelled, its lease was lost, or the
     *                  server is stopping), stop and throw {@link CancellationException}
     * @return the audio
     * @throws dev.kokoro.error.KokoroException for what the client asked wrong (an unknown voice, a bad
     *         format...): the job fails with its message
     * @throws CancellationException when {@code cancelled} said so
     */
    SynthesizedAudio synthesize(JobSpec spec, JobPriority priority, DoubleConsumer progress,
            BooleanSupplier cancelled);
}
