package dev.kokoro.g2p;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English part-of-speech tagging with Apache OpenNLP's Universal Dependencies model (trained on the English
 * Web Treebank, shipped in the {@code opennlp-models-pos-en} jar). It answers coarse UPOS tags (NOUN, VERB,
 * AUX, ADJ, PROPN, DET...), not Penn tags: the model knows no tense, so {@link PartOfSpeech} works the finer
 * verb forms out from context.
 *
 * <p>Thread-safety: the model is immutable and shared; an OpenNLP {@link POSTaggerME} keeps per-call state, so
 * each call borrows one from a pool and returns it, and the pool grows to the peak number of concurrent
 * callers.
 */
public final class EnglishPosTagger {
    private static final Logger log = LoggerFactory.getLogger(EnglishPosTagger.class);
    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile EnglishPosTagger shared;

    private final POSModel model;
    private final ConcurrentLinkedQueue<POSTaggerME> idle = new ConcurrentLinkedQueue<>();

    private EnglishPosTagger(POSModel model) {
        this.model = model;
    }

    /** The process-wide tagger, loading the model (about 1 MB, a few hundred milliseconds) on first use. */
    public static EnglishPosTagger shared() {
        EnglishPosTagger instance = shared;
        if (instance == null) {
            synchronized (EnglishPosTagger.class) {
                instance = shared;
                if (instance == null) {
                    instance = new EnglishPosTagger(loadModel());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    private static POSModel loadModel() {
        long start = System.nanoTime();
        try (InputStream in = EnglishPosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP English POS model " + MODEL_RESOURCE
                        + " is not on the classpath (dependency org.apache.opennlp:opennlp-models-pos-en)");
            }
            POSModel model = new POSModel(in);
            log.info("Loaded the English POS model in {} ms", (System.nanoTime() - start) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP English POS model", e);
        }
    }

    /**
     * One UPOS tag per token (words and punctuation marks, in order). A contraction the model tags as two
     * parts ({@code AUX+PART} for "don't") gets the first part.
     */
    public String[] tag(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new String[0];
        }
        POSTaggerME tagger = idle.poll();
        if (tagger == null) {
            tagger = new POSTaggerME(model, POSTagFormat.UD);
        }
        try {
            String[] tags = tagger.tag(tokens.toArray(String[]::new));
            for (int i = 0; i < tags.length; i++) {
                int plus = tags[i].indexOf('+');
                if (plus > 0) {
                    tags[i] = tags[i].substring(0, plus);
                }
            }
            return tags;
        } finally {
            idle.offer(tagger);
        }
    }
}
