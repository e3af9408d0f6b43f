import dev.kokoro.GeneratedSpeech;
import dev.kokoro.Kokoro;
import dev.kokoro.SpeechChunk;
import dev.kokoro.SpeechChunks;
import dev.kokoro.SpeechOptions;
import dev.kokoro.WordTime;
import dev.kokoro.audio.AudioFormat;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kokoro inside a Java program: {@code java -cp kokoro-server.jar:lib/* HelloKokoro [home] [out.wav]}, where home
 * is the folder scripts/fetch-assets filled (models/, voices/, config/).
 */
public final class HelloKokoro {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        Path out = Path.of(args.length > 1 ? args[1] : "hello.wav");
        try (Kokoro kokoro = Kokoro.load(home)) {
            // The whole audio at once, with the time of every word.
            GeneratedSpeech speech = kokoro.generate("Hello from Kokoro, inside a Java program.",
                    "af_bella(2)+af_sky", SpeechOptions.DEFAULTS.withSpeed(1.1f));
            Files.write(out, speech.encode(AudioFormat.WAV));
            for (WordTime word : speech.words()) {
                System.out.printf("%6.2f %6.2f  %s%n", word.start(), word.end(), word.word());
            }

            // Chunks as they are made: hand each to a player; cancel() stops the rest.
            try (SpeechChunks chunks = kokoro.stream("A longer text is spoken piece by piece. The first piece "
                    + "comes quickly, while the others are still being made.", "bf_emma", SpeechOptions.DEFAULTS)) {
                for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    System.out.printf("chunk %d: %.2f s from %.2f s%n", chunk.index(), chunk.seconds(),
                            chunk.startSeconds());
                }
            }
        }
    }
}
