package org.linkatlas.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * One open SQLite store: PRAGMAs (foreign keys on, WAL), migrations, integrity checks, transactions.
 * A Database is confined to the thread that uses it (never the JavaFX thread); it is not thread-safe.
 */
public final class Database implements AutoCloseable {
    public static final int CURRENT_VERSION = Migrations.LATEST;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** The numbered migration scripts in order; the shared store on a server follows the same numbers (storage/pg). */
    public static List<String> migrationScripts() {
        return Migrations.SCRIPTS;
    }

    /** Opens (creating if missing) and migrates to the current schema. */
    public static Database open(Path file) {
        return open(file, CURRENT_VERSION);
    }

    /** Opens and migrates to {@code version}; tests use it to make a store of an older version. */
    public static Database open(Path file, int version) {
        if (Files.exists(file)) {
            requireSqliteHeader(file);
        } else {
            createParent(file);
        }
        Connection c = connect(file, false);
        try {
            Migrations.migrate(c, version);
            return new Database(file, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StorageException se) {
                throw new StorageException(file + ": " + se.getMessage(), se);
            }
            throw new StorageException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store read-only, without migrating it (for {@code check} and export). */
    public static Database openReadOnly(Path file) {
        return openReadOnly(file, false);
    }

    /**
     * Opens an existing store read-only, without migrating it.
     *
     * @param immutable for a file in a folder nobody may write: SQLite then needs no {@code -wal}/{@code -shm}
     *     beside it (a store in WAL mode cannot otherwise be read there); only when no one else writes the file
     */
    public static Database openReadOnly(Path file, boolean immutable) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("no store at " + file);
        }
        requireSqliteHeader(file);
        return new Database(file, connect(file, true, immutable));
    }

    private static Connection connect(Path file, boolean readOnly) {
        return connect(file, readOnly, false);
    }

    private static Connection connect(Path file, boolean readOnly, boolean immutable) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setBusyTimeout(5000);
        String url = immutable ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1"
                : "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            // the driver itself, not DriverManager: that would first load every JDBC driver on the class path
            return config.createConnection(url);
        } catch (SQLException e) {
            throw new StorageException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new StorageException("cannot create the folder " + parent + ": " + e.getMessage(), e);
        }
    }

    /** A file that is not SQLite at all gets a clear message instead of a driver error later on. */
    static void requireSqliteHeader(Path file) {
        try {
            if (!hasSqliteHeader(file)) {
                throw new StorageException(file + " is not a SQLite database (damaged or a different kind of file)");
            }
        } catch (java.io.IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} starts as a SQLite database does; an empty file does too (it is a new database). */
    static boolean hasSqliteHeader(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return head.length == 0 || java.util.Arrays.equals(head, SQLITE_MAGIC);
        }
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** The SQLite library's version, e.g. "3.50.4". */
    public String sqliteVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            throw new StorageException("cannot ask " + file + " for the SQLite version", e);
        }
    }

    public int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw new StorageException("cannot read the schema version of " + file, e);
        }
    }

    /**
     * Runs SQLite's integrity check and the foreign-key check.
     *
     * @return the problems found, empty when the file is sound
     */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String row = rs.getString(1);
                    if (!"ok".equals(row)) {
                        problems.add("integrity: " + row);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: row " + rs.getLong(2) + " of " + rs.getString(1)
                            + " points at a missing " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            problems.add("the file cannot be read as a store: " + e.getMessage());
        }
        return problems;
    }

    /** Runs {@code work} in one transaction: all of it lands, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageException("transaction on " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Leaves WAL mode so the file is one self-contained SQLite file (for the bundled store). */
    public void makeSelfContained() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("VACUUM");
        } catch (SQLException e) {
            throw new StorageException("cannot finish " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close " + file, e);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** A unit of SQL work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }
}
