package dev.kokoro.cli;

import dev.kokoro.Kokoro;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the offline verbs load Kokoro from: the settings of {@code KOKORO_HOME} (its config files and
 * {@code KOKORO_*} variables, as the server reads them), with {@code --model} and {@code --set} on top.
 */
final class ModelOptions {
    @Option(names = "--model", paramLabel = "FILE", description = "ONNX model file (setting 'model').")
    Path model;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any other setting, e.g. --set threads=2 (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Loads the model and voices, with the log kept off the terminal. */
    Kokoro load() {
        CliLogging.quiet();
        Kokoro.Builder builder = Kokoro.builder();
        settings.forEach(builder::setting);
        if (model != null) {
            builder.model(model);
        }
        return builder.build();
    }
}
