package dev.kokoro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label files of a dataset, in input order: {@code labels.json} (a list of {@code audio_file, text,
 * duration, speaker_id}) and LJSpeech's {@code metadata.csv} ({@code id|text|normalized text}, no header).
 */
final class DatasetLabels {
    static final String LABELS = "labels.json";
    static final String METADATA = "metadata.csv";

    private DatasetLabels() {
    }

    /**
     * One audio file and what it says.
     *
     * @param id         the file's name without {@code .wav}, LJSpeech's id
     * @param audioFile  the file, relative to the dataset folder
     * @param normalized the text as the normalizer spelled it out
     * @param duration   seconds
     * @param speakerId  the voice
     */
    record Entry(String id, String audioFile, String text, String normalized, double duration, String speakerId) {
    }

    /** What a file of an earlier run says, by its {@code audio_file}. */
    record Said(String text, String speakerId) {
    }

    /**
     * What the files of the last completed run say, from its {@code labels.json}; empty when there is none
     * (a first run, or one stopped before its end) or it cannot be read.
     */
    static Map<String, Said> previous(Path dir) {
        Path labels = dir.resolve(LABELS);
        Map<String, Said> said = new HashMap<>();
        if (!Files.isRegularFile(labels)) {
            return said;
        }
        try {
            for (JsonNode label : new ObjectMapper().readTree(labels.toFile())) {
                said.put(label.path("audio_file").asText(), new Said(label.path("text").asText(),
                        label.path("speaker_id").asText()));
            }
        } catch (IOException e) {
            said.clear(); // an unreadable label file contradicts nothing
        }
        return said;
    }

    static void write(Path dir, List<Entry> entries) throws IOException {
        List<Map<String, Object>> labels = entries.stream().map(DatasetLabels::label).toList();
        byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(labels);
        AtomicFile.write(dir.resolve(LABELS), out -> out.write(json));
        StringBuilder csv = new StringBuilder();
        for (Entry entry : entries) {
            csv.append(entry.id()).append('|').append(field(entry.text())).append('|')
                    .append(field(entry.normalized())).append('\n');
        }
        AtomicFile.write(dir.resolve(METADATA), out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> label(Entry entry) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("audio_file", entry.audioFile());
        label.put("text", entry.text());
        label.put("duration", Math.round(entry.duration() * 1000) / 1000.0);
        label.put("speaker_id", entry.speakerId());
        return label;
    }

    /** LJSpeech's format has no quoting: a {@code |} inside a text would start a new field. */
    private static String field(String text) {
        return text.replace('|', ' ');
    }
}
