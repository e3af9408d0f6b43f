package dev.kokoro.speech;

import dev.kokoro.audio.Pcm;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.text.Language;
import dev.kokoro.text.SentenceSplitter;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.Segment;
import dev.kokoro.text.markup.TextSegment;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns parsed input into the plan of a synthesis, item by item: each text segment is normalized
 * and split into sentences, each sentence phonemized (custom pronunciations used verbatim) and
 * packed into chunks by a {@link ChunkPlanner}. Every written word is marked before its first phoneme
 * ({@link SegmentWords}), so each model call knows which of its tokens say which word. Items are handed
 * over as soon as they are known, so the first can be synthesized while the rest of the text is being
 * prepared. Not thread-safe: one instance per synthesis.
 */
final class TextPreparation {
    private final G2P g2p;
    private final PhonemeVocab vocab;
    private final TextNormalizer normalizer;
    private final NormalizationOptions options;
    private final Language language;
    private final ChunkPlanner planner;
    private final Consumer<PlannedItem> sink;
    private final StringBuilder sentence = new StringBuilder();
    /** The words whose marks are on their way through the planner, in order. */
    private final Deque<CaptionWord> markedWords = new ArrayDeque<>();
    /** Words of chunks that had no sound, waiting for the next item to be heard at its start. */
    private final List<CaptionWord> unvoiced = new ArrayList<>();
    private boolean produced;

    TextPreparation(G2P g2p, PhonemeVocab vocab, TextNormalizer normalizer, NormalizationOptions options,
            Language language, ChunkPlanner planner, Consumer<PlannedItem> sink) {
        this.g2p = g2p;
        this.vocab = vocab;
        this.normalizer = normalizer;
        this.options = options;
        this.language = language;
        this.planner = planner;
        this.sink = sink;
    }

    /**
     * Prepares every segment and ends the plan.
     *
     * @throws InvalidInputException when nothing in the input can be spoken
     */
    void run(List<Segment> segments) {
        SentenceSplitter splitter = new SentenceSplitter(language);
        for (Segment segment : segments) {
            switch (segment) {
                case PauseSegment pause -> {
                    endSentence(Boundary.WORD);
                    emit(planner.flush());
                    sink.accept(new PlannedItem.Pause(Pcm.millisToSamples(pause.duration().toMillis()), takeUnvoiced()));
                    produced = true;
                }
                case PhonemeSegment custom -> custom(custom);
                case TextSegment text -> text(text, splitter);
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

    private void text(TextSegment text, SentenceSplitter splitter) {
        String normalized = normalizer.normalize(text.text(), language, options);
        SegmentWords words = SegmentWords.align(text.text(), normalized);
        List<String> pieces = splitter.split(normalized);
        int end = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            int start = Math.max(end, normalized.indexOf(piece, end));
            end = start + piece.length();
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
                sink.accept(new PlannedItem.Speech(phonemes, vocab.encode(phonemes), chunk.after(), spans));
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
