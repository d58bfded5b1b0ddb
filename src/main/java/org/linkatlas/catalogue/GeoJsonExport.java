package org.linkatlas.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Province;

/**
 * Every link as a GeoJSON Feature (RFC 7946, WGS84) with flat properties that GIS tools read as columns:
 * lists are joined with "; ". Used by {@code export-geojson} and the window's File menu. Pure; any thread.
 */
public final class GeoJsonExport {
    private GeoJsonExport() {
    }

    public static ObjectNode featureCollection(Catalogue c) {
        Map<String, String> successors = c.provinces().stream()
                .collect(Collectors.toMap(Province::name, Province::successor));
        ObjectMapper json = new ObjectMapper();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Link l : c.links()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", l.id());
            ObjectNode p = f.putObject("properties");
            p.put("id", l.id());
            p.put("name_vi", l.nameVi());
            p.put("name_en", l.nameEn());
            p.put("kind", Codes.of(l.kind()));
            p.put("road_class", Codes.of(l.roadClass()));
            p.put("status", Codes.of(l.status()));
            p.put("state", Codes.of(l.state()));
            p.put("interventions", l.interventions().stream().map(iv -> Codes.of(iv.kind()) + " " + Codes.of(iv.stage()))
                    .collect(Collectors.joining("; ")));
            p.put("provinces_at_signing", String.join("; ", l.provinces()));
            p.put("provinces_2025", l.provinces().stream().map(x -> successors.getOrDefault(x, x)).distinct()
                    .collect(Collectors.joining("; ")));
            p.put("length_km_stated", l.lengthKm());
            double km = l.located() ? GeodesicLength.metres(l.geometry()) / 1000.0 : 0;
            p.put("length_km_geodesic", l.kind().isPointLike() || !l.located() ? null : Math.round(km * 100) / 100.0);
            p.put("cost_billion_vnd", l.costBillionVnd());
            p.put("target", l.target() == null ? null : l.target().text());
            p.put("target_value", l.target() == null ? null : l.target().value());
            p.put("accuracy", Codes.of(l.accuracy()));
            p.put("accuracy_km", l.accuracyKm());
            p.put("coord_source", l.coordSource());
            Set<String> agreements = new LinkedHashSet<>(l.agreementIds());
            c.commitments().stream().filter(cm -> cm.linkIds().contains(l.id())).map(Commitment::agreementId)
                    .forEach(agreements::add);
            p.put("agreements", String.join("; ", agreements));
            p.put("sources", joined(l.sources(), s -> s.seed() + ": \"" + s.quote() + "\""));
            p.put("uncertainties", joined(l.uncertainties(), Function.identity()));
            if (l.located()) {
                f.set("geometry", GeoJsonCodec.write(l.geometry()));
            } else {
                f.putNull("geometry"); // GeoJSON's way of saying the location is unknown
            }
        }
        return fc;
    }

    /** Writes to a temporary file beside {@code target} and moves it into place: a failed export leaves no half file. */
    public static void write(Catalogue c, java.nio.file.Path target) throws java.io.IOException {
        org.linkatlas.files.AtomicFile.write(target, temp -> new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValue(temp.toFile(), featureCollection(c)));
    }

    private static <T> String joined(List<T> items, Function<T, String> f) {
        return items.stream().map(f).collect(Collectors.joining("; "));
    }
}
