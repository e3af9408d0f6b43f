package dev.kokoro.speech;

import dev.kokoro.audio.Pcm;
import dev.kokoro.engine.ChunkScheduler;
import dev.kokoro.engine.ChunkStream;
import dev.kokoro.engine.ChunkTask;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.text.SentenceSplitter;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.Segment;
import dev.kokoro.text.markup.TextSegment;
import dev.kokoro.text.normalize.TextNormalizer;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synthesis pipeline, top-down: inline markup → normalization → sentences → phonemes → chunks
 * → model → PCM. Text is prepared on a virtual thread of its own and each chunk is handed to the
 * {@link ChunkScheduler} as soon as it is planned, so the first chunk is synthesized while the rest
 * of the text is still being phonemized. Thread-safe; one instance serves every request.
 */
public final class SpeechService {
    private static final Logger log = LoggerFactory.getLogger(SpeechService.class);
    /** 3 ms fades at every chunk edge: model output does not start or end at zero. */
    private static final int EDGE_FADE_SAMPLES = Pcm.samplesForMillis(3);

    private final KokoroModel model;
    private final PhonemeVocab vocab;
    private final G2PRegistry g2p;
    private final TextNormalizer normalizer;
    private final MarkupParser markup;
    private final ChunkScheduler scheduler;
    private final int firstChunkTokens;
    private final int chunkTokens;

    public SpeechService(KokoroModel model, PhonemeVocab vocab, G2PRegistry g2p, TextNormalizer normalizer,
            MarkupParser markup, ChunkScheduler scheduler, int firstChunkTokens, int chunkTokens) {
        this.model = model;
        this.vocab = vocab;
        this.g2p = g2p;
        this.normalizer = normalizer;
        this.markup = markup;
        this.scheduler = scheduler;
        this.firstChunkTokens = firstChunkTokens;
        this.chunkTokens = chunkTokens;
    }

    /**
     * Starts a synthesis. Problems that can be seen up front (unsupported language, a full server)
     * are thrown here; a problem found while preparing the text (nothing speakable in it) comes out
     * of the stream's first {@link SpeechStream#next}, before any audio.
     */
    public SpeechStream start(SpeechSpec spec) {
        G2P phonemizer = g2p.forLanguage(spec.language());
        List<Segment> segments = markup.parse(spec.input());
        ChunkStream<AudioChunk> chunks = scheduler.open(spec.priority());
        Thread.ofVirtual().name("kokoro-text-prep").start(() -> prepare(spec, phonemizer, segments, chunks));
        return new SpeechStream(chunks);
    }

    /** Phonemizes the text sentence by sentence and submits each chunk as soon as it is planned. */
    private void prepare(SpeechSpec spec, G2P phonemizer, List<Segment> segments, ChunkStream<AudioChunk> chunks) {
        try {
            ChunkPlanner planner = new ChunkPlanner(firstChunkTokens, chunkTokens);
            SentenceSplitter splitter = new SentenceSplitter(spec.language());
            StringBuilder sentence = new StringBuilder();
            boolean produced = false;
            for (Segment segment : segments) {
                switch (segment) {
                    case PauseSegment pause -> {
                        produced |= submit(chunks, spec, planner.add(take(sentence), Boundary.WORD));
                        produced |= submit(chunks, spec, planner.flush());
                        int samples = Pcm.samplesForMillis((int) pause.duration().toMillis());
                        chunks.submit(new ChunkTask<>(1, () -> new AudioChunk(Pcm.silence(samples), 0)));
                        produced = true;
                    }
                    case PhonemeSegment custom -> append(sentence, custom.phonemes());
                    case TextSegment text -> {
                        String normalized = normalizer.normalize(text.text(), spec.language(), spec.normalization());
                        List<String> pieces = splitter.split(normalized);
                        for (int i = 0; i < pieces.size(); i++) {
                            String piece = pieces.get(i);
                            append(sentence, phonemizer.phonemize(piece));
                            boolean last = i == pieces.size() - 1;
                            if (!last || SentenceSplitter.endsSentence(piece)) {
                                Boundary end = piece.endsWith("\n") ? Boundary.PARAGRAPH : Boundary.SENTENCE;
                                produced |= submit(chunks, spec, planner.add(take(sentence), end));
                            }
                        }
                    }
                }
            }
            produced |= submit(chunks, spec, planner.add(take(sentence), Boundary.SENTENCE));
            produced |= submit(chunks, spec, planner.flush());
            if (!produced) {
                throw new InvalidInputException("The input has nothing that can be produced.", "input", "nothing_to_speak");
            }
            chunks.endOfInput();
        } catch (CancellationException e) {
            log.debug("Text preparation stopped: the synthesis was cancelled");
        } catch (Throwable t) {
            chunks.fail(t);
        }
    }

    private boolean submit(ChunkStream<AudioChunk> chunks, SpeechSpec spec, List<PlannedChunk> planned) {
        boolean any = false;
        for (PlannedChunk chunk : planned) {
            int[] ids = vocab.encode(chunk.phonemes());
            if (ids.length == 0) {
                continue;
            }
            chunks.submit(new ChunkTask<>(ids.length, () -> synthesize(ids, chunk.after(), spec)));
            any = true;
        }
        return any;
    }

    private AudioChunk synthesize(int[] ids, Boundary after, SpeechSpec spec) {
        float[] audio = model.synthesize(ids, spec.voice().styleFor(ids.length), spec.speed());
        Pcm.fadeEdges(audio, EDGE_FADE_SAMPLES);
        short[] speech = Pcm.toInt16(audio, spec.volume());
        int gap = Math.round(Pcm.samplesForMillis(after.gapMillis()) / spec.speed());
        short[] samples = new short[speech.length + gap];
        System.arraycopy(speech, 0, samples, 0, speech.length);
        return new AudioChunk(samples, ids.length);
    }

    private static void append(StringBuilder sentence, String phonemes) {
        String p = phonemes.strip();
        if (p.isEmpty()) {
            return;
        }
        if (!sentence.isEmpty()) {
            sentence.append(' ');
        }
        sentence.append(p);
    }

    private static String take(StringBuilder sentence) {
        String s = sentence.toString();
        sentence.setLength(0);
        return s;
    }
}
