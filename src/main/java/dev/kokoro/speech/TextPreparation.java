package dev.kokoro.speech;

import dev.kokoro.audio.Pcm;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.text.Language;
import dev.kokoro.text.SentenceSplitter;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.RateSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.Segment;
import dev.kokoro.text.markup.TextSegment;
import dev.kokoro.text.markup.VoiceSegment;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.voice.Voice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns parsed input into the plan of a synthesis, item by item: each text segment is normalized
 * and split into sentences, each sentence phonemized (custom pronunciations used verbatim) and
 * packed into chunks by a {@link ChunkPlanner}. A speaker tag ends the current model call and goes on with
 * another voice (and its language's pipeline) or pace. Every written word is marked before its first phoneme
 * ({@link SegmentWords}), so each model call knows which of its tokens say which word. Items are handed
 * over as soon as they are known, so the first can be synthesized while the rest of the text is being
 * prepared. Not thread-safe: one instance per synthesis.
 */
final class TextPreparation {
    private final Function<Language, G2P> g2ps;
    private final Function<String, Voice> voices;
    private final PhonemeVocab vocab;
    private final TextNormalizer normalizer;
    private final NormalizationOptions options;
    private final Speaker requested;
    private final ChunkPlanner planner;
    private final Consumer<PlannedItem> sink;
    private final StringBuilder sentence = new StringBuilder();
    /** The words whose marks are on their way through the planner, in order. */
    private final Deque<CaptionWord> markedWords = new ArrayDeque<>();
    /** Words of chunks that had no sound, waiting for the next item to be heard at its start. */
    private final List<CaptionWord> unvoiced = new ArrayList<>();
    private boolean produced;
    private Speaker speaker;
    private G2P g2p;
    private SentenceSplitter splitter;

    /**
     * @param g2ps      the G2P of each language (a speaker tag may switch language)
     * @param voices    resolves the voice a speaker tag names (aliases included)
     * @param requested the request's own voice, language and speed
     */
    TextPreparation(Function<Language, G2P> g2ps, Function<String, Voice> voices, PhonemeVocab vocab,
            TextNormalizer normalizer, NormalizationOptions options, Speaker requested, ChunkPlanner planner,
            Consumer<PlannedItem> sink) {
        this.g2ps = g2ps;
        this.voices = voices;
        this.vocab = vocab;
        this.normalizer = normalizer;
        this.options = options;
        this.requested = requested;
        this.planner = planner;
        this.sink = sink;
        speakAs(requested);
    }

    /**
     * Prepares every segment and ends the plan.
     *
     * @throws InvalidInputException when nothing in the input can be spoken
     */
    void run(List<Segment> segments) {
        for (Segment segment : segments) {
            switch (segment) {
                case PauseSegment pause -> {
                    endCall();
                    sink.accept(new PlannedItem.Pause(Pcm.millisToSamples(pause.duration().toMillis()), takeUnvoiced()));
                    produced = true;
                }
                case PhonemeSegment custom -> custom(custom);
                case TextSegment text -> text(text);
                case VoiceSegment change -> switchTo(speakerFor(change));
                case RateSegment change -> switchTo(speaker.withSpeed(requested.speed() * change.factor()));
            }
        }
        endSentence(Boundary.SENTENCE);
        emit(planner.flush());
        if (!produced) {
            throw new InvalidInputException("The input has nothing that can be spoken.", "input", "nothing_to_speak");
        }
        if (!unvoiced.isEmpty()) {
            sink.accept(new PlannedItem.Pause(0, takeUnvoiced()));
        }
    }

    private void custom(PhonemeSegment custom) {
        String phonemes = vocab.keepKnown(custom.phonemes());
        if (custom.word().isBlank()) {
            append(phonemes);
        } else {
            markedWords.add(new CaptionWord(custom.word().strip(), null, custom.word().strip()));
            append(WordMark.MARK + phonemes);
        }
    }

    /** The current speaker with the tag's voice, and that voice's language. */
    private Speaker speakerFor(VoiceSegment change) {
        if (change.voice().isEmpty()) {
            return speaker.withVoice(requested.voice(), requested.language());
        }
        Voice voice = voices.apply(change.voice().get());
        return speaker.withVoice(voice, voice.language());
    }

    /** Ends what the previous speaker was saying: a new speaker starts a new model call. */
    private void switchTo(Speaker next) {
        endCall();
        speakAs(next);
    }

    /** Sends what is pending as a model call of its own, before a pause or a change of speaker. */
    private void endCall() {
        endSentence(Boundary.WORD);
        emit(planner.flush());
    }

    private void speakAs(Speaker next) {
        if (g2p == null || next.language() != speaker.language()) {
            g2p = g2ps.apply(next.language());
            splitter = new SentenceSplitter(next.language());
        }
        speaker = next;
    }

    private void text(TextSegment text) {
        String normalized = normalizer.normalize(text.text(), speaker.language(), options);
        SegmentWords words = SegmentWords.align(text.text(), normalized);
        List<String> pieces = splitter.split(normalized);
        int end = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            int start = Math.max(end, normalized.indexOf(piece, end));
            end = start + piece.length();
            // G2Ps keep to the vocabulary; filtering again is cheap and keeps word marks in step with token ids.
            append(words.mark(vocab.keepKnown(g2p.phonemize(piece)), start, end, markedWords));
            if (i < pieces.size() - 1 || SentenceSplitter.endsSentence(piece)) {
                endSentence(piece.endsWith("\n") ? Boundary.PARAGRAPH : Boundary.SENTENCE);
            }
        }
        for (CaptionWord word : words.rest()) {
            markedWords.add(word);
            sentence.append(WordMark.MARK);
        }
    }

    private void append(String phonemes) {
        String p = phonemes.strip();
        if (!p.isEmpty()) {
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append(p);
        }
    }

    private void endSentence(Boundary boundary) {
        String phonemes = sentence.toString();
        sentence.setLength(0);
        emit(planner.add(phonemes, boundary));
    }

    private void emit(List<PlannedChunk> chunks) {
        for (PlannedChunk chunk : chunks) {
            WordMark.Stripped stripped = WordMark.strip(chunk.phonemes());
            String phonemes = stripped.phonemes();
            List<CaptionWord> here = new ArrayList<>(stripped.marks().size());
            for (int i = 0; i < stripped.marks().size(); i++) {
                here.add(markedWords.poll());
            }
            if (PhonemeSymbols.hasSound(phonemes)) {
                List<WordSpan> spans = new ArrayList<>();
                takeUnvoiced().forEach(w -> spans.add(new WordSpan(w, 0, 0)));
                spans.addAll(spans(here, stripped));
                sink.accept(new PlannedItem.Speech(phonemes, vocab.encode(phonemes), chunk.after(), spans,
                        speaker.voice(), speaker.speed()));
                produced = true;
            } else {
                unvoiced.addAll(here);
            }
        }
    }

    /** Each word's tokens: from its mark to the next, without the spaces and punctuation at either edge. */
    private static List<WordSpan> spans(List<CaptionWord> words, WordMark.Stripped stripped) {
        int[] symbols = stripped.phonemes().codePoints().toArray();
        List<WordSpan> spans = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            int from = stripped.marks().get(i);
            int to = i + 1 < words.size() ? stripped.marks().get(i + 1) : symbols.length;
            while (to > from && PhonemeSymbols.isBetweenWords(symbols[to - 1])) {
                to--;
            }
            while (from < to && PhonemeSymbols.isBetweenWords(symbols[from])) {
                from++;
            }
            spans.add(new WordSpan(words.get(i), from, to));
        }
        return spans;
    }

    private List<CaptionWord> takeUnvoiced() {
        List<CaptionWord> words = List.copyOf(unvoiced);
        unvoiced.clear();
        return words;
    }
}
