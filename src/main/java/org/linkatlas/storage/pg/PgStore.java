package org.linkatlas.storage.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.linkatlas.storage.StorageException;

/**
 * One connection to a shared store on a PostgreSQL server. The password comes from the caller (typed) or from
 * {@link PgPass}; it is handed to the driver and kept nowhere else. Failures become {@link StorageException}s
 * with a message for the user (no permission, wrong password, server unreachable, no PostGIS). Confined to the
 * thread that opened it, never the JavaFX thread; not thread-safe.
 */
public final class PgStore implements AutoCloseable {
    /** Seconds to wait for a server that does not answer: an office network, not the internet. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final ServerAddress address;
    private final Connection connection;

    private PgStore(ServerAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
    }

    /**
     * Connects; the password is the one given, else the password file's, else none (trust or peer
     * authentication, or the server asks and the failure says so).
     */
    public static PgStore connect(ServerAddress address, Optional<char[]> password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        Optional<String> pw = password.map(String::new).or(() -> PgPass.lookup(address).password());
        // always a password property, so the driver never reads ~/.pgpass itself (it skips libpq's 0600 rule)
        p.setProperty("password", pw.orElse(""));
        p.setProperty("sslmode", address.sslMode());
        p.setProperty("ApplicationName", "Link Atlas");
        p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), p);
            return new PgStore(address, c);
        } catch (SQLException e) {
            throw failure(address, "connect", e);
        }
    }

    /** Whether a failed connection asked for a password we did not have or had wrong (the caller may ask). */
    public static boolean needsPassword(StorageException e) {
        return e.getCause() instanceof SQLException s
                && ("28P01".equals(s.getSQLState()) || "08004".equals(s.getSQLState()) || "28000".equals(s.getSQLState())
                    && String.valueOf(s.getMessage()).contains("password"));
    }

    /** Why a server operation failed, for a message in the user's language. */
    public enum Reason { NOT_ALLOWED, PASSWORD, REFUSED, NO_DATABASE, UNREACHABLE, ENDED, OTHER }

    public static Reason reason(StorageException e) {
        if (!(e.getCause() instanceof SQLException s) || s.getSQLState() == null) {
            return Reason.OTHER;
        }
        String state = s.getSQLState();
        if (state.equals("42501")) {
            return Reason.NOT_ALLOWED;
        } else if (needsPassword(e)) {
            return Reason.PASSWORD;
        } else if (state.equals("28000")) {
            return Reason.REFUSED;
        } else if (state.equals("3D000")) {
            return Reason.NO_DATABASE;
        } else if (state.startsWith("08")) {
            return Reason.UNREACHABLE;
        } else if (state.startsWith("57P0")) {
            return Reason.ENDED;
        }
        return Reason.OTHER;
    }

    public ServerAddress address() {
        return address;
    }

    Connection connection() {
        return connection;
    }

    /** The server's backend process id: another connection may end it with pg_terminate_backend. */
    public int backendPid() {
        return queryInt("SELECT pg_backend_pid()", "ask for the connection's process");
    }

    /** The schema version the server's store is at; 0 when it holds no Link Atlas store yet. */
    public int schemaVersion() {
        try {
            return PgMigrations.version(connection);
        } catch (SQLException e) {
            throw failure(address, "read the schema version", e);
        }
    }

    /** True when this user may change records and push changesets (an editor), false for a viewer. */
    public boolean canEdit() {
        return queryInt("SELECT CASE WHEN to_regclass('public.shared_changeset') IS NOT NULL"
                + " AND has_table_privilege('public.shared_changeset', 'INSERT') THEN 1 ELSE 0 END",
                "ask for this user's privileges") == 1;
    }

    public String serverVersion() {
        return queryString("SHOW server_version", "ask for the server's version");
    }

    /** PostGIS's version, or empty when the database has no PostGIS. */
    public Optional<String> postgisVersion() {
        return Optional.ofNullable(queryString(
                "SELECT extversion FROM pg_extension WHERE extname = 'postgis'", "ask for PostGIS"));
    }

    /** Runs {@code work} in one server transaction: all of it lands, or none (a dropped connection: none). */
    <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure(address, what, e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled the transaction back itself
        }
    }

    private int queryInt(String sql, String what) {
        String v = queryString(sql, what);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private String queryString(String sql, String what) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw failure(address, what, e);
        }
    }

    /** Runs one statement of our own (no user text in it). */
    void execute(String sql, String what) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failure(address, what, e);
        }
    }

    /** Whether the connection still answers (a second at most). */
    public boolean isValid() {
        try {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(address, "close the connection", e);
        }
    }

    /** A message a user can act on, by SQLSTATE (PostgreSQL's error codes, appendix A of its manual). */
    static StorageException failure(ServerAddress a, String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = a.host() + ":" + a.port() + "/" + a.database();
        String message;
        if (state.equals("42501")) {
            message = "the user " + a.user() + " may only read the shared store " + server
                    + " (not allowed to " + what + "); an administrator can make it an editor: GRANT link_atlas_editor TO "
                    + a.user() + ";";
        } else if (state.equals("28P01") || state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            message = "the server " + server + " refused the password of " + a.user()
                    + " (none was found in ~/.pgpass, or it is wrong)";
        } else if (state.equals("28000")) {
            message = "the server " + server + " does not let " + a.user() + " in: " + e.getMessage();
        } else if (state.equals("3D000")) {
            message = "the server has no database " + a.database() + ": the administrator creates it (createdb)";
        } else if (state.startsWith("08")) {
            message = "the shared store " + server + " cannot be reached (" + what + "): " + e.getMessage();
        } else if (state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            message = "the server " + server + " ended the connection (" + what + "); nothing of it was kept";
        } else {
            message = "cannot " + what + " on " + server + ": " + e.getMessage();
        }
        return new StorageException(message, e);
    }

    /** Work inside a server transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
