package dev.kokoro.api;

import dev.kokoro.audio.AudioOutput;
import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechStream;
import dev.kokoro.speech.WordTiming;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synthesis a response is sending, in the format the client asked for: hands out its chunks (the first one
 * already waited for) and keeps the request's log summary up to date. One per response, one thread.
 */
final class SpeechReply {
    private static final Logger log = LoggerFactory.getLogger(SpeechReply.class);

    private final SpeechStream stream;
    private final AudioOutput output;
    private final SynthesisSummary summary;
    private final Optional<DownloadRecorder> download;
    private final UnaryOperator<OutputStream> timedWrites;
    private AudioChunk first;
    private boolean exhausted;
    private boolean broken;

    /**
     * @param timedWrites wraps the body stream of an HTTP answer so that a write blocked too long ends it (see
     *                    {@link ClientConnections}); identity where the transport bounds its own writes
     */
    SpeechReply(SpeechStream stream, AudioChunk first, AudioOutput output, SynthesisSummary summary,
            Optional<DownloadRecorder> download, UnaryOperator<OutputStream> timedWrites) {
        this.stream = stream;
        this.first = first;
        this.output = output;
        this.summary = summary;
        this.download = download;
        this.timedWrites = timedWrites;
    }

    /** Where an HTTP answer's body goes: {@code out}, with writes that end the answer when they stay blocked. */
    OutputStream body(OutputStream out) {
        return timedWrites.apply(out);
    }

    AudioOutput output() {
        return output;
    }

    /**
     * The next chunk, its word times counted from the start of the audio; null after the last.
     *
     * @throws CancellationException when the synthesis was stopped because the client went away
     */
    AudioChunk next() throws InterruptedException {
        AudioChunk chunk = first != null ? first : stream.next();
        first = null;
        summary.progress(stream.tokens(), stream.chunks(), stream.samples());
        if (chunk != null) {
            download.ifPresent(d -> d.samples(chunk.samples()));
        } else {
            exhausted = true;
        }
        return chunk;
    }

    /** The whole synthesis as one file of the response's format, and every word heard in it. */
    record Whole(byte[] file, List<WordTiming> words) {
    }

    /**
     * Waits for every chunk and encodes them as one file, which is what the client is given: its first audio is
     * the whole file, which goes out as soon as the handler returns.
     *
     * @throws dev.kokoro.error.InvalidInputException when the audio will not fit the limit; what was buffered is
     *     dropped with it, and the caller's closing of the stream cancels the rest of the synthesis
     */
    Whole whole(WholeFileLimit limit) throws InterruptedException, IOException {
        PcmJoiner pcm = new PcmJoiner();
        List<WordTiming> words = new ArrayList<>();
        for (AudioChunk chunk = next(); chunk != null; chunk = next()) {
            limit.check(stream);
            pcm.add(chunk.samples());
            words.addAll(chunk.words());
        }
        byte[] file = output.encodeWhole(pcm.joined());
        audio(file);
        sent();
        return new Whole(file, words);
    }

    /** Encoded audio the client is given (a whole file, or what the encoder emitted for a chunk). */
    void audio(byte[] encoded) {
        download.ifPresent(d -> d.sent(encoded));
    }

    /** Whether every chunk went out: the synthesis ran to its end and the client stayed. */
    boolean complete() {
        return exhausted && !broken;
    }

    /** Where the downloadable copy will be, when the request asked for one. */
    Optional<String> downloadPath() {
        return download.map(DownloadRecorder::path);
    }

    /** Phoneme tokens spoken so far. */
    int tokens() {
        return stream.tokens();
    }

    /** Samples delivered so far. */
    long samples() {
        return stream.samples();
    }

    /** Notes that bytes reached the client, for the time to first audio in the log and the metrics. */
    void sent() {
        summary.firstByte();
    }

    /** The client went away; the caller's closing of the stream cancels the synthesis. */
    void clientGone(IOException e) {
        broken = true;
        summary.outcome("client disconnected");
        log.debug("Client went away after {} chunks: {}", stream.chunks(), e.toString());
    }

    /** Synthesis failed after the response started: the status can no longer say it. */
    void failedMidStream(KokoroException e) {
        broken = true;
        summary.outcome("failed: " + e.getMessage());
        log.error("Synthesis failed mid-stream", e);
    }
}
