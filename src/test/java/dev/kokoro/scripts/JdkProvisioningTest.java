package dev.kokoro.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/lib/common.sh's ensure_java on a machine whose only Java is 17 (a fake one first on PATH, and no
 * install folders searched): it downloads the JDK archive KOKORO_JDK_URL names, here a tiny fake JDK served from
 * a file:// URL with its published {@code .sha256.txt} beside it, into KOKORO_JDK_DIR, and refuses it when the
 * sums differ.
 */
class JdkProvisioningTest {
    private static final String FAKE_JDK = "jdk-21.0.99+1";
    /** Sources the library as the scripts do, forgets the machine's JDK folders, and reports the JDK chosen. */
    private static final String ENSURE_JAVA = """
            set -euo pipefail
            source "$1/lib/common.sh"
            JAVA_INSTALL_DIRS=()
            ensure_java
            echo "$JAVA_HOME"
            """;

    @TempDir
    Path dir;
    Path archive;
    Path jdkDir;
    Path java17;

    @BeforeEach
    void fakeJdks() throws IOException {
        Path unpacked = fakeJdk(dir.resolve("build").resolve(FAKE_JDK), 21);
        archive = dir.resolve("server").resolve("OpenJDK21U-fake.tar.gz");
        Files.createDirectories(archive.getParent());
        ScriptRun tar = ScriptRun.bash(dir, Map.of(), "tar -czf \"$1\" -C \"$2\" \"$3\"",
                archive.toString(), unpacked.getParent().toString(), FAKE_JDK);
        assertThat(tar.exitCode()).as(tar.stderr()).isZero();
        java17 = fakeJdk(dir.resolve("jdk-17"), 17);
        jdkDir = dir.resolve("checkout").resolve(".jdk");
    }

    @Test
    void aJdkWithThePublishedSumIsInstalledAndUsedAndReusedNextTime() throws IOException {
        publishSum(sha256(archive));

        ScriptRun first = ensureJava(Map.of());

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout().strip()).isEqualTo(jdkDir.resolve(FAKE_JDK).toString());
        assertThat(first.stderr()).contains("downloading OpenJDK21U-fake.tar.gz");
        assertThat(jdkDir).isDirectoryContaining(path -> path.getFileName().toString().equals(FAKE_JDK));
        try (var left = Files.list(jdkDir)) {
            assertThat(left).as("no download scraps beside the JDK").hasSize(1);
        }

        Files.delete(archive);
        ScriptRun second = ensureJava(Map.of());

        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stdout().strip()).isEqualTo(jdkDir.resolve(FAKE_JDK).toString());
        assertThat(second.stderr()).doesNotContain("downloading");
    }

    @Test
    void aJdkWhoseSumDiffersIsRefusedAndNothingIsLeftBehind() throws IOException {
        String wrong = "0".repeat(64);
        publishSum(wrong);

        ScriptRun run = ensureJava(Map.of());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("refusing OpenJDK21U-fake.tar.gz")
                .contains("its sha256 is " + sha256(archive)).contains("the published one is " + wrong);
        assertThat(jdkDir).doesNotExist();
    }

    @Test
    void anArchiveWithNoPublishedSumIsNotDownloaded() {
        ScriptRun run = ensureJava(Map.of());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("cannot read the sha256 published at " + archiveUrl() + ".sha256.txt");
        assertThat(jdkDir).doesNotExist();
    }

    @Test
    void aJava21InJavaHomeIsUsedWithoutADownload() throws IOException {
        Path installed = fakeJdk(dir.resolve("installed-21"), 21);

        ScriptRun run = ensureJava(Map.of("JAVA_HOME", installed.toString()));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).isEqualTo(installed.toString());
        assertThat(run.stderr()).doesNotContain("downloading");
        assertThat(jdkDir).doesNotExist();
    }

    @Test
    void aJava21OnThePathIsUsedWithoutADownload() throws IOException {
        Path installed = fakeJdk(dir.resolve("installed-22"), 22);

        ScriptRun run = ensureJava(Map.of("PATH", installed.resolve("bin") + ":/usr/bin:/bin"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).isEqualTo(installed.toString());
        assertThat(jdkDir).doesNotExist();
    }

    /** ensure_java with the fake Java 17 first on PATH and the fake archive's URL, plus {@code extra}. */
    private ScriptRun ensureJava(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PATH", java17.resolve("bin") + ":/usr/bin:/bin",
                "KOKORO_JDK_DIR", jdkDir.toString(),
                "KOKORO_JDK_URL", archiveUrl()));
        env.putAll(extra);
        return ScriptRun.bash(dir, env, ENSURE_JAVA, ScriptRun.SCRIPTS.toString());
    }

    private String archiveUrl() {
        return archive.toUri().toString();
    }

    /** What Adoptium puts beside each archive: {@code <sha256>  <file name>}. */
    private void publishSum(String sha256) throws IOException {
        Files.writeString(archive.resolveSibling(archive.getFileName() + ".sha256.txt"),
                sha256 + "  " + archive.getFileName() + "\n");
    }

    private String sha256(Path file) {
        ScriptRun run = ScriptRun.bash(dir, Map.of(), "sha256sum \"$1\" | cut -d' ' -f1", file.toString());
        return run.stdout().strip();
    }

    /** A JDK folder whose bin/java and bin/javac answer -XshowSettings:properties as a Java {@code major} does. */
    private static Path fakeJdk(Path home, int major) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        String script = "#!/bin/sh\necho '    java.specification.version = " + major + "' >&2\n";
        for (String tool : new String[] {"java", "javac"}) {
            Path file = bin.resolve(tool);
            Files.writeString(file, script);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }
}
