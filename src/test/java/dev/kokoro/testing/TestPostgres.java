package dev.kokoro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL server for a test class: a cluster made with the installed server binaries (Debian's
 * {@code postgresql} package) in a temporary folder, listening on 127.0.0.1 and a free port, removed after the
 * class. PostgreSQL refuses to run as root, so as root the cluster belongs to and runs as the {@code postgres}
 * user. Missing binaries fail the tests: scripts/test installs them.
 */
public final class TestPostgres implements BeforeAllCallback, AfterAllCallback {
    private static final String SERVICE_USER = "postgres";
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final AtomicInteger databases = new AtomicInteger();
    private Path folder;
    private Path bin;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bin = serverBinaries();
        folder = Files.createTempDirectory("kokoro-pg-");
        if (asRoot()) {
            handToServiceUser(folder);
        }
        port = freePort();
        Path data = folder.resolve("data");
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SERVICE_USER, "-A", "trust", "-E", "UTF8",
                "--no-sync");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (folder == null) {
            return;
        }
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A new empty database; its JDBC URL (user {@link #user()}, no password). */
    public String createDatabase() {
        String name = "kokoro_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), SERVICE_USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** A server's settings for a new database of this cluster. */
    public Map<String, String> serverSettings() {
        return Map.of("db-url", createDatabase(), "db-user", user());
    }

    public String user() {
        return SERVICE_USER;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** initdb's folder: beside an initdb on PATH (resolving links), else Debian's newest version. */
    private static Path serverBinaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path initdb = Path.of(dir, "initdb");
            if (!dir.isEmpty() && Files.isExecutable(initdb)) {
                Path real = initdb.toRealPath();
                if (Files.isExecutable(real.resolveSibling("pg_ctl"))) {
                    return real.getParent();
                }
            }
        }
        if (Files.isDirectory(DEBIAN_VERSIONS)) {
            try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(TestPostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("The PostgreSQL server binaries (initdb, pg_ctl) are not installed: the job "
                + "tests run against a real PostgreSQL. Install Debian's postgresql package (scripts/test does).");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToServiceUser(Path dir) throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        GroupPrincipal group = users.lookupPrincipalByGroupName(SERVICE_USER);
        Files.setOwner(dir, users.lookupPrincipalByName(SERVICE_USER));
        Files.getFileAttributeView(dir, PosixFileAttributeView.class).setGroup(group);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asRoot()) {
            line.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new UncheckedIOException(new IOException(String.join(" ", line) + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8)));
        }
    }
}
