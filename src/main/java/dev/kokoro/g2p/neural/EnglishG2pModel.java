package dev.kokoro.g2p.neural;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained grapheme-to-phoneme model for English words the lexicon does not know (trained by
 * {@code scripts/g2p-train/train.py} on misaki's lexicons, shipped in the jar as {@value #RESOURCE}).
 *
 * <p>A transformer encoder reads the word's letters and gives every letter a few output frames; per
 * dialect, the graph returns the best symbol of each frame, and the word's phonemes are those symbols with
 * repeats collapsed and blanks dropped (greedy CTC decoding). One ONNX Runtime call per word, no decoding
 * loop. The alphabets come from the model file's metadata, so a retrained model needs no code change.
 *
 * <p>Output is raw: stress marks as the model placed them, not yet checked for one primary stress.
 *
 * <p>Thread-safe: an {@link OrtSession} may be run from many threads at once.
 */
public final class EnglishG2pModel {
    static final String RESOURCE = "/g2p/english-g2p.onnx";
    private static final Logger log = LoggerFactory.getLogger(EnglishG2pModel.class);
    private static final int BOS = 1;
    private static final int EOS = 2;
    private static final int FIRST_LETTER = 3;
    private static volatile EnglishG2pModel shared;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String letters;
    private final String symbols;
    private final int maxLetters;

    private EnglishG2pModel(byte[] model) throws OrtException {
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // A word is a few dozen frames: one thread is fastest, and leaves the cores to the speech model.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model, options);
        }
        Map<String, String> metadata = session.getMetadata().getCustomMetadata();
        this.letters = required(metadata, "letters");
        this.symbols = required(metadata, "symbols");
        this.maxLetters = Integer.parseInt(required(metadata, "max_letters"));
    }

    /** The model shipped in the jar, loaded once on first use (a few hundred milliseconds at most). */
    public static EnglishG2pModel shared() {
        EnglishG2pModel model = shared;
        if (model == null) {
            synchronized (EnglishG2pModel.class) {
                model = shared;
                if (model == null) {
                    model = shared = load();
                }
            }
        }
        return model;
    }

    /** A new instance of the model shipped in the jar; servers use {@link #shared()}. */
    public static EnglishG2pModel load() {
        long start = System.nanoTime();
        try (InputStream in = EnglishG2pModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The English G2P model " + RESOURCE + " is missing from the classpath");
            }
            EnglishG2pModel model = new EnglishG2pModel(in.readAllBytes());
            log.info("Loaded the English G2P model in {} ms", (System.nanoTime() - start) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The word's phonemes in misaki's symbols, or null when the model cannot read it: a letter outside its
     * alphabet (digits, accented letters), or longer than it was trained on. Case is ignored.
     */
    public String phonemes(String word, boolean british) {
        long[] ids = encode(word.toLowerCase(Locale.ROOT));
        if (ids == null) {
            return null;
        }
        String dialect = british ? "gb" : "us";
        try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length});
             OrtSession.Result result = session.run(Map.of("letters", input), Set.of(dialect))) {
            long[] frames = (long[]) result.get(dialect).orElseThrow().getValue();
            return decode(frames);
        } catch (OrtException e) {
            throw new IllegalStateException("The English G2P model failed on \"" + word + "\": " + e.getMessage(), e);
        }
    }

    private long[] encode(String word) {
        if (word.isEmpty() || word.length() > maxLetters) {
            return null;
        }
        long[] ids = new long[word.length() + 2];
        ids[0] = BOS;
        for (int i = 0; i < word.length(); i++) {
            int letter = letters.indexOf(word.charAt(i));
            if (letter < 0) {
                return null;
            }
            ids[i + 1] = FIRST_LETTER + letter;
        }
        ids[ids.length - 1] = EOS;
        return ids;
    }

    /** Greedy CTC: a symbol per run of equal frames, blanks (0) dropped. */
    private String decode(long[] frames) {
        StringBuilder out = new StringBuilder(frames.length);
        long previous = 0;
        for (long id : frames) {
            if (id != previous && id != 0) {
                out.append(symbols.charAt((int) id - 1));
            }
            previous = id;
        }
        return out.toString();
    }

    private static String required(Map<String, String> metadata, String key) {
        String value = metadata.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("The English G2P model has no \"" + key + "\" metadata");
        }
        return value;
    }
}
