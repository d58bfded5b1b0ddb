package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.storage.GeoPackageWriter.Column;
import org.linkatlas.storage.GeoPackageWriter.Feature;
import org.linkatlas.storage.GeoPackageWriter.Layer;
import org.linkatlas.storage.GeoPackageWriter.Type;
import org.linkatlas.testing.Ogrinfo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

/** A GeoPackage written by {@link GeoPackageWriter}, opened by GDAL's real ogrinfo and by SQLite. */
class GeoPackageWriterTest {
    @TempDir
    Path dir;

    private static final Geometry LINE = GeoJsonCodec.WGS84.createLineString(new Coordinate[] {
        new Coordinate(106.30, 21.10), new Coordinate(106.31, 21.11), new Coordinate(106.35, 21.12)});
    private static final Geometry POINT = GeoJsonCodec.WGS84.createPoint(new Coordinate(106.7, 20.9));

    private static List<Layer> layers() {
        List<Column> cols = List.of(new Column("name", Type.TEXT), new Column("km", Type.REAL), new Column("n", Type.INTEGER),
                new Column("overdue", Type.BOOLEAN));
        return List.of(
                new Layer("links", "Links", "test links", "GEOMETRY", cols, List.of(
                        new Feature(LINE, List.of("Cầu Đồng Việt", 1.5, 3, true)),
                        new Feature(POINT, Arrays.asList("Cảng Cái Lân", null, 1, false)))),
                new Layer("places", "Places", "test places", "POINT", List.of(new Column("name", Type.TEXT)),
                        List.of(new Feature(POINT, List.of("Hạ Long")))));
    }

    @Test
    void ogrinfoReadsBothLayersWithTheirCountsGeometryAndFields() throws Exception {
        Path f = dir.resolve("t.gpkg");
        GeoPackageWriter.write(f, layers());
        Ogrinfo.Summary s = Ogrinfo.summary(f);
        assertEquals(List.of("links", "places"), List.copyOf(s.layers().keySet()));
        Ogrinfo.Layer links = s.layers().get("links");
        assertEquals(2, links.features());
        assertEquals("Unknown (any)", links.geometry(), "GEOMETRY: mixed lines and points");
        assertEquals("String", links.fields().get("name"));
        assertEquals("Real", links.fields().get("km"));
        assertEquals("Integer64", links.fields().get("n"));
        assertEquals("Integer(Boolean)", links.fields().get("overdue"), "BOOLEAN is read as a boolean");
        assertEquals("Point", s.layers().get("places").geometry());
        assertEquals(1, s.layers().get("places").features());
        assertFalse(s.stderr().contains("ERROR") || s.stderr().contains("Warning"), s.stderr());
    }

    @Test
    void gdalsValidatorFindsNothingWrong() throws Exception {
        Path validator = Ogrinfo.validator();
        org.junit.jupiter.api.Assumptions.assumeTrue(validator != null,
                "GDAL's validate_gpkg.py (python3-gdal) is not installed; ogrinfo is tested on its own");
        Path f = dir.resolve("v.gpkg");
        GeoPackageWriter.write(f, layers());
        Process p = new ProcessBuilder("python3", validator.toString(), f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("", out.strip(), "the validator's complaints");
    }

    @Test
    void headerIdsBlobsAndTheSpatialIndexAreThere() throws Exception {
        Path f = dir.resolve("h.gpkg");
        GeoPackageWriter.write(f, layers());
        byte[] head = Arrays.copyOf(Files.readAllBytes(f), 72);
        assertEquals("SQLite format 3", new String(head, 0, 15, StandardCharsets.US_ASCII));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA application_id")) {
                assertEquals(0x47504B47, r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                assertEquals(10300, r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("SELECT geom FROM links ORDER BY fid")) {
                r.next();
                byte[] blob = r.getBytes(1);
                assertEquals('G', blob[0]);
                assertEquals('P', blob[1]);
                assertEquals(0, blob[2], "version 1");
                assertEquals(4326, java.nio.ByteBuffer.wrap(blob, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
                double[] box = GeoPackageWriter.envelopeOf(blob);
                assertEquals(106.30, box[0], 1e-12);
                assertEquals(106.35, box[1], 1e-12);
                Geometry back = new WKBReader().read(Arrays.copyOfRange(blob, 40, blob.length));
                assertTrue(back.equalsExact(LINE), back.toText());
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM rtree_links_geom WHERE minx <= 106.7 AND maxx >= 106.7")) {
                assertEquals(1, r.getInt(1), "the point's box is indexed");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")) {
                assertEquals(2, r.getInt(1));
            }
        }
        assertFalse(Files.exists(dir.resolve("h.gpkg-wal")), "no WAL left beside the file");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFile() throws Exception {
        Path f = dir.resolve("keep.gpkg");
        Files.writeString(f, "previous");
        Layer bad = new Layer("links", "L", "", "GEOMETRY", List.of(new Column("n", Type.INTEGER)),
                List.of(new Feature(LINE, List.of("not a number"))));
        assertThrows(RuntimeException.class, () -> GeoPackageWriter.write(f, List.of(bad)));
        assertEquals("previous", Files.readString(f));
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Column("x\"; DROP TABLE y", Type.TEXT));
        assertThrows(IllegalArgumentException.class, () -> new Layer("gpkg_contents", "x", "", "POINT", List.of(), List.of()));
    }
}
