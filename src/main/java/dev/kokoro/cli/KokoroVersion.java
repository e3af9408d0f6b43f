package dev.kokoro.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code kokoro --version} prints: the pom's version, which the build writes into a resource so that it
 * holds whether the classes run from the jar or from target/classes (tests, IDEs).
 */
public final class KokoroVersion implements IVersionProvider {
    private static final String RESOURCE = "/kokoro-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"kokoro-server " + current()};
    }

    /** The project's version, as the pom names it. */
    public static String current() {
        Properties build = new Properties();
        try (InputStream in = KokoroVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + ": the build is incomplete");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filled in by the build: " + version);
        }
        return version.strip();
    }
}
