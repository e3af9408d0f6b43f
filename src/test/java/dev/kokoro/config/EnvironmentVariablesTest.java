package dev.kokoro.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kokoro.testing.TsvCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Which KOKORO_* environment variables the server warns about, and what it suggests instead. */
class EnvironmentVariablesTest {
    private static final Pattern VARIABLE = Pattern.compile("KOKORO_[A-Z0-9_]*[A-Z0-9]");
    /** Where the project sets or reads variables outside the Java code. */
    private static final List<Path> OUTSIDE_JAVA = List.of(Path.of("scripts"), Path.of("deploy"),
            Path.of("docker-compose.yml"), Path.of("Dockerfile.cpu"), Path.of("Dockerfile.gpu"),
            Path.of("src/main/resources/logback.xml"));

    @TempDir
    Path home;

    static Stream<Arguments> cases() {
        return TsvCases.read("/config/environment-variables.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warnsOnlyAboutVariablesNothingReads(String variable, String expected) {
        List<String> warnings = EnvironmentVariables.warnings(List.of(variable), settingKeys());

        assertThat(warnings).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
    }

    @Test
    void noVariableTheScriptsOrTheDeploymentUseIsWarnedAbout() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path place : OUTSIDE_JAVA) {
            try (Stream<Path> files = Files.walk(place)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = VARIABLE.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group());
                    }
                }
            }
        }

        assertThat(used).contains("KOKORO_HOME", "KOKORO_JDK_DIR", "KOKORO_LOG_LEVEL");
        assertThat(EnvironmentVariables.warnings(used, settingKeys())).isEmpty();
    }

    @Test
    void settingsLogOneWarningPerUnknownVariable() {
        Logger logger = (Logger) LoggerFactory.getLogger(Settings.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            Settings.load(Map.of("KOKORO_HOME", home.toString(), "KOKORO_PROT", "1", "KOKORO_WORKER", "2",
                    "KOKORO_PORT", "8881", "KOKORO_JDK_DIR", "/opt/jdk"), Map.of());
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.WARN);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("KOKORO_PROT").contains("KOKORO_PORT"))
                .anySatisfy(line -> assertThat(line).contains("KOKORO_WORKER").contains("KOKORO_WORKERS"));
    }

    private static Set<String> settingKeys() {
        Properties defaults = new Properties();
        try (InputStream in = EnvironmentVariablesTest.class.getResourceAsStream("/kokoro-defaults.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults.stringPropertyNames();
    }
}
