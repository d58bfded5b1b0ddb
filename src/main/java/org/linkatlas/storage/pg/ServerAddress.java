package org.linkatlas.storage.pg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a shared store is: {@code postgresql://host[:port]/database?user=…[&sslmode=…]}, libpq's URI form (also
 * {@code postgresql://user@host/…}). It never holds a password: one written in the address is refused, so it
 * cannot end up in settings or a shell history by way of the app. Immutable: any thread.
 *
 * @param sslMode libpq's sslmode: disable, allow, prefer (the default: TLS when the server offers it), require,
 *                verify-ca or verify-full
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_SSL_MODE = "prefer";
    static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (host.isBlank() || database.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("host, database and user must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("sslmode '" + sslMode + "' is not one of " + String.join(", ", SSL_MODES));
        }
    }

    public static boolean looksLikeOne(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not one
     */
    public static ServerAddress parse(String text) {
        if (!looksLikeOne(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a server address: write postgresql://host[:port]/database?user=name");
        }
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("the address names no database: write postgresql://host[:port]/database?user=name");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw new IllegalArgumentException("the address holds a password: leave it out and put it in ~/.pgpass"
                        + " (chmod 600), or type it when asked");
            }
            user = decode(userInfo);
            authority = authority.substring(at + 1);
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the port '" + authority.substring(colon + 1) + "' is not a number");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String sslMode = DEFAULT_SSL_MODE;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "user" -> user = value;
                case "sslmode" -> sslMode = value.toLowerCase(Locale.ROOT);
                case "password" -> throw new IllegalArgumentException("the address holds a password: leave it out and"
                        + " put it in ~/.pgpass (chmod 600), or type it when asked");
                default -> throw new IllegalArgumentException("unknown parameter '" + key + "' in the address (known: user, sslmode)");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the address names no host: write postgresql://host[:port]/database?user=name");
        }
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("the address names no user: add ?user=name");
        }
        return new ServerAddress(host, port, database, user, sslMode);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address for the JDBC driver; user, password and sslmode travel as properties. */
    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** The same address with another user (e.g. the same server for a viewer). */
    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(host, port, database, otherUser, sslMode);
    }

    public ServerAddress withDatabase(String otherDatabase) {
        return new ServerAddress(host, port, otherDatabase, user, sslMode);
    }

    /** As typed by a user: {@code postgresql://host:port/db?user=u} (sslmode only when not the default). */
    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + h + ":" + port + "/" + database + "?user=" + user
                + (DEFAULT_SSL_MODE.equals(sslMode) ? "" : "&sslmode=" + sslMode);
    }
}
