package org.linkatlas.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** MBTiles files for tests: the one GDAL wrote (see its README) and hand-built ones with chosen rows. */
public final class MbtilesFixtures {
    /** One row of the {@code tiles} table, with the TMS row exactly as stored (no flip applied here). */
    public record Row(int zoom, long column, long tmsRow, byte[] data) {
    }

    private MbtilesFixtures() {
    }

    /** A copy of the GDAL-made file in {@code dir}, so no test can touch the resource itself. */
    public static Path gdalFile(Path dir) {
        try {
            Path source = Path.of(MbtilesFixtures.class.getResource("/org/linkatlas/map/tiles/red-river-delta.mbtiles").toURI());
            return Files.copy(source, dir.resolve("red-river-delta.mbtiles"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual metadata of a small raster file; callers remove or change entries to break it. */
    public static Map<String, String> metadata(int minZoom, int maxZoom) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "hand-made");
        m.put("format", "png");
        m.put("minzoom", Integer.toString(minZoom));
        m.put("maxzoom", Integer.toString(maxZoom));
        return m;
    }

    /** Writes an MBTiles 1.3 file with plain tables; {@code metadata} may lack anything. */
    public static Path write(Path file, Map<String, String> metadata, List<Row> rows) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            insert(c, metadata, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** The layout some tools use to store repeated tiles once: {@code tiles} is a view over two tables. */
    public static Path writeWithTilesView(Path file, Map<String, String> metadata, List<Row> rows) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)");
            s.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)");
            s.execute("""
                    CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
                        map.tile_row AS tile_row, images.tile_data AS tile_data
                    FROM map JOIN images ON images.tile_id = map.tile_id""");
            try (PreparedStatement m = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (var e : metadata.entrySet()) {
                    m.setString(1, e.getKey());
                    m.setString(2, e.getValue());
                    m.executeUpdate();
                }
            }
            try (PreparedStatement map = c.prepareStatement("INSERT INTO map VALUES (?, ?, ?, ?)");
                    PreparedStatement img = c.prepareStatement("INSERT INTO images VALUES (?, ?)")) {
                int id = 0;
                for (Row r : rows) {
                    String tileId = "t" + id++;
                    img.setBytes(1, r.data());
                    img.setString(2, tileId);
                    img.executeUpdate();
                    map.setInt(1, r.zoom());
                    map.setLong(2, r.column());
                    map.setLong(3, r.tmsRow());
                    map.setString(4, tileId);
                    map.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static void insert(Connection c, Map<String, String> metadata, List<Row> rows) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
            for (var e : metadata.entrySet()) {
                m.setString(1, e.getKey());
                m.setString(2, e.getValue());
                m.executeUpdate();
            }
        }
        try (PreparedStatement t = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
            for (Row r : rows) {
                t.setInt(1, r.zoom());
                t.setLong(2, r.column());
                t.setLong(3, r.tmsRow());
                t.setBytes(4, r.data());
                t.executeUpdate();
            }
        }
    }

    /** A PNG of one colour. */
    public static byte[] png(Color colour, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return encode(img);
    }

    /** A 256 px PNG whose quarters have these colours: top-left, top-right, bottom-left, bottom-right. */
    public static byte[] quarters(Color topLeft, Color topRight, Color bottomLeft, Color bottomRight) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Color[] colours = {topLeft, topRight, bottomLeft, bottomRight};
        for (int i = 0; i < 4; i++) {
            g.setColor(colours[i]);
            g.fillRect(i % 2 * 128, i / 2 * 128, 128, 128);
        }
        g.dispose();
        return encode(img);
    }

    public static byte[] encode(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
