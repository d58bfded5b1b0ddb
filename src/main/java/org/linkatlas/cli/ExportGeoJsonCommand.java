package org.linkatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkatlas.AppPaths;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.model.Province;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code export-geojson FILE}: every link as a GeoJSON Feature (RFC 7946, WGS84) with flat properties that
 * GIS tools read as columns: lists are joined with "; ". Written to a temporary file and moved into place.
 */
final class ExportGeoJsonCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportGeoJsonCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("give exactly one output FILE");
        }
        Path target = Path.of(args.positional().get(0));
        Path storePath = args.path("store", AppPaths.bundledStore());
        Catalogue c;
        try (Database db = Database.openReadOnly(storePath)) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println("export-geojson: " + e.getMessage());
            return 1;
        }
        ObjectNode fc = toFeatureCollection(c);
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(temp.toFile(), fc);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("export-geojson: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + c.links().size() + " links to " + target);
        return 0;
    }

    static ObjectNode toFeatureCollection(Catalogue c) {
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
            p.put("provinces_at_signing", String.join("; ", l.provinces()));
            p.put("provinces_2025", l.provinces().stream().map(x -> successors.getOrDefault(x, x)).distinct()
                    .collect(Collectors.joining("; ")));
            p.put("length_km_stated", l.lengthKm());
            double km = GeodesicLength.metres(l.geometry()) / 1000.0;
            p.put("length_km_geodesic", l.kind().isPointLike() ? null : Math.round(km * 100) / 100.0);
            p.put("cost_billion_vnd", l.costBillionVnd());
            p.put("target", l.target() == null ? null : l.target().text());
            p.put("target_value", l.target() == null ? null : l.target().value());
            p.put("accuracy", Codes.of(l.accuracy()));
            p.put("accuracy_km", l.accuracyKm());
            p.put("coord_source", l.coordSource());
            p.put("agreements", joined(l.agreementIds(), Function.identity()));
            p.put("sources", joined(l.sources(), s -> s.seed() + ": \"" + s.quote() + "\""));
            p.put("uncertainties", joined(l.uncertainties(), Function.identity()));
            f.set("geometry", GeoJsonCodec.write(l.geometry()));
        }
        return fc;
    }

    private static <T> String joined(List<T> items, Function<T, String> f) {
        return items.stream().map(f).collect(Collectors.joining("; "));
    }
}
