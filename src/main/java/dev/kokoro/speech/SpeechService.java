package dev.kokoro.speech;

import dev.kokoro.audio.Pcm;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.engine.ModelOutput;
import dev.kokoro.engine.RunStopper;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.ChunkStream;
import dev.kokoro.scheduling.ChunkTask;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.Segment;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.voice.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synthesis pipeline, top-down: inline markup → normalization → sentences → phonemes → chunks
 * → model → PCM. Text is prepared on a virtual thread of its own and each chunk goes to the
 * {@link ChunkScheduler} as soon as it is planned, so the first chunk is synthesized while the rest
 * of the text is still being phonemized. Thread-safe; one instance serves every request.
 */
public final class SpeechService {
    private static final Logger log = LoggerFactory.getLogger(SpeechService.class);
    /** 3 ms fades at every chunk edge: model output does not start or end at zero. */
    private static final int EDGE_FADE_SAMPLES = Pcm.millisToSamples(3);

    private final KokoroModel model;
    private final PhonemeVocab vocab;
    private final G2PRegistry g2p;
    private final TextNormalizer normalizer;
    private final InputReader input;
    private final ChunkScheduler scheduler;
    private final ChunkSizes chunkSizes;

    public SpeechService(KokoroModel model, PhonemeVocab vocab, G2PRegistry g2p, TextNormalizer normalizer,
            InputReader input, ChunkScheduler scheduler, ChunkSizes chunkSizes) {
        this.model = model;
        this.vocab = vocab;
        this.g2p = g2p;
        this.normalizer = normalizer;
        this.input = input;
        this.scheduler = scheduler;
        this.chunkSizes = chunkSizes;
    }

    /** Whether the model's weights are in memory, or were freed for idleness and load on the next request. */
    public boolean modelLoaded() {
        return model.loaded();
    }

    /** The languages whose text front-end is loaded; the others load on their first request. */
    public Set<Language> readyLanguages() {
        return g2p.ready();
    }

    /**
     * Starts a synthesis of text (with inline markup, or SSML). Problems visible up front (unsupported
     * language, malformed SSML, an unknown voice in a speaker tag, a full server) are thrown here; one found
     * while preparing the text (nothing speakable in it) comes out of the stream's first
     * {@link SpeechStream#next}, before any audio.
     */
    public SpeechStream start(SpeechSpec spec) {
        Function<String, Voice> speakers = input.speakers(spec.voiceAliases());
        return start(spec, input.segments(spec.input(), spec.language(), speakers), speakers);
    }

    /** Starts a synthesis of phonemes given verbatim in {@code spec.input()} (no normalization, no G2P). */
    public SpeechStream startFromPhonemes(SpeechSpec spec) {
        return start(spec, List.of(new PhonemeSegment("", spec.input())), input.speakers(Map.of()));
    }

    /**
     * The plan a synthesis of this text (with inline markup) would follow, computed here and now:
     * for phonemization tools and benchmarks.
     */
    public List<PlannedItem> plan(String text, Language language, NormalizationOptions options) {
        List<PlannedItem> items = new ArrayList<>();
        Function<String, Voice> speakers = input.speakers(Map.of());
        preparation(speakers, new Speaker(null, language, 1f), options, chunkSizes.plannerFor(Priority.REQUEST),
                items::add).run(input.segments(text, language, speakers));
        return items;
    }

    /** The inline markup an SSML document becomes before synthesis. */
    public String ssmlToMarkup(String ssml, Language language) {
        return input.ssmlToMarkup(ssml, language);
    }

    /** The phonemes of a text, as the pipeline makes them, and their token ids (without padding). */
    public record Phonemization(String phonemes, int[] tokenIds) {
    }

    public Phonemization phonemize(String input, Language language, NormalizationOptions options) {
        String phonemes = PlannedItem.speechOnly(plan(input, language, options)).stream()
                .map(PlannedItem.Speech::phonemes).collect(Collectors.joining(" "));
        return new Phonemization(phonemes, vocab.encode(phonemes));
    }

    private SpeechStream start(SpeechSpec spec, List<Segment> segments, Function<String, Voice> speakers) {
        // The request's language loads (or fails) here, before the response starts, not on the preparing thread.
        g2p.forLanguage(spec.language());
        Speaker requested = new Speaker(spec.voice(), spec.language(), spec.speed());
        ChunkStream<AudioChunk> chunks = scheduler.open(spec.priority(), AudioChunk::spokenSeconds);
        AtomicLong leastSamples = new AtomicLong();
        Thread.ofVirtual().name("kokoro-text-prep").start(() -> {
            try {
                preparation(speakers, requested, spec.normalization(), chunkSizes.plannerFor(spec), item -> {
                    leastSamples.addAndGet(leastSamples(item));
                    chunks.submit(task(item, spec.volume()));
                }).run(segments);
                chunks.endOfInput();
            } catch (CancellationException e) {
                log.debug("Text preparation stopped: the synthesis was cancelled");
            } catch (Throwable t) {
                chunks.fail(t);
            }
        });
        return new SpeechStream(chunks, leastSamples::get);
    }

    /**
     * The fewest samples an item can become, known before it is synthesized: a pause is exact, and the model
     * gives every token at least one frame, whatever the speed.
     */
    private static long leastSamples(PlannedItem item) {
        return switch (item) {
            case PlannedItem.Speech s -> (long) s.tokenIds().length * KokoroModel.SAMPLES_PER_FRAME;
            case PlannedItem.Pause p -> p.samples();
        };
    }

    private TextPreparation preparation(Function<String, Voice> speakers, Speaker requested,
            NormalizationOptions options, ChunkPlanner planner, Consumer<PlannedItem> sink) {
        return new TextPreparation(g2p::forLanguage, speakers, vocab, normalizer, options, requested, planner, sink);
    }

    private ChunkTask<AudioChunk> task(PlannedItem item, float volume) {
        return switch (item) {
            case PlannedItem.Speech s -> new ChunkTask<>(s.tokenIds().length,
                    preemption -> synthesize(s, volume, preemption::onPreempt));
            case PlannedItem.Pause p -> new ChunkTask<>(1, preemption -> new AudioChunk(Pcm.silence(p.samples()), 0,
                    p.captionWords().stream().map(w -> new WordTiming(w, 0, 0)).toList()));
        };
    }

    private AudioChunk synthesize(PlannedItem.Speech speech, float volume, RunStopper stopper) {
        int[] ids = speech.tokenIds();
        ModelOutput output = model.infer(ids, speech.voice().styleFor(ids.length), speech.speed(), stopper);
        float[] audio = output.audio();
        TokenClock clock = TokenClock.of(ids.length, output.tokenDurations(), audio.length);
        Pcm.fadeEdges(audio, EDGE_FADE_SAMPLES);
        short[] voiced = Pcm.toInt16(audio, volume);
        int gap = Math.round(Pcm.millisToSamples(speech.after().gapMillis()) / speech.speed());
        short[] samples = new short[voiced.length + gap];
        System.arraycopy(voiced, 0, samples, 0, voiced.length);
        return new AudioChunk(samples, ids.length, speech.words().stream().map(clock::time).toList());
    }
}
