package org.linkatlas.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.RoadClass;
import org.linkatlas.search.TextFolding;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The basemap's schematic national roads and expressways ({@code routes_schematic.geojson}) as links a route
 * may use between the links the agreements name: they carry no agreement, commitment or source, so a route
 * summary shows them as context. Their ids start with {@value #PREFIX}; their accuracy is schematic and the
 * uncertainty of their course unknown ({@code NaN} km). Railways in the file are left out. File I/O: any
 * thread but the JavaFX one; the links are immutable.
 */
public final class ContextRoads {
    public static final String PREFIX = "context-";
    public static final String FILE = "routes_schematic.geojson";

    private ContextRoads() {
    }

    /** True for a link made here rather than read from the store. */
    public static boolean isContext(Link l) {
        return l.id().startsWith(PREFIX);
    }

    /**
     * The roads of {@code basemapDir/routes_schematic.geojson}.
     *
     * @throws IOException when the file cannot be read or is not a GeoJSON FeatureCollection; routing then
     *                     goes on without context roads and the caller says so
     */
    public static List<Link> read(Path basemapDir) throws IOException {
        Path file = basemapDir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("features").isArray()) {
            throw new IOException(file + ": not a GeoJSON FeatureCollection");
        }
        List<Link> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            String cls = f.path("properties").path("class").asText("");
            LinkKind kind = switch (cls) {
                case "national road" -> LinkKind.ROAD;
                case "expressway" -> LinkKind.EXPRESSWAY;
                default -> null; // railways are not roads
            };
            if (kind == null) {
                continue;
            }
            Geometry g;
            try {
                g = GeoJsonCodec.read(f.path("geometry"));
            } catch (RuntimeException e) {
                throw new IOException(file + ": feature " + out.size() + ": " + e.getMessage(), e);
            }
            if (!(g instanceof LineString)) {
                continue;
            }
            String name = Normalizer.normalize(f.path("properties").path("name").asText("?"), Normalizer.Form.NFC);
            String precision = f.path("properties").path("precision").asText("");
            String confidence = f.path("properties").path("confidence").asText("");
            out.add(new Link(PREFIX + slug(name), name, name, kind,
                    RoadClass.NATIONAL, LinkStatus.EXISTING,
                    null, List.of(), List.of(), null, null, null, null, List.of(), g, Accuracy.SCHEMATIC, Double.NaN,
                    "offline basemap " + FILE + ": " + precision, List.of(),
                    confidence.isEmpty() ? List.of() : List.of("confidence: " + confidence)));
        }
        return List.copyOf(out);
    }

    private static String slug(String name) {
        String folded = TextFolding.fold(name.replaceAll("\\s*\\(.*$", ""));
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
