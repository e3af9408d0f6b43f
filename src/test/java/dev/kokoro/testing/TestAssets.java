package dev.kokoro.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the Kokoro assets of this workplace: the folder named by
 * {@code KOKORO_TEST_ASSETS}, else {@code ../shared/assets} beside the checkout.
 */
public final class TestAssets {
    private TestAssets() {
    }

    public static Path root() {
        String env = System.getenv("KOKORO_TEST_ASSETS");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "assets");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Test assets not found at " + root.toAbsolutePath()
                    + "; set KOKORO_TEST_ASSETS to the folder holding models/, voices/, lexicons/");
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path voices() {
        return root().resolve("voices");
    }

    public static Path voice(String id) {
        return voices().resolve(id + ".pt");
    }

    public static Path modelConfig() {
        return root().resolve("model-config/config.json");
    }

    public static Path lexicons() {
        return root().resolve("lexicons");
    }

    /** The 2 000 English words held out of the G2P model's training: {@code ../shared/g2p/} beside the assets. */
    public static Path g2pEvaluationWords() {
        return root().resolveSibling("g2p").resolve("evaluation-words.txt");
    }

    public static Path miniModel(String signature) {
        return switch (signature) {
            case "A" -> root().resolve("models/mini/kokoro-twin-mini-A-durations.onnx");
            case "B" -> root().resolve("models/mini/kokoro-twin-mini-B.onnx");
            case "C" -> root().resolve("models/mini/kokoro-twin-mini-C.onnx");
            default -> throw new IllegalArgumentException("no mini twin with signature " + signature);
        };
    }

    public static Path fullModel() {
        return root().resolve("models/kokoro-twin-v1.0.onnx");
    }
}
