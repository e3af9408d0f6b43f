package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /web studio in a real browser against the real server: {@code src/test/web/studio.browser.mjs} drives
 * headless Chromium (Debian's, through playwright-core) through the page, and the page's own modules have
 * unit tests run by Node. Chromium, Node, npm and ffmpeg are required: a machine without them fails here
 * rather than skipping (scripts/test installs them).
 */
@EndToEnd
class WebStudioTest {
    private static final Logger log = LoggerFactory.getLogger(WebStudioTest.class);
    private static final Path WEB_TESTS = Path.of("src", "test", "web").toAbsolutePath();
    private static final Path ARTIFACTS = Path.of("target", "web-artifacts").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    @BeforeAll
    static void toolsAndPackages() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is needed at " + CHROMIUM
                + " (Debian package chromium; scripts/test installs it, or set CHROMIUM)").isTrue();
        for (String tool : List.of("node", "npm", "ffmpeg", "ffprobe")) {
            requireCommand(tool);
        }
        if (!Files.isDirectory(WEB_TESTS.resolve("node_modules"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as("npm ci in " + WEB_TESTS + ":\n" + install.output()).isZero();
        }
        Files.createDirectories(ARTIFACTS);
    }

    @Test
    void theStudioWorksInChromium() throws Exception {
        Run browser = run(List.of("node", "studio.browser.mjs", "http://127.0.0.1:" + server.port(),
                ARTIFACTS.toString()), 600);

        assertThat(browser.exitCode()).as("studio.browser.mjs:\n" + browser.output()).isZero();
        log.info("Studio in Chromium, artifacts in {}:\n{}", ARTIFACTS, browser.output());
        assertThat(ARTIFACTS.resolve("studio-desktop.png")).isNotEmptyFile();
        assertThat(ARTIFACTS.resolve("studio-phone.png")).isNotEmptyFile();
    }

    @Test
    void thePageModulesPassTheirUnitTests() throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "--test"));
        try (Stream<Path> files = Files.list(WEB_TESTS.resolve("unit"))) {
            files.map(Path::toString).filter(f -> f.endsWith(".test.mjs")).sorted().forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(2);

        Run unit = run(command, 120);

        assertThat(unit.exitCode()).as(String.join(" ", command) + ":\n" + unit.output()).isZero();
        assertThat(unit.output()).contains("# fail 0");
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in src/test/web, its output (both streams) kept in a log file beside the artifacts. */
    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(ARTIFACTS);
        Path logFile = ARTIFACTS.resolve(command.get(0) + "-" + command.get(1).replaceAll("\\W", "") + ".log");
        Process process = new ProcessBuilder(command).directory(WEB_TESTS.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n"
                    + Files.readString(logFile, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(logFile, StandardCharsets.UTF_8));
    }

    private static void requireCommand(String tool) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(tool, tool.startsWith("ff") ? "-version" : "--version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
                    .as(tool + " --version fails").isTrue();
        } catch (IOException e) {
            fail(tool + " is needed for the studio's browser test and is not installed (scripts/test installs "
                    + "npm, chromium and ffmpeg with apt-get)", e);
        }
    }
}
