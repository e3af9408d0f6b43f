package dev.kokoro.g2p;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Kokoro's phoneme symbols and their token ids, as the model's {@code config.json} lists them. */
public final class PhonemeVocab {
    private final Map<Integer, Integer> idsByCodePoint;

    public PhonemeVocab(Map<Integer, Integer> idsByCodePoint) {
        this.idsByCodePoint = Map.copyOf(idsByCodePoint);
    }

    /** Reads the {@code vocab} object of a Kokoro {@code config.json}. */
    public static PhonemeVocab load(Path configJson) {
        try {
            JsonNode vocab = new ObjectMapper().readTree(configJson.toFile()).path("vocab");
            if (!vocab.isObject() || vocab.isEmpty()) {
                throw new IllegalArgumentException(configJson + " has no \"vocab\" object");
            }
            Map<Integer, Integer> ids = new HashMap<>();
            vocab.properties().forEach(e -> {
                String symbol = e.getKey();
                if (symbol.codePointCount(0, symbol.length()) != 1) {
                    throw new IllegalArgumentException(configJson + ": vocab key '" + symbol + "' is not one symbol");
                }
                ids.put(symbol.codePointAt(0), e.getValue().asInt());
            });
            return new PhonemeVocab(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model config " + configJson, e);
        }
    }

    public boolean contains(int codePoint) {
        return idsByCodePoint.containsKey(codePoint);
    }

    /** The token id of a symbol, or -1 when the symbol is not in the vocabulary. */
    public int idOf(int codePoint) {
        return idsByCodePoint.getOrDefault(codePoint, -1);
    }

    /** The token ids of these phonemes, skipping symbols the model does not know. */
    public int[] encode(String phonemes) {
        return phonemes.codePoints().map(this::idOf).filter(id -> id >= 0).toArray();
    }

    /**
     * The phonemes with every symbol the model does not know removed, and the spaces a removed word leaves
     * behind collapsed to one (none at either end).
     */
    public String keepKnown(String phonemes) {
        StringBuilder out = new StringBuilder(phonemes.length());
        phonemes.codePoints().filter(this::contains).forEach(cp -> {
            boolean repeatedSpace = cp == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ');
            if (!repeatedSpace) {
                out.appendCodePoint(cp);
            }
        });
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }
}
