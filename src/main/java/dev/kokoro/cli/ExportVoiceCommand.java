package dev.kokoro.cli;

import dev.kokoro.Kokoro;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kokoro export-voice}: a voice or blend as a PyTorch voice pack that every Kokoro tool loads. */
@Command(name = "export-voice", mixinStandardHelpOptions = true,
        description = "Write a voice or blend as a .pt voice pack (a [510, 1, 256] float32 tensor) that "
                + "Kokoro's Python package, Kokoro-FastAPI and this server load.")
final class ExportVoiceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VOICE", description = "A voice id, blend such as af_bella(2)+af_sky, "
            + "or saved voice.")
    String voice;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .pt file to write.")
    Path output;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws IOException {
        try (Kokoro kokoro = model.load()) {
            AtomicFile.write(output, out -> kokoro.exportVoice(voice, out));
        }
        spec.commandLine().getErr().println("voice " + voice + " → " + output);
        return ExitCodes.OK;
    }
}
