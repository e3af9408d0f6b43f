package dev.kokoro.api;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The model names clients may send. They all run the one Kokoro model this server loaded: the
 * OpenAI names exist so that SDKs and tools written for OpenAI work unchanged.
 */
final class ModelCatalog {
    /** Listed by {@code GET /v1/models}. */
    static final List<String> LISTED = List.of("kokoro", "tts-1", "tts-1-hd", "gpt-4o-mini-tts");
    /** OpenAI's dated snapshots, e.g. {@code gpt-4o-mini-tts-2025-03-20}. */
    private static final Pattern DATED = Pattern.compile("gpt-4o-mini-tts-\\d{4}-\\d{2}-\\d{2}");

    private ModelCatalog() {
    }

    static boolean knows(String id) {
        String v = id.toLowerCase(Locale.ROOT);
        return LISTED.contains(v) || DATED.matcher(v).matches();
    }

    static String require(String id) {
        if (!knows(id)) {
            throw new NotFoundException("The model " + ClientText.quote(id) + " does not exist. Use one of " + LISTED
                    + " (or a dated gpt-4o-mini-tts name).", "model", "model_not_found");
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
