package dev.kokoro.testing;

import dev.kokoro.g2p.PhonemeVocab;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Kokoro v1.0's phoneme vocabulary, the {@code vocab} of its config.json copied into the test resources so that
 * the G2P unit tests run without the shared assets. TestVocabTest checks the copy against the assets' config.
 */
public final class TestVocab {
    private static final String RESOURCE = "/g2p/kokoro-vocab.json";

    private TestVocab() {
    }

    public static PhonemeVocab kokoro() {
        return PhonemeVocab.load(file());
    }

    /** The copy, a JSON object holding {@code vocab} as config.json does. */
    public static Path file() {
        URL url = TestVocab.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Missing test resource " + RESOURCE);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
