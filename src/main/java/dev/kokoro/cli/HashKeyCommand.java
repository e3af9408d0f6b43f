package dev.kokoro.cli;

import dev.kokoro.auth.KeyHash;
import dev.kokoro.error.InvalidInputException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kokoro hash-key}: the line of the keys file ({@code api-keys-file}) for a key read from standard input, so
 * that the key itself is never stored, nor seen in the process list as an argument would be.
 */
@Command(name = "hash-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read an API key from standard input; print its line for the keys file (api-keys-file).",
                "Example: openssl rand -hex 24 | tee alice.key | kokoro hash-key --name alice >> config/keys.txt"})
final class HashKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for the key, shown in logs instead of it.")
    String name;

    @Option(names = "--requests-per-minute", paramLabel = "N", description = "This key's own limit (0: none).")
    Integer requestsPerMinute;

    @Option(names = "--chars-per-day", paramLabel = "N", description = "This key's own limit (0: none).")
    Long charsPerDay;

    @Option(names = "--concurrent-streams", paramLabel = "N", description = "This key's own limit (0: none).")
    Integer concurrentStreams;

    @Override
    public Integer call() throws Exception {
        String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("No key on standard input: pipe one in (echo \"$KEY\" | kokoro hash-key).",
                    null, "missing_key");
        }
        StringBuilder line = new StringBuilder();
        try {
            line.append(KeyHash.line(key.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unusable key: " + e.getMessage() + ".", null, "invalid_key");
        }
        if (name != null) {
            if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidInputException("--name must be one word, without spaces.", "name", "invalid_name");
            }
            line.append(" name=").append(name);
        }
        appendLimit(line, "requests-per-minute", requestsPerMinute);
        appendLimit(line, "chars-per-day", charsPerDay);
        appendLimit(line, "concurrent-streams", concurrentStreams);
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        return ExitCodes.OK;
    }

    private static void appendLimit(StringBuilder line, String field, Number limit) {
        if (limit == null) {
            return;
        }
        if (limit.longValue() < 0) {
            throw new InvalidInputException("--" + field + " cannot be negative.", field, "invalid_limit");
        }
        line.append(' ').append(field).append('=').append(limit);
    }
}
