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
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns parsed input into the plan of a synthesis, item by item: each text segment is normalized
 * and split into sentences, each sentence phonemized (custom pronunciations used verbatim) and
 * packed into chunks by a {@link ChunkPlanner}. Items are handed over as soon as they are known,
 * so the first can be synthesized while the rest of the text is being prepared.
 * Not thread-safe: one instance per synthesis.
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
                    sink.accept(new PlannedItem.Pause(Pcm.millisToSamples(pause.duration().toMillis())));
                    produced = true;
                }
                case PhonemeSegment custom -> append(custom.phonemes());
                case TextSegment text -> {
                    List<String> pieces = splitter.split(normalizer.normalize(text.text(), language, options));
                    for (int i = 0; i < pieces.size(); i++) {
                        String piece = pieces.get(i);
                        append(g2p.phonemize(piece));
                        if (i < pieces.size() - 1 || SentenceSplitter.endsSentence(piece)) {
                            endSentence(piece.endsWith("\n") ? Boundary.PARAGRAPH : Boundary.SENTENCE);
                        }
                    }
                }
            }
        }
        endSentence(Boundary.SENTENCE);
        emit(planner.flush());
        if (!produced) {
            throw new InvalidInputException("The input has nothing that can be spoken.", "input", "nothing_to_speak");
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

    /**
     * Whether phonemes hold a sound and not only punctuation, stress or length marks: a chunk of
     * "…" alone would make the model produce a short burst of noise.
     */
    private static boolean hasSound(String phonemes) {
        return phonemes.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.getType(c) != Character.MODIFIER_LETTER);
    }

    private void emit(List<PlannedChunk> chunks) {
        for (PlannedChunk chunk : chunks) {
            String phonemes = vocab.keepKnown(chunk.phonemes());
            int[] ids = vocab.encode(phonemes);
            if (hasSound(phonemes)) {
                sink.accept(new PlannedItem.Speech(phonemes, ids, chunk.after()));
                produced = true;
            }
        }
    }
}
