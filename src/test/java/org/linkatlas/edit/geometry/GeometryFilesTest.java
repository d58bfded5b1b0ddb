package org.linkatlas.edit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.edit.EditSession;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.Ogrinfo;
import org.locationtech.jts.geom.Coordinate;

/**
 * Issue 14: geometry in from GeoJSON and GeoPackage features (fixtures made by GDAL: make-fixtures.sh beside
 * them), refused in another CRS with its name, and one link's geometry out to both formats, read back by the
 * importer and by GDAL's ogrinfo.
 */
class GeometryFilesTest {
    static Path fixture(String name) throws Exception {
        return Path.of(GeometryFilesTest.class.getResource(name).toURI());
    }

    @Test
    void aGeoPackageListsItsLinesAndPointsFromEveryLayer() throws Exception {
        List<FileFeature> fs = GeometryFiles.read(fixture("traces.gpkg"));
        assertEquals(List.of("landings #1 · Bến thử nghiệm · Point",
                        "traced_lines #1 · Cầu Đồng Việt (vết vẽ) · LineString, 0.5 km",
                        "traced_lines #2 · Đường thử nghiệm · LineString, 2.4 km"),
                fs.stream().map(FileFeature::describe).toList());
        FileFeature trace = fs.get(1);
        assertEquals(new Coordinate(106.323, 21.1474), trace.geometry().getCoordinates()[1]);
        assertTrue(Double.isNaN(fs.get(2).geometry().getCoordinates()[0].getZ()), "the Z value is dropped");
        assertEquals("test fixture", trace.properties().get("surveyor"));
    }

    @Test
    void aGeoJsonFileListsItsPointsAndLinesButNoPolygon() throws Exception {
        List<FileFeature> fs = GeometryFiles.read(fixture("traces.geojson"));
        assertEquals(3, fs.size(), "the polygon is left out");
        assertEquals("traces.geojson #2 · Đường thử nghiệm · LineString, 2.4 km", fs.get(1).describe());
    }

    @Test
    void anotherCrsIsRefusedByName() throws Exception {
        var gpkg = assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(fixture("traces-utm.gpkg")));
        assertTrue(gpkg.getMessage().startsWith("table traced_lines_utm is in EPSG:32648 (WGS 84 / UTM zone 48N), "
                + "not WGS 84 longitude/latitude (EPSG:4326)"), gpkg.getMessage());
        var json = assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(fixture("traces-utm.geojson")));
        assertTrue(json.getMessage().startsWith("traces-utm.geojson is in EPSG:32648, not WGS 84"), json.getMessage());
    }

    @Test
    void badFilesGetAClearMessage(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");
        assertTrue(assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(broken))
                .getMessage().startsWith("broken.geojson is not valid JSON"));
        Path projected = Files.writeString(dir.resolve("projected.geojson"),
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[637604,2338970],[637371,2339033]]}}");
        assertTrue(assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(projected))
                .getMessage().contains("is not lon/lat in degrees"));
        Path polygons = Files.writeString(dir.resolve("area.geojson"),
                "{\"type\":\"Polygon\",\"coordinates\":[[[106,21],[106.1,21],[106.1,21.1],[106,21]]]}");
        assertEquals("area.geojson holds no point or line", assertThrows(GeometryFiles.GeometryFileException.class,
                () -> GeometryFiles.read(polygons)).getMessage());
        Path notGpkg = Files.writeString(dir.resolve("fake.gpkg"), "not sqlite at all");
        assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(notGpkg));
        assertTrue(assertThrows(GeometryFiles.GeometryFileException.class, () -> GeometryFiles.read(dir.resolve("x.shp")))
                .getMessage().contains("GeoJSON (.geojson) or GeoPackage (.gpkg)"));
    }

    @Test
    void aTracedLineReplacesABridgesGeometryAndGoesOutAgain(@TempDir Path dir) throws Exception {
        Catalogue real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        FileFeature trace = GeometryFiles.read(fixture("traces.gpkg")).get(1);
        EditSession s = new EditSession(real);
        GeometryAccuracy traced = new GeometryAccuracy(GeometryMethod.TRACED, 0.02);
        s.execute(GeometryEdits.setGeometry(s.current(), "cau-dong-viet", trace.geometry(), traced));
        Link l = GeometryEditsTest.link(s.current(), "cau-dong-viet");
        assertEquals(3, l.geometry().getNumPoints());
        for (String ext : List.of("geojson", "gpkg")) {
            Path out = dir.resolve("cau-dong-viet." + ext);
            GeometryFiles.export(l, out);
            FileFeature back = GeometryFiles.read(out).get(0);
            assertTrue(back.geometry().equalsExact(l.geometry()), ext + ": " + back.geometry());
            assertEquals("cau-dong-viet", back.properties().get("id"));
            assertEquals("traced", back.properties().get("method"));
            assertEquals("Cầu Đồng Việt", back.properties().get("name_vi").substring(0, 13));
            Ogrinfo.Summary info = Ogrinfo.summary(out);
            Ogrinfo.Layer layer = info.layers().values().iterator().next();
            assertEquals("Line String", layer.geometry(), ext);
            assertEquals(1, layer.features());
            assertTrue(layer.fields().containsKey("method") && layer.fields().containsKey("uncertainty_km"), layer.fields().toString());
            assertEquals("", info.stderr().strip(), "GDAL reads it without complaint");
        }
        assertThrows(IllegalArgumentException.class,
                () -> GeometryFiles.export(GeometryEditsTest.link(real, "cau-thay-the-pha-rung"), dir.resolve("x.geojson")));
    }
}
