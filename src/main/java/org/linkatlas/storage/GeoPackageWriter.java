package org.linkatlas.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.linkatlas.files.AtomicFile;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes vector layers as an OGC GeoPackage 1.3 file that GDAL/ogrinfo and QGIS open: the required
 * {@code gpkg_spatial_ref_sys} (WGS 84 and the two undefined systems), {@code gpkg_contents} and
 * {@code gpkg_geometry_columns}, one feature table per layer with geometries as GeoPackage binary (the "GP"
 * header with the envelope, then little-endian WKB), and the R-tree spatial index extension with the triggers
 * that keep it in step if the file is edited later. Coordinates are lon/lat (EPSG:4326, x = longitude).
 *
 * <p>Written whole or not at all ({@link AtomicFile}); the journal is the default rollback one, so no
 * {@code -wal} file is left beside the result. Table and column names are the caller's constants (checked
 * against {@code [a-z_][a-z0-9_]*}), never user text; every value is bound. File I/O: any thread but the JavaFX one.
 */
public final class GeoPackageWriter {
    /** "GPKG" as the SQLite application id, and version 1.3.0 as the user version (GeoPackage 1.3, clause 1.1.1). */
    static final int APPLICATION_ID = 0x47504B47;
    static final int USER_VERSION = 10300;
    static final int WGS84 = 4326;
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /** A column's SQLite/GeoPackage type. BOOLEAN is stored as 0/1. */
    public enum Type {
        TEXT, REAL, INTEGER, BOOLEAN
    }

    public record Column(String name, Type type) {
        public Column {
            checkName(name);
            Objects.requireNonNull(type, "type");
        }
    }

    /** One row: its geometry (lon/lat; may be null or empty) and a value per column, in order. */
    public record Feature(Geometry geometry, List<Object> values) {
        public Feature {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // values may be null
        }
    }

    /**
     * @param table        the table name, also the layer's name in GIS tools
     * @param identifier   a human-readable name for the layer
     * @param description  what the layer holds
     * @param geometryType GEOMETRY, POINT, LINESTRING, MULTILINESTRING, … (GeoPackage's names)
     */
    public record Layer(String table, String identifier, String description, String geometryType, List<Column> columns,
                        List<Feature> features) {
        public Layer {
            checkName(table);
            columns = List.copyOf(columns);
            features = List.copyOf(features);
            if (!NAME.matcher(geometryType.toLowerCase(java.util.Locale.ROOT)).matches()) {
                throw new IllegalArgumentException("geometry type " + geometryType);
            }
            for (Feature f : features) {
                if (f.values().size() != columns.size()) {
                    throw new IllegalArgumentException(table + ": a feature has " + f.values().size() + " values for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    private GeoPackageWriter() {
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith("gpkg_") || name.startsWith("rtree_")) {
            throw new IllegalArgumentException("not a table or column name for a GeoPackage: " + name);
        }
    }

    /** Writes the layers to {@code target}, replacing it only when the whole file is written. */
    public static void write(Path target, List<Layer> layers) throws IOException {
        AtomicFile.write(target, temp -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.toAbsolutePath())) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + USER_VERSION);
                    createMetadataTables(s);
                }
                for (Layer layer : layers) {
                    writeLayer(c, layer);
                }
                c.commit();
            } catch (SQLException e) {
                throw new StorageException("writing the GeoPackage " + target.getFileName() + ": " + e.getMessage(), e);
            }
        });
    }

    private static void createMetadataTables(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE gpkg_spatial_ref_sys (
                  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
                  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)""");
        s.execute("""
                CREATE TABLE gpkg_contents (
                  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                  description TEXT DEFAULT '',
                  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""");
        s.execute("""
                CREATE TABLE gpkg_geometry_columns (
                  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
                  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""");
        s.execute("""
                CREATE TABLE gpkg_extensions (
                  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
                  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""");
        s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84_WKT
                + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
        s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', "
                + "'undefined Cartesian coordinate reference system')");
        s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
                + "'undefined geographic coordinate reference system')");
    }

    private static void writeLayer(Connection c, Layer layer) throws SQLException {
        String t = layer.table();
        String geomType = layer.geometryType().toUpperCase(java.util.Locale.ROOT);
        StringBuilder create = new StringBuilder("CREATE TABLE \"" + t + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom " + geomType);
        StringBuilder insert = new StringBuilder("INSERT INTO \"" + t + "\" (geom");
        StringBuilder marks = new StringBuilder("?");
        for (Column col : layer.columns()) {
            create.append(", \"").append(col.name()).append("\" ").append(col.type().name());
            insert.append(", \"").append(col.name()).append('"');
            marks.append(", ?");
        }
        Envelope extent = new Envelope();
        layer.features().forEach(f -> {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        });
        try (Statement s = c.createStatement()) {
            s.execute(create.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
                VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, t);
            ps.setString(2, layer.identifier());
            ps.setString(3, layer.description() == null ? "" : layer.description());
            bindExtent(ps, 4, extent);
            ps.setInt(8, WGS84);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
            ps.setString(1, t);
            ps.setString(2, geomType);
            ps.setInt(3, WGS84);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(insert.append(") VALUES (").append(marks).append(')').toString())) {
            for (Feature f : layer.features()) {
                ps.setBytes(1, f.geometry() == null ? null : geometryBlob(f.geometry(), WGS84));
                for (int i = 0; i < layer.columns().size(); i++) {
                    bind(ps, i + 2, layer.columns().get(i).type(), f.values().get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        spatialIndex(c, t);
    }

    private static void bindExtent(PreparedStatement ps, int from, Envelope e) throws SQLException {
        if (e.isNull()) {
            for (int i = 0; i < 4; i++) {
                ps.setNull(from + i, java.sql.Types.DOUBLE);
            }
            return;
        }
        ps.setDouble(from, e.getMinX());
        ps.setDouble(from + 1, e.getMinY());
        ps.setDouble(from + 2, e.getMaxX());
        ps.setDouble(from + 3, e.getMaxY());
    }

    private static void bind(PreparedStatement ps, int i, Type type, Object v) throws SQLException {
        if (v == null) {
            ps.setObject(i, null);
            return;
        }
        switch (type) {
            case TEXT -> ps.setString(i, v.toString());
            case REAL -> ps.setDouble(i, ((Number) v).doubleValue());
            case INTEGER -> ps.setLong(i, ((Number) v).longValue());
            case BOOLEAN -> ps.setInt(i, Boolean.TRUE.equals(v) ? 1 : 0);
        }
    }

    /**
     * The R-tree extension (GeoPackage 1.3, annex F.3): a virtual table of each feature's box, filled now, and
     * triggers that keep it right when a GIS tool later inserts, moves or deletes features.
     */
    private static void spatialIndex(Connection c, String t) throws SQLException {
        String rt = "rtree_" + t + "_geom";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE \"" + rt + "\" USING rtree(id, minx, maxx, miny, maxy)");
        }
        // SQLite has no ST_* functions of its own: the boxes come from the blobs' envelopes, read back here
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + rt + "\" VALUES (?, ?, ?, ?, ?)");
             Statement q = c.createStatement();
             var rows = q.executeQuery("SELECT fid, geom FROM \"" + t + "\"")) {
            while (rows.next()) {
                byte[] blob = rows.getBytes(2);
                double[] box = blob == null ? null : envelopeOf(blob);
                if (box == null) {
                    continue;
                }
                ps.setLong(1, rows.getLong(1));
                for (int i = 0; i < 4; i++) {
                    ps.setDouble(i + 2, box[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                + "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            ps.setString(1, t);
            ps.executeUpdate();
        }
        // The triggers rely on the ST_* SQL functions a GeoPackage-aware library (GDAL, QGIS) registers when it
        // edits the file; reading never fires them.
        String box = "ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)";
        String live = "NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER \"" + rt + "_insert\" AFTER INSERT ON \"" + t + "\" WHEN (" + live + ") BEGIN "
                    + "INSERT OR REPLACE INTO \"" + rt + "\" VALUES (NEW.fid, " + box + "); END");
            s.execute("CREATE TRIGGER \"" + rt + "_update1\" AFTER UPDATE OF geom ON \"" + t + "\" WHEN OLD.fid = NEW.fid AND ("
                    + live + ") BEGIN INSERT OR REPLACE INTO \"" + rt + "\" VALUES (NEW.fid, " + box + "); END");
            s.execute("CREATE TRIGGER \"" + rt + "_update2\" AFTER UPDATE OF geom ON \"" + t + "\" WHEN OLD.fid = NEW.fid AND "
                    + "(NEW.geom IS NULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM \"" + rt + "\" WHERE id = OLD.fid; END");
            s.execute("CREATE TRIGGER \"" + rt + "_update3\" AFTER UPDATE ON \"" + t + "\" WHEN OLD.fid != NEW.fid AND ("
                    + live + ") BEGIN DELETE FROM \"" + rt + "\" WHERE id = OLD.fid; INSERT OR REPLACE INTO \"" + rt
                    + "\" VALUES (NEW.fid, " + box + "); END");
            s.execute("CREATE TRIGGER \"" + rt + "_update4\" AFTER UPDATE ON \"" + t + "\" WHEN OLD.fid != NEW.fid AND "
                    + "(NEW.geom IS NULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM \"" + rt + "\" WHERE id IN (OLD.fid, NEW.fid); END");
            s.execute("CREATE TRIGGER \"" + rt + "_delete\" AFTER DELETE ON \"" + t + "\" WHEN OLD.geom NOT NULL BEGIN "
                    + "DELETE FROM \"" + rt + "\" WHERE id = OLD.fid; END");
        }
    }

    /**
     * GeoPackage binary (clause 2.1.3): "GP", version 0, flags (little-endian, envelope [minx, maxx, miny, maxy],
     * or the empty bit and no envelope), the srs id, the envelope, then the geometry as little-endian WKB.
     */
    static byte[] geometryBlob(Geometry g, int srsId) {
        boolean empty = g.isEmpty();
        int dims = 2;
        byte[] wkb = new WKBWriter(dims, ByteOrderValues.LITTLE_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (empty ? 0b0001_0001 : 0b0000_0011));
        b.putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(wkb);
        return b.array();
    }

    /** {minx, maxx, miny, maxy} from a blob {@link #geometryBlob} wrote, or null for an empty geometry. */
    static double[] envelopeOf(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob).order((blob[3] & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if ((blob[3] & 0b0001_0000) != 0 || ((blob[3] >> 1) & 0b111) != 1) {
            return null;
        }
        return new double[] {b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32)};
    }
}
