package dev.kokoro.cli;

import dev.kokoro.Kokoro;
import dev.kokoro.SpeechChunk;
import dev.kokoro.SpeechChunks;
import dev.kokoro.SpeechOptions;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.error.InvalidInputException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kokoro generate}: speaks a text into an audio file, or to standard output while it is made. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Speak a text into an audio file, or stream it to standard output as it is made.")
final class GenerateCommand implements Callable<Integer> {
    static final String DEFAULT_OUTPUT = "tts_output.wav";
    private static final String STDOUT = "-";
    /** Shorter texts are done before a progress bar would tell anything. */
    private static final int PROGRESS_MIN_CHARS = 300;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to speak (or use --file).")
    String text;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Read the text from FILE (UTF-8); - reads standard input.")
    String file;

    @Option(names = {"-v", "--voice"}, paramLabel = "VOICE", defaultValue = "af_heart",
            description = "Voice id, blend such as af_bella(2)+af_sky, or saved voice (default: ${DEFAULT-VALUE}).")
    String voice;

    @Option(names = {"-s", "--speed"}, paramLabel = "RATE", defaultValue = "1.0",
            description = "Speaking rate, 0.25 to 4 (default: ${DEFAULT-VALUE}).")
    float speed;

    @Option(names = {"-l", "--lang"}, paramLabel = "CODE",
            description = "Read the words in this language: a, b, e, f, h, i, j, p, z or en-us, en-gb, ... "
                    + "(default: the voice's).")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "mp3, opus, aac, flac, wav or pcm (default: from the output's extension, else wav).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = DEFAULT_OUTPUT,
            description = "The audio file; - streams to standard output as it is made (default: ${DEFAULT-VALUE}).")
    String output;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String input = input();
        AudioFormat audioFormat = audioFormat();
        SpeechOptions options = SpeechOptions.DEFAULTS.withSpeed(speed).withLanguage(lang);
        PrintWriter err = spec.commandLine().getErr();
        try (Kokoro kokoro = model.load()) {
            long start = System.nanoTime();
            double seconds;
            if (output.equals(STDOUT)) {
                OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
                try (StreamedAudio audio = new StreamedAudio(audioFormat, stdout)) {
                    seconds = speak(kokoro, input, options, audio::add, err);
                    audio.finish();
                } catch (IOException e) {
                    if (!isBrokenPipe(e)) {
                        throw e;
                    }
                    // The reader went away (`kokoro generate -o - | head -c 1000`): for a filter in a pipeline
                    // that is the end of the job, not a failure; leaving the loop cancelled the synthesis.
                    return ExitCodes.OK;
                }
            } else {
                // Written once complete: the header (a WAV's, a FLAC's) states the exact length, and the file
                // appears under its name only when whole.
                PcmJoiner audio = new PcmJoiner();
                seconds = speak(kokoro, input, options, audio::add, err);
                AtomicFile.write(Path.of(output), out -> AudioOutput.of(audioFormat).encodeWhole(audio.joined(), out));
            }
            err.println(Summary.line(seconds, Summary.secondsSince(start),
                    output.equals(STDOUT) ? "standard output" : output));
        }
        return ExitCodes.OK;
    }

    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    /** Where each chunk's samples go. */
    private interface ChunkSink {
        void add(short[] samples) throws IOException;
    }

    /** Speaks the text chunk by chunk into the sink, with a progress bar for a long text; returns its seconds. */
    private double speak(Kokoro kokoro, String input, SpeechOptions options, ChunkSink sink, PrintWriter err)
            throws IOException, InterruptedException {
        try (ProgressBar bar = ProgressBar.onTerminal(err, input.length() >= PROGRESS_MIN_CHARS);
                SpeechChunks chunks = kokoro.stream(input, voice, options)) {
            for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                sink.add(chunk.samples());
                bar.show(chunks.progress(), String.format(Locale.ROOT, "%.1f s of audio", chunks.seconds()));
            }
            return chunks.seconds();
        }
    }

    private String input() {
        if ((text == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), text == null
                    ? "Give the text to speak, or --file FILE (- for standard input)"
                    : "Give the text or --file, not both");
        }
        return text != null ? text : InputText.read(file);
    }

    /** --format, else the output file's extension when it names a format, else WAV. */
    private AudioFormat audioFormat() {
        if (format != null) {
            try {
                return AudioFormat.parse(format, "format");
            } catch (InvalidInputException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
        Path file = Path.of(output).getFileName();
        String name = file == null ? "" : file.toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (extension.equals("ogg")) {
            return AudioFormat.OPUS; // Ogg Opus is what the opus encoder writes
        }
        for (AudioFormat candidate : AudioFormat.values()) {
            if (candidate.id().equals(extension)) {
                return candidate;
            }
        }
        return AudioFormat.WAV;
    }
}
