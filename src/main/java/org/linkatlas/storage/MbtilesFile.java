package org.linkatlas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.sqlite.SQLiteConfig;

/**
 * A raster MBTiles 1.3 file supplied by the user, opened read-only and checked on opening: SQLite, tables (or
 * views) {@code metadata(name, value)} and {@code tiles(zoom_level, tile_column, tile_row, tile_data)},
 * metadata {@code name} and a raster {@code format} this Java can decode, the zoom range and optional bounds.
 * Every problem is a {@link StorageException} naming the file and what is wrong with it.
 *
 * <p>Thread-safe: the tile threads share one read-only connection and one prepared statement, and
 * {@link #tile} is {@code synchronized}. A tile lookup is one indexed read (well under a millisecond), so two
 * tile threads gain little from a connection each, and one connection is one thing to close.
 */
public final class MbtilesFile implements AutoCloseable {
    /** The highest zoom whose tile numbers fit the tile threads' {@code long}s and the TMS flip. */
    public static final int MAX_ZOOM = 30;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> RASTER_FORMATS = Set.of("png", "jpg", "jpeg", "webp");
    private static final String TILE_SQL = """
            SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?""";

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tileQuery;
    private final Map<String, String> metadata;
    private final int minZoom;
    private final int maxZoom;
    private final Bounds bounds;
    private boolean closed;

    /** The area the tiles cover, in WGS84 degrees, as metadata {@code bounds} gives it. */
    public record Bounds(double west, double south, double east, double north) {
    }

    private MbtilesFile(Path file, Connection connection, Map<String, String> metadata, int minZoom, int maxZoom,
            Bounds bounds) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.metadata = metadata;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
        this.bounds = bounds;
        this.tileQuery = connection.prepareStatement(TILE_SQL);
    }

    /**
     * Opens and checks {@code file}; never creates or changes it.
     *
     * @throws StorageException naming the file and the first problem found
     */
    public static MbtilesFile open(Path file) {
        if (!Files.exists(file)) {
            throw new StorageException("no MBTiles file at " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new StorageException(file + " is not an MBTiles file: it is a folder or a special file");
        }
        requireSqliteHeader(file);
        Connection c = connect(file);
        try {
            requireTable(c, file, "metadata", "name", "value");
            requireTable(c, file, "tiles", "zoom_level", "tile_column", "tile_row", "tile_data");
            Map<String, String> metadata = readMetadata(c, file);
            requireName(metadata, file);
            requireRasterFormat(metadata, file);
            int[] zooms = zoomRange(c, metadata, file);
            Bounds bounds = parseBounds(metadata.get("bounds"), file);
            return new MbtilesFile(file, c, metadata, zooms[0], zooms[1], bounds);
        } catch (SQLException | RuntimeException e) {
            Database.closeQuietly(c);
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("cannot read the MBTiles file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true); // SQLITE_OPEN_READONLY without SQLITE_OPEN_CREATE: a missing file is not made
        config.setBusyTimeout(5000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StorageException("cannot open the MBTiles file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StorageException(file + " is not an MBTiles file: not a SQLite database"
                        + (head.length == 0 ? " (the file is empty)" : " (damaged or a different kind of file)"));
            }
        } catch (IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A table or a view (some tools store tiles once and expose {@code tiles} as a view) with these columns. */
    private static void requireTable(Connection c, Path file, String table, String... columns) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException(file + " is not an MBTiles file: table '" + table + "' missing");
                }
            }
        }
        Set<String> present = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : columns) {
            if (!present.contains(column)) {
                throw new StorageException(file + " is not an MBTiles file: table '" + table + "' has no column '"
                        + column + "'");
            }
        }
    }

    private static Map<String, String> readMetadata(Connection c, Path file) throws SQLException {
        Map<String, String> metadata = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, value FROM metadata");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String value = rs.getString(2);
                if (name != null && value != null) {
                    metadata.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), value.trim());
                }
            }
        }
        return Collections.unmodifiableMap(metadata);
    }

    private static void requireName(Map<String, String> metadata, Path file) {
        if (metadata.getOrDefault("name", "").isEmpty()) {
            throw new StorageException(file + ": metadata 'name' missing (MBTiles 1.3 requires it)");
        }
    }

    private static void requireRasterFormat(Map<String, String> metadata, Path file) {
        String format = metadata.getOrDefault("format", "").toLowerCase(Locale.ROOT);
        if (format.isEmpty()) {
            throw new StorageException(file + ": metadata 'format' missing (MBTiles 1.3 requires png, jpg or webp)");
        }
        if (format.equals("pbf")) {
            throw new StorageException(file + ": holds vector tiles (format 'pbf'); Link Atlas draws raster tiles only"
                    + " (png, jpg or webp)");
        }
        if (!RASTER_FORMATS.contains(format)) {
            throw new StorageException(file + ": metadata 'format' is '" + metadata.get("format")
                    + "'; Link Atlas draws png, jpg or webp tiles");
        }
        if (!ImageIO.getImageReadersByFormatName(format).hasNext()) {
            throw new StorageException(file + ": its tiles are " + format + " but this Java cannot decode " + format
                    + " images, so they cannot be drawn; convert the file to png or jpg tiles");
        }
    }

    /** From metadata when it has both, else from the tiles themselves (two indexed min/max reads). */
    private static int[] zoomRange(Connection c, Map<String, String> metadata, Path file) throws SQLException {
        Integer min = parseZoom(metadata, "minzoom", file);
        Integer max = parseZoom(metadata, "maxzoom", file);
        if (min == null || max == null) {
            Integer lowest = singleInt(c, "SELECT min(zoom_level) FROM tiles");
            Integer highest = singleInt(c, "SELECT max(zoom_level) FROM tiles");
            if (lowest == null || highest == null) {
                throw new StorageException(file + ": table 'tiles' holds no tiles");
            }
            min = min == null ? lowest : min;
            max = max == null ? highest : max;
        }
        if (min < 0 || max > MAX_ZOOM || min > max) {
            throw new StorageException(file + ": zoom range " + min + "–" + max + " is not within 0–" + MAX_ZOOM);
        }
        return new int[] {min, max};
    }

    private static Integer parseZoom(Map<String, String> metadata, String key, Path file) {
        String value = metadata.get(key);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new StorageException(file + ": metadata '" + key + "' is '" + value + "', not a whole number");
        }
    }

    private static Integer singleInt(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            int v = rs.getInt(1);
            return rs.wasNull() ? null : v;
        }
    }

    private static Bounds parseBounds(String value, Path file) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
            boolean valid = v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[1] <= v[3];
            if (!valid || Arrays.stream(v).anyMatch(d -> !Double.isFinite(d))) {
                throw new NumberFormatException();
            }
            return new Bounds(v[0], v[1], v[2], v[3]);
        } catch (NumberFormatException e) {
            throw new StorageException(file + ": metadata 'bounds' is '" + value
                    + "', not 'west,south,east,north' in degrees");
        }
    }

    /**
     * The encoded image of one tile, looked up by its TMS row ({@code tile_row = 2^z − 1 − y}).
     *
     * @param yFromTop the row counted from the top, as XYZ (OSM, Gluon Maps) count it
     * @return the stored bytes, or {@code null} when the file has no such tile (or it is not a tile at all)
     * @throws StorageException when the file cannot be read
     */
    public synchronized byte[] tile(int z, long x, long yFromTop) {
        if (closed) {
            throw new StorageException("the MBTiles file " + file + " is closed");
        }
        if (z < 0 || z > MAX_ZOOM) {
            return null;
        }
        long n = 1L << z;
        if (x < 0 || x >= n || yFromTop < 0 || yFromTop >= n) {
            return null;
        }
        try {
            tileQuery.setInt(1, z);
            tileQuery.setLong(2, x);
            tileQuery.setLong(3, n - 1 - yFromTop);
            try (ResultSet rs = tileQuery.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read tile " + z + "/" + x + "/" + yFromTop + " of " + file + ": "
                    + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Metadata {@code name}; never empty. */
    public String name() {
        return metadata.get("name");
    }

    /** Metadata {@code format}, lower case: png, jpg, jpeg or webp. */
    public String format() {
        return metadata.get("format").toLowerCase(Locale.ROOT);
    }

    public int minZoom() {
        return minZoom;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** Metadata {@code bounds}, or empty when the file does not say (then the tiles cover what they cover). */
    public Optional<Bounds> bounds() {
        return Optional.ofNullable(bounds);
    }

    /** Metadata {@code attribution}, or empty when the file has none. */
    public Optional<String> attribution() {
        return Optional.ofNullable(metadata.get("attribution")).filter(a -> !a.isEmpty());
    }

    /** Every metadata row, names in lower case. */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            tileQuery.close();
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close " + file, e);
        }
    }

    @Override
    public String toString() {
        return "MBTiles " + file + " (" + format() + ", zoom " + minZoom + "–" + maxZoom + ")";
    }
}
