package org.linkatlas.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The district seats of the six provinces of the agreements ({@code data/network/district_seats.geojson}, made
 * by {@code make_network.py} from GeoNames and the dvhcvn district polygons): so that a district's name finds
 * its seat. File I/O: any thread but the JavaFX one; the list is immutable.
 */
public final class DistrictSeats {
    public static final String FILE = "district_seats.geojson";

    /** A seat: the district ("Huyện Yên Dũng") and its short name ("Yên Dũng"), the seat's own name ("Neo"). */
    public record Seat(String id, String district, String districtShort, String name, String province,
                       double lon, double lat, boolean island) {
        /** "Yên Dũng (Neo)", or just "Bắc Giang" when the seat bears the district's name. */
        public String label() {
            return name.equals(districtShort) ? districtShort : districtShort + " (" + name + ")";
        }
    }

    private DistrictSeats() {
    }

    public static List<Seat> read(Path networkDir) throws IOException {
        Path file = networkDir.resolve(FILE);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.path("features").isArray()) {
            throw new IOException(file.getFileName() + ": not a GeoJSON FeatureCollection");
        }
        List<Seat> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode p = f.path("properties");
            JsonNode c = f.path("geometry").path("coordinates");
            out.add(new Seat(p.path("id").asText(), nfc(p.path("district").asText()), nfc(p.path("district_short").asText()),
                    nfc(p.path("name").asText()), nfc(p.path("province").asText()), c.get(0).asDouble(), c.get(1).asDouble(),
                    p.path("island").asBoolean(false)));
        }
        return List.copyOf(out);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
