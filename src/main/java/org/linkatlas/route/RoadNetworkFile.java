package org.linkatlas.route;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Accuracy;
import org.linkatlas.route.RoadNetworkException.Reason;
import org.linkatlas.storage.GeoPackageReader;
import org.linkatlas.storage.StorageException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Reads a road network from a file: GeoJSON (a FeatureCollection of LineStrings / MultiLineStrings) or a
 * GeoPackage (its first feature table of lines, read by {@link GeoPackageReader}). A line is a road when its
 * {@code highway} is one of {@link RoadLine#CLASSES} (or a {@code _link} ramp), or a ferry when
 * {@code route=ferry}; its {@code ref} and {@code bridge} come from their own properties or, in an
 * ogr2ogr extract of OpenStreetMap, from {@code other_tags} ({@code "ref"=>"QL18","bridge"=>"yes"}). The
 * bundled base network also states {@code source} and {@code accuracy} per line.
 *
 * <p>A file is refused, with the reason, when it cannot be read, is not GeoJSON or GeoPackage, holds no
 * feature, holds no road line, is not in longitude/latitude, or lies outside the region. File I/O: any thread
 * but the JavaFX one; reports progress (0..1) and stops with a {@link CancellationException} when told.
 */
public final class RoadNetworkFile {
    /** The region the app covers (lon 105.5–108.2, lat 20.6–22.2). */
    public static final Envelope REGION = new Envelope(105.5, 108.2, 20.6, 22.2);

    /**
     * A network read from a file.
     *
     * @param name        the file's name, for the status line
     * @param attribution what the map and the reports must credit ("© OpenStreetMap contributors" for OSM data)
     * @param roads       its road lines
     * @param skipped     lines that are not roads (railways, paths, …) or not lines
     */
    public record Network(String name, String attribution, List<RoadLine> roads, int skipped) {
        public Network {
            roads = List.copyOf(roads);
        }

        public List<org.linkatlas.model.Link> links() {
            return ContextRoads.links(roads);
        }
    }

    public static final String BUNDLED_FILE = "base_roads.geojson";
    /** The credit OpenStreetMap's licence asks for, given to a file made from OSM data. */
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

    private RoadNetworkFile() {
    }

    /** The bundled base network ({@code networkDir/base_roads.geojson}). */
    public static Network bundled(Path networkDir) throws RoadNetworkException {
        return read(networkDir.resolve(BUNDLED_FILE), p -> { }, () -> false);
    }

    public static Network read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws RoadNetworkException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RoadNetworkException(Reason.UNREADABLE, file.getFileName() + ": no such readable file");
        }
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 16);
        } catch (IOException e) {
            throw new RoadNetworkException(Reason.UNREADABLE, file.getFileName() + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new RoadNetworkException(Reason.EMPTY, file.getFileName() + ": the file is empty");
        }
        Collector c = new Collector(file.getFileName().toString(), cancelled);
        if (n == 16 && new String(head, 0, 15, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3")) {
            try {
                GeoPackageReader.read(file, (g, props) -> c.add(g, props), progress, cancelled);
            } catch (StorageException e) {
                throw new RoadNetworkException(Reason.MALFORMED, file.getFileName() + ": " + e.getMessage(), e);
            }
        } else {
            readGeoJson(file, c, progress);
        }
        return c.finish();
    }

    /**
     * Streams the FeatureCollection one feature at a time (a 36 MB file of 200,000 lines never becomes one tree),
     * reporting progress by the share of the file's bytes read. A syntax error anywhere refuses the file as
     * malformed, as does a root that is not an object with a {@code features} array.
     */
    private static void readGeoJson(Path file, Collector c, DoubleConsumer progress) throws RoadNetworkException {
        long size;
        boolean collection = false;
        int i = 0;
        try (JsonParser p = new ObjectMapper().createParser(file.toFile())) {
            size = Math.max(1, Files.size(file));
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("features".equals(field) && value == JsonToken.START_ARRAY && !collection) {
                        collection = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode f = p.readValueAsTree();
                            add(file, c, f, i);
                            if (++i % 4096 == 0) {
                                progress.accept(Math.min(0.99, (double) p.currentLocation().getByteOffset() / size));
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (root != null) {
                p.skipChildren(); // surfaces a syntax error further on, as reading the whole tree did
            }
        } catch (IOException e) {
            throw new RoadNetworkException(Reason.MALFORMED, file.getFileName() + ": not GeoJSON or GeoPackage ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        if (!collection) {
            throw new RoadNetworkException(Reason.MALFORMED, file.getFileName() + ": not a GeoJSON FeatureCollection");
        }
        progress.accept(1);
    }

    private static void add(Path file, Collector c, JsonNode f, int i) throws RoadNetworkException {
        Geometry g;
        try {
            g = f.path("geometry").isNull() || f.path("geometry").isMissingNode() ? null : GeoJsonCodec.read(f.path("geometry"));
        } catch (RuntimeException e) {
            throw new RoadNetworkException(Reason.MALFORMED, file.getFileName() + ": feature " + i + ": " + e.getMessage(), e);
        }
        Map<String, String> props = new java.util.HashMap<>();
        f.path("properties").fields().forEachRemaining(en -> {
            if (!en.getValue().isNull()) {
                props.put(en.getKey(), en.getValue().asText());
            }
        });
        c.add(g, props);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** Turns features into road lines and checks the whole. */
    private static final class Collector {
        final String name;
        final BooleanSupplier cancelled;
        final List<RoadLine> roads = new ArrayList<>();
        int features;
        int skipped;
        boolean osm;
        final Envelope extent = new Envelope();

        Collector(String name, BooleanSupplier cancelled) {
            this.name = name;
            this.cancelled = cancelled;
        }

        void add(Geometry g, Map<String, String> props) {
            if ((features++ & 1023) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Map<String, String> tags = new java.util.HashMap<>(OtherTags.parse(props.get("other_tags")));
            tags.putAll(props);
            osm |= tags.containsKey("osm_id") || tags.containsKey("osm_way_id");
            String highway = tags.get("highway");
            boolean ferry = "ferry".equals(tags.get("route"));
            if (g == null || (RoadLine.roadClass(highway) == null && !ferry)) {
                skipped++;
                return;
            }
            boolean any = false;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line && line.getNumPoints() >= 2) {
                    extent.expandToInclude(line.getEnvelopeInternal());
                    String id = tags.getOrDefault("id", tags.getOrDefault("osm_id", "line-" + features)) + (i > 0 ? "-" + i : "");
                    roads.add(new RoadLine(id, nfc(tags.get("name")), nfc(tags.get("ref")), highway == null ? "ferry" : highway,
                            isYes(tags.get("bridge")), ferry, accuracy(tags.get("accuracy")),
                            tags.getOrDefault("source", name), line));
                    any = true;
                }
            }
            if (!any) {
                skipped++;
            }
        }

        Network finish() throws RoadNetworkException {
            if (features == 0) {
                throw new RoadNetworkException(Reason.EMPTY, name + ": holds no feature");
            }
            if (roads.isEmpty()) {
                throw new RoadNetworkException(Reason.NO_ROADS, name + ": none of its " + features
                        + " features is a road line (highway = motorway, trunk, primary, secondary, tertiary or unclassified)");
            }
            if (Math.abs(extent.getMinX()) > 180 || Math.abs(extent.getMaxX()) > 180 || Math.abs(extent.getMinY()) > 90
                    || Math.abs(extent.getMaxY()) > 90) {
                throw new RoadNetworkException(Reason.NOT_LON_LAT, name + ": coordinates up to " + (long) extent.getMaxX()
                        + ", " + (long) extent.getMaxY() + " are not longitude/latitude (WGS84)");
            }
            if (!extent.intersects(REGION)) {
                throw new RoadNetworkException(Reason.OUT_OF_REGION, String.format(java.util.Locale.ROOT,
                        "%s: its roads (lon %.2f–%.2f, lat %.2f–%.2f) lie outside the region (lon 105.5–108.2, lat 20.6–22.2)",
                        name, extent.getMinX(), extent.getMaxX(), extent.getMinY(), extent.getMaxY()));
            }
            return new Network(name, osm ? OSM_ATTRIBUTION : name, roads, skipped);
        }

        private static boolean isYes(String v) {
            return v != null && !v.equals("no") && !v.isBlank();
        }

        private static Accuracy accuracy(String v) {
            if (v == null) {
                return Accuracy.LOCATED;
            }
            return switch (v) {
                case "schematic" -> Accuracy.SCHEMATIC;
                case "approximate" -> Accuracy.APPROXIMATE;
                default -> Accuracy.LOCATED;
            };
        }

        private static String nfc(String s) {
            return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
        }
    }
}
