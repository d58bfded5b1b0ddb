package org.linkatlas.storage.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's password file, read the way libpq reads it: {@code PGPASSFILE} or {@code ~/.pgpass}
 * ({@code %APPDATA%\postgresql\pgpass.conf} on Windows), lines {@code host:port:database:user:password}, {@code *}
 * matching anything in the first four fields, {@code \:} and {@code \\} escaped, the first matching line wins.
 * On a POSIX file system a file that the group or others may read or write is ignored, with a warning, as libpq
 * does (the JDBC driver reads the file too but does not make that check, so the app always passes the password
 * it found, or none). Stateless: any thread.
 */
public final class PgPass {
    private static final Set<PosixFilePermission> TOO_OPEN = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PgPass() {
    }

    /**
     * What the file said.
     *
     * @param password the password of the first matching line, if any
     * @param warning  why the file was not used, if it was not (too open, unreadable)
     */
    public record Result(Optional<String> password, Optional<String> warning) {
        static Result none() {
            return new Result(Optional.empty(), Optional.empty());
        }
    }

    /**
     * The file libpq would read: the system property {@code org.postgresql.pgpassfile} (the JDBC driver's own
     * name for it), else {@code PGPASSFILE}, else the per-user default.
     */
    public static Path defaultFile() {
        String property = System.getProperty("org.postgresql.pgpassfile");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("PGPASSFILE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    public static Result lookup(ServerAddress address) {
        return lookup(defaultFile(), address);
    }

    public static Result lookup(Path file, ServerAddress a) {
        if (!Files.isRegularFile(file)) {
            return Result.none();
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(TOO_OPEN::contains)) {
                    return new Result(Optional.empty(), Optional.of("the password file " + file
                            + " may be read by other users, so it is ignored: chmod 600 " + file));
                }
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() < 5) {
                    continue; // libpq skips a malformed line too
                }
                if (matches(f.get(0), a.host()) && matches(f.get(1), Integer.toString(a.port()))
                        && matches(f.get(2), a.database()) && matches(f.get(3), a.user())) {
                    return new Result(Optional.of(f.get(4)), Optional.empty());
                }
            }
            return Result.none();
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of("the password file " + file + " cannot be read: " + e.getMessage()));
        }
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value);
    }

    /** Splits on unescaped ':'; the password is everything after the fourth one. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
