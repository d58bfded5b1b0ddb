package org.linkatlas.edit.geometry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.storage.GeoPackageFeatures;
import org.linkatlas.storage.GeoPackageWriter;
import org.linkatlas.storage.StorageException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;

/**
 * Geometry in and out of the atlas through the files GIS tools write (issue 14): the points and lines of a GeoJSON
 * or GeoPackage file, to choose one as a link's geometry, and one link's geometry written to either format. Only
 * WGS 84 longitude/latitude is taken: a GeoPackage table or a GeoJSON {@code crs} member naming another system is
 * refused with that system's name; positions beyond ±180/±90 are refused as not lon/lat. File I/O: any thread but
 * the JavaFX one.
 */
public final class GeometryFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeometryFiles() {
    }

    /** A file the atlas cannot take geometry from; the message says why, for the user. */
    public static final class GeometryFileException extends Exception {
        public GeometryFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The points and lines of {@code file} (.geojson/.json or .gpkg), in file order; polygons are left out. */
    public static List<FileFeature> read(Path file) throws GeometryFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<FileFeature> out;
        if (name.endsWith(".gpkg")) {
            out = readGeoPackage(file);
        } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
            out = readGeoJson(file);
        } else {
            throw new GeometryFileException(file.getFileName() + ": choose a GeoJSON (.geojson) or GeoPackage (.gpkg) file", null);
        }
        if (out.isEmpty()) {
            throw new GeometryFileException(file.getFileName() + " holds no point or line", null);
        }
        return out;
    }

    private static List<FileFeature> readGeoPackage(Path file) throws GeometryFileException {
        GeoPackageFeatures.Contents contents;
        try {
            contents = GeoPackageFeatures.read(file);
        } catch (StorageException e) {
            throw new GeometryFileException(e.getMessage(), e);
        }
        List<FileFeature> out = new ArrayList<>();
        for (GeoPackageFeatures.Feature f : contents.features()) {
            Geometry g = usable(f.geometry());
            if (g != null) {
                Map<String, String> props = nfc(f.properties());
                out.add(new FileFeature(f.table(), f.row(), FileFeature.labelOf(props), g, props));
            }
        }
        return out;
    }

    private static List<FileFeature> readGeoJson(Path file) throws GeometryFileException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new GeometryFileException(file.getFileName() + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GeometryFileException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GeometryFileException(file.getFileName() + " is not a GeoJSON object", null);
        }
        String crs = otherCrs(root.path("crs"));
        if (crs != null) {
            throw new GeometryFileException(file.getFileName() + " is in " + crs + ", not WGS 84 longitude/latitude "
                    + "(EPSG:4326): convert it first, for example with ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson", null);
        }
        List<JsonNode> features = new ArrayList<>();
        switch (root.path("type").asText("")) {
            case "FeatureCollection" -> root.path("features").forEach(features::add);
            case "Feature" -> features.add(root);
            default -> {
                ObjectNode wrap = JSON.createObjectNode();
                wrap.set("geometry", root);
                features.add(wrap);
            }
        }
        String layer = file.getFileName().toString();
        List<FileFeature> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode geometry = f.path("geometry");
            String type = geometry.path("type").asText("");
            if (geometry.isNull() || geometry.isMissingNode() || !List.of("Point", "LineString", "MultiLineString").contains(type)) {
                continue;
            }
            Geometry g;
            try {
                g = GeoJsonCodec.read(geometry);
            } catch (IllegalArgumentException e) {
                throw new GeometryFileException(layer + ", feature " + (i + 1) + ": " + e.getMessage(), e);
            }
            Map<String, String> raw = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull() && e.getValue().isValueNode()) {
                    raw.put(e.getKey(), e.getValue().asText());
                }
            });
            if (f.has("id") && f.get("id").isValueNode()) {
                raw.putIfAbsent("id", f.get("id").asText());
            }
            Map<String, String> props = nfc(raw);
            out.add(new FileFeature(layer, i + 1, FileFeature.labelOf(props), g, props));
        }
        return out;
    }

    /** The name of the CRS a GeoJSON (2008) {@code crs} member gives when it is not WGS 84 lon/lat, else null. */
    static String otherCrs(JsonNode crs) {
        if (crs == null || crs.isMissingNode() || crs.isNull()) {
            return null;
        }
        String name = crs.path("properties").path("name").asText(crs.path("properties").path("href").asText("an unnamed system"));
        String n = name.toUpperCase(Locale.ROOT);
        if (n.endsWith("CRS84") || n.endsWith("EPSG::4326") || n.equals("EPSG:4326")) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("EPSG:+(\\d+)$").matcher(n);
        return m.find() ? "EPSG:" + m.group(1) : name;
    }

    /** Points and lines in 2D lon/lat, positions checked; null for what cannot be a link's geometry. */
    private static Geometry usable(Geometry g) throws GeometryFileException {
        if (g == null || g.isEmpty()) {
            return null;
        }
        if (!(g instanceof Point || g instanceof LineString || g instanceof MultiLineString)) {
            return null;
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                throw new GeometryFileException("position " + c.x + ", " + c.y + " is not longitude/latitude in degrees", null);
            }
        }
        return GeometryShapes.build(g, GeometryShapes.parts(g));
    }

    private static Map<String, String> nfc(Map<String, String> props) {
        Map<String, String> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(k, Normalizer.normalize(v, Normalizer.Form.NFC)));
        return out;
    }

    /** Writes {@code l}'s geometry to {@code target} (.geojson or .gpkg) with its id, names, kind and accuracy. */
    public static void export(Link l, Path target) throws IOException {
        if (l.geometry() == null) {
            throw new IllegalArgumentException("link " + l.id() + " has no geometry to export");
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        var accuracy = GeometryAccuracy.of(l);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", l.id());
        props.put("name_vi", l.nameVi());
        props.put("name_en", l.nameEn());
        props.put("kind", Codes.of(l.kind()));
        props.put("accuracy", Codes.of(l.accuracy()));
        props.put("method", accuracy.map(a -> a.method().code()).orElse(null));
        props.put("uncertainty_km", l.accuracyKm());
        props.put("coord_source", l.coordSourceText() == null ? null : l.coordSourceText().in("en"));
        if (name.endsWith(".gpkg")) {
            List<GeoPackageWriter.Column> columns = new ArrayList<>();
            props.forEach((k, v) -> columns.add(new GeoPackageWriter.Column(k,
                    v instanceof Double ? GeoPackageWriter.Type.REAL : GeoPackageWriter.Type.TEXT)));
            GeoPackageWriter.write(target, List.of(new GeoPackageWriter.Layer("link_geometry", l.id(),
                    "the geometry of link " + l.id() + " from Link Atlas", l.geometry().getGeometryType().toUpperCase(Locale.ROOT),
                    columns, List.of(new GeoPackageWriter.Feature(l.geometry(), new ArrayList<>(props.values()))))));
            return;
        }
        if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
            throw new IllegalArgumentException("export to a .geojson or a .gpkg file");
        }
        ObjectNode feature = JSON.createObjectNode();
        feature.put("type", "Feature");
        ObjectNode p = feature.putObject("properties");
        props.forEach((k, v) -> {
            if (v instanceof Double d) {
                p.put(k, d);
            } else {
                p.put(k, (String) v);
            }
        });
        feature.set("geometry", GeoJsonCodec.write(l.geometry()));
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.putArray("features").add(feature);
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(fc);
        AtomicFile.write(target, temp -> Files.write(temp, bytes));
    }
}
