package org.linkatlas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;

/**
 * The real PostgreSQL + PostGIS server of the shared-store tests. {@code .ci/run} starts one with
 * {@code .ci/postgres.sh} and exports {@code LINKATLAS_TEST_PG}; without it a test run starts the same script
 * itself (stopped when the JVM exits). When that is impossible the tests are skipped with a loud message —
 * except under {@code CI=true}, where a missing server fails them. Each test class takes a database of its own.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static ServerAddress admin;
    private static String unavailable;

    private TestPostgres() {
    }

    /** The superuser's address (trusted on the loopback address of the throwaway cluster). */
    public static synchronized ServerAddress admin() {
        if (admin == null && unavailable == null) {
            start();
        }
        if (admin == null) {
            String message = "PostgreSQL tests NOT RUN: " + unavailable;
            System.err.println("\n*** " + message + " ***\n");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true: .ci/run must source .ci/postgres.sh)");
            }
            Assumptions.abort(message);
        }
        return admin;
    }

    private static void start() {
        String given = System.getenv("LINKATLAS_TEST_PG");
        if (given != null && !given.isBlank()) {
            admin = ServerAddress.parse(given.strip());
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            unavailable = "CI=true but LINKATLAS_TEST_PG is not set";
            return;
        }
        Path script = Path.of(".ci/postgres.sh").toAbsolutePath();
        if (!Files.isRegularFile(script)) {
            unavailable = "no " + script + " to start a server with";
            return;
        }
        try {
            Path dir = Files.createTempDirectory("link-atlas-pg-test");
            Files.delete(dir); // the script makes it, owned by the server's user
            Path log = Files.createTempFile("link-atlas-pg-start", ".log");
            Process p = new ProcessBuilder("bash", script.toString(), "start", dir.toString())
                    .redirectError(log.toFile()).start();
            String url = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || url.isEmpty()) {
                unavailable = ".ci/postgres.sh could not start a server: " + Files.readString(log).strip();
                return;
            }
            admin = ServerAddress.parse(url);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder("bash", script.toString(), "stop", dir.toString()).inheritIO().start()
                            .waitFor(60, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    System.err.println("could not stop the test server in " + dir + ": " + e);
                }
            }, "stop-test-postgres"));
        } catch (IOException e) {
            unavailable = "cannot run .ci/postgres.sh: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted while starting the server";
        }
    }

    /** A new, empty database on the test server, named after {@code purpose}. */
    public static ServerAddress newDatabase(String purpose) {
        ServerAddress a = admin();
        String name = "la_" + purpose.replaceAll("[^a-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet();
        admin(a, "CREATE DATABASE " + name);
        return a.withDatabase(name);
    }

    /** A login role with a password, member of {@code role} (link_atlas_viewer or link_atlas_editor). */
    public static ServerAddress newLogin(ServerAddress database, String name, String password, String role) {
        String unique = name + "_" + ProcessHandle.current().pid();
        admin(database, "CREATE ROLE " + unique + " LOGIN PASSWORD '" + password.replace("'", "''") + "' IN ROLE " + role);
        return database.withUser(unique);
    }

    /** A new database made the way {@code init-server} makes an office's: schema, roles, {@code store}'s catalogue. */
    public static ServerAddress newOffice(String purpose, Path store) {
        ServerAddress db = newDatabase(purpose);
        try (PgStore admin = PgStore.connect(db, Optional.empty())) {
            ServerInit.run(admin, store);
        }
        return db;
    }

    /**
     * A password file of the test's own with these lines (owner-only, as libpq wants it), used by the driver
     * until {@link #forgetPasswordFile} (the user's own ~/.pgpass is never read by the tests).
     */
    public static Path usePasswordFile(String... lines) throws IOException {
        Path f = Files.createTempFile("pgpass", "");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(f, String.join("\n", lines) + "\n");
        System.setProperty("org.postgresql.pgpassfile", f.toString());
        return f;
    }

    public static void forgetPasswordFile(Path f) throws IOException {
        System.clearProperty("org.postgresql.pgpassfile");
        if (f != null) {
            Files.deleteIfExists(f);
        }
    }

    /** Runs statements of the test's own as the superuser on the given database. */
    public static void admin(ServerAddress database, String... sql) {
        try (Connection c = connection(database.withUser(admin().user())); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new AssertionError("test server: " + e.getMessage(), e);
        }
    }

    /** A plain JDBC connection as the superuser, for the tests' own checks. */
    public static Connection connection(ServerAddress a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.user());
        p.setProperty("password", "");
        return DriverManager.getConnection("jdbc:postgresql://" + a.host() + ":" + a.port() + "/" + a.database(), p);
    }

    /** The libpq connection string for GDAL's {@code PG:} driver. */
    public static String gdal(ServerAddress a) {
        return "PG:host=" + a.host() + " port=" + a.port() + " dbname=" + a.database() + " user=" + a.user();
    }
}
