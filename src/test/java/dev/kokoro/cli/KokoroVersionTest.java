package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** kokoro --version tells the version the pom names, which is written nowhere else. */
class KokoroVersionTest {
    /** The project's own version, the one right after its artifactId. */
    private static final Pattern POM_VERSION =
            Pattern.compile("<artifactId>kokoro-server</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void isThePomsVersion() throws Exception {
        Matcher pom = POM_VERSION.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).as("pom.xml names the project's version").isTrue();

        assertThat(KokoroVersion.current()).isEqualTo(pom.group(1));
        assertThat(new KokoroVersion().getVersion()).containsExactly("kokoro-server " + pom.group(1));
    }
}
