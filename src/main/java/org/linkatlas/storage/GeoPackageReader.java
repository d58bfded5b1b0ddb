package org.linkatlas.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads the features of a user's GeoPackage (OGC 12-128r18), read-only: the first table of
 * {@code gpkg_contents} with {@code data_type = 'features'} whose geometry column holds lines (LINESTRING,
 * MULTILINESTRING or GEOMETRY), its rows in order, each geometry decoded from the GeoPackage binary header
 * (magic "GP", version, flags: byte order, envelope size, empty) and the WKB behind it, the other columns as
 * text. Only longitude/latitude data is accepted (srs_id 4326, or an undefined system whose organisation
 * code is 4326). A problem is a {@link StorageException} that names the table and row. Any thread but the
 * JavaFX one; one call opens and closes its own connection.
 */
public final class GeoPackageReader {
    private static final String TABLES = """
            SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id
              FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
             WHERE c.data_type = 'features'
             ORDER BY c.table_name""";
    private static final String SRS = "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?";

    private GeoPackageReader() {
    }

    /**
     * Hands each feature's geometry (or {@code null} when empty) and its other columns to {@code sink}.
     *
     * @param progress 0..1 as rows are read
     * @param cancelled checked every 1,024 rows; then a {@link java.util.concurrent.CancellationException}
     */
    public static void read(Path file, BiConsumer<Geometry, Map<String, String>> sink, DoubleConsumer progress,
                            BooleanSupplier cancelled) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            String table = null;
            String column = null;
            int srs = 0;
            List<String> tried = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(TABLES); ResultSet rs = st.executeQuery()) {
                while (rs.next() && table == null) {
                    String type = rs.getString(3).toUpperCase(java.util.Locale.ROOT);
                    tried.add(rs.getString(1) + " (" + type + ")");
                    if (type.contains("LINESTRING") || type.equals("GEOMETRY")) {
                        table = rs.getString(1);
                        column = rs.getString(2);
                        srs = rs.getInt(4);
                    }
                }
            } catch (SQLException e) {
                throw new StorageException("not a GeoPackage (no gpkg_contents / gpkg_geometry_columns tables)", e);
            }
            if (table == null) {
                throw new StorageException(tried.isEmpty() ? "the GeoPackage holds no feature table"
                        : "no feature table of lines; its tables: " + String.join(", ", tried));
            }
            checkLonLat(c, srs);
            long rows;
            String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + quoted); ResultSet rs = st.executeQuery()) {
                rows = rs.next() ? rs.getLong(1) : 0;
            }
            GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
            WKBReader wkb = new WKBReader(factory);
            // the table and column names come from the file's own catalogue tables, quoted; no user text
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM " + quoted); ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int geomIndex = -1;
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (md.getColumnName(i).equalsIgnoreCase(column)) {
                        geomIndex = i;
                    }
                }
                long row = 0;
                while (rs.next()) {
                    row++;
                    if ((row & 1023) == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new java.util.concurrent.CancellationException();
                        }
                        progress.accept(rows == 0 ? 1 : (double) row / rows);
                    }
                    Map<String, String> props = new HashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (i != geomIndex) {
                            String v = rs.getString(i);
                            if (v != null) {
                                props.put(md.getColumnName(i), v);
                            }
                        }
                    }
                    Geometry g;
                    try {
                        g = decode(geomIndex < 0 ? null : rs.getBytes(geomIndex), wkb);
                    } catch (IllegalArgumentException | ParseException e) {
                        throw new StorageException("table " + table + ", row " + row + ": " + e.getMessage(), e);
                    }
                    sink.accept(g, props);
                }
            }
            progress.accept(1);
        } catch (SQLException e) {
            throw new StorageException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void checkLonLat(Connection c, int srs) throws SQLException {
        if (srs == 4326) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(SRS)) {
            st.setInt(1, srs);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && "EPSG".equalsIgnoreCase(rs.getString(1)) && rs.getInt(2) == 4326) {
                    return;
                }
            }
        }
        throw new StorageException("its lines are in spatial reference system " + srs
                + ", not longitude/latitude (EPSG:4326); convert with ogr2ogr -t_srs EPSG:4326");
    }

    /** A GeoPackage geometry blob: "GP", version, flags, srs_id, envelope, then WKB; {@code null} when empty. */
    static Geometry decode(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob == null) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("geometry is not a GeoPackage binary (no 'GP' header)");
        }
        int flags = blob[3];
        boolean empty = (flags & 0x10) != 0;
        int envelope = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("invalid envelope code " + envelope);
        };
        if (empty) {
            return null;
        }
        int offset = 8 + envelopeBytes;
        if (blob.length <= offset) {
            throw new IllegalArgumentException("geometry blob too short");
        }
        ByteBuffer.wrap(blob, 4, 4).order((flags & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).getInt(); // srs_id
        byte[] body = java.util.Arrays.copyOfRange(blob, offset, blob.length);
        return wkb.read(body);
    }
}
