package dev.kokoro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A subprocess run to its end, its standard output and error kept through temporary files (so neither pipe can
 * fill and stall it), or an {@link AssertionError} when it outlives its time.
 *
 * @param exitCode its exit status
 * @param stdout the bytes it wrote on standard output
 * @param stderr standard error, as text
 */
public record FinishedProcess(int exitCode, byte[] stdout, String stderr) {
    /** Starts {@code builder} (its output redirected here) and waits for it; {@code what} names it in a timeout. */
    public static FinishedProcess run(ProcessBuilder builder, String what, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("process-stdout-", ".bin");
            Path err = Files.createTempFile("process-stderr-", ".txt");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(what + " did not finish in " + timeoutSeconds + " s");
                }
                return new FinishedProcess(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
