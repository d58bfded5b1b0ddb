package org.linkatlas.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * Every feature of every feature table of a user's GeoPackage, for choosing one to become a link's geometry
 * (issue 14), read-only. A table in another spatial reference system than WGS 84 longitude/latitude (EPSG:4326)
 * is not read; its CRS is named (organisation code and name, from {@code gpkg_spatial_ref_sys}) so the user knows
 * what to convert from. Problems are {@link StorageException}s naming the table and row. Any thread but the
 * JavaFX one; one call opens and closes its own connection.
 */
public final class GeoPackageFeatures {
    /** At most this many features are listed (a chooser of more is not usable). */
    public static final int MAX_FEATURES = 10_000;

    private static final String TABLES = """
            SELECT c.table_name, g.column_name, g.srs_id
              FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
             WHERE c.data_type = 'features'
             ORDER BY c.table_name""";
    private static final String SRS = """
            SELECT organization, organization_coordsys_id, srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = ?""";

    /** One feature: its table, its row number (from 1) in that table, its geometry (null when empty), its columns. */
    public record Feature(String table, int row, Geometry geometry, Map<String, String> properties) {
        public Feature {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** The features read, and one sentence per table left out because of its CRS. */
    public record Contents(List<Feature> features, List<String> refusedTables) {
        public Contents {
            features = List.copyOf(features);
            refusedTables = List.copyOf(refusedTables);
        }
    }

    private GeoPackageFeatures() {
    }

    public static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(file.getFileName() + ": no such file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            List<String[]> tables = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(TABLES); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3))});
                }
            } catch (SQLException e) {
                throw new StorageException(file.getFileName() + " is not a GeoPackage (no gpkg_contents / gpkg_geometry_columns tables)", e);
            }
            if (tables.isEmpty()) {
                throw new StorageException(file.getFileName() + ": the GeoPackage holds no feature table");
            }
            List<Feature> out = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (String[] t : tables) {
                String crs = otherCrs(c, Integer.parseInt(t[2]));
                if (crs != null) {
                    refused.add("table " + t[0] + " is in " + crs + ", not WGS 84 longitude/latitude (EPSG:4326)");
                    continue;
                }
                readTable(c, t[0], t[1], out);
            }
            if (out.isEmpty() && !refused.isEmpty()) {
                throw new StorageException(String.join("; ", refused) + ": convert it first, for example with "
                        + "ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg");
            }
            return new Contents(out, refused);
        } catch (SQLException e) {
            throw new StorageException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void readTable(Connection c, String table, String column, List<Feature> out) throws SQLException {
        WKBReader wkb = new WKBReader(new GeometryFactory(new PrecisionModel(), 4326));
        // the table and column names come from the file's own catalogue tables, quoted; no user text
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM " + quoted); ResultSet rs = st.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            int geomIndex = -1;
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.getColumnName(i).equalsIgnoreCase(column)) {
                    geomIndex = i;
                }
            }
            int row = 0;
            while (rs.next() && out.size() < MAX_FEATURES) {
                row++;
                Map<String, String> props = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String v = i == geomIndex ? null : rs.getString(i);
                    if (v != null) {
                        props.put(md.getColumnName(i), v);
                    }
                }
                try {
                    out.add(new Feature(table, row, GeoPackageReader.decode(geomIndex < 0 ? null : rs.getBytes(geomIndex), wkb), props));
                } catch (IllegalArgumentException | ParseException e) {
                    throw new StorageException("table " + table + ", row " + row + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** {@code null} for WGS 84 lon/lat, else the CRS in words: "EPSG:32648 (WGS 84 / UTM zone 48N)". */
    private static String otherCrs(Connection c, int srs) throws SQLException {
        if (srs == 4326) {
            return null;
        }
        try (PreparedStatement st = c.prepareStatement(SRS)) {
            st.setInt(1, srs);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return "spatial reference system " + srs + " (not described in the file)";
                }
                String org = rs.getString(1);
                int code = rs.getInt(2);
                if ("EPSG".equalsIgnoreCase(org) && code == 4326) {
                    return null;
                }
                String name = rs.getString(3);
                return (org == null ? "srs" : org.toUpperCase(java.util.Locale.ROOT)) + ":" + code
                        + (name == null || name.isBlank() ? "" : " (" + name + ")");
            }
        }
    }
}
