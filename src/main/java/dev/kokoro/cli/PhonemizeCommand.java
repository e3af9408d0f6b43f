package dev.kokoro.cli;

import dev.kokoro.Kokoro;
import dev.kokoro.error.InvalidInputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kokoro phonemize}: the phonemes the model would be given for a text. */
@Command(name = "phonemize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the phonemes the model would be given for a text (normalized, as spoken).")
final class PhonemizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The text; - reads it from standard input.")
    String text;

    @Option(names = {"-l", "--lang"}, paramLabel = "CODE", defaultValue = "a",
            description = "Language: a, b, e, f, h, i, j, p, z or en-us, en-gb, ... (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        String input = text.equals(InputText.STDIN) ? InputText.read(InputText.STDIN) : text;
        if (input.isBlank()) {
            throw new InvalidInputException("The text is empty.", "text", "empty_input");
        }
        String phonemes;
        try (Kokoro kokoro = model.load()) {
            phonemes = kokoro.phonemize(input, lang);
        }
        spec.commandLine().getOut().println(phonemes);
        return ExitCodes.OK;
    }
}
