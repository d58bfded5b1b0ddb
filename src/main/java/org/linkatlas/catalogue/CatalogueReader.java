package org.linkatlas.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.AgreementType;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.CommitmentTopic;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.InterventionKind;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Result;
import org.linkatlas.model.Stage;
import org.linkatlas.model.Party;
import org.linkatlas.model.PartyKind;
import org.linkatlas.model.Place;
import org.linkatlas.model.Province;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Seed;
import org.locationtech.jts.geom.Point;

/**
 * Reads {@code data/} (provinces.csv, parties.csv, places.geojson, catalogue/*.json) and {@code seeds/*.txt}
 * into a {@link Catalogue}. Structural problems fail at once with a {@link CatalogueException} naming file,
 * record and field; cross-record rules are the {@link CatalogueValidator}'s. Does file I/O: never on the
 * JavaFX thread.
 */
public final class CatalogueReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Catalogue read(Path dataDir, Path seedsDir) {
        List<Seed> seeds = readSeeds(seedsDir);
        List<Province> provinces = readCsv(dataDir.resolve("provinces.csv"), r -> new Province(
                r.get("name_at_signing"), r.get("name_en"), r.get("successor_2025"), blankToNull(r.get("note"))));
        List<Party> parties = new ArrayList<>(readCsv(dataDir.resolve("parties.csv"), r -> new Party(r.get("id"),
                r.get("name_vi"), blankToNull(r.get("name_en")), parseCsvCode(r, "kind", PartyKind.class),
                blankToNull(r.get("province")))));
        List<Place> places = new ArrayList<>(readPlacesGeoJson(dataDir.resolve("places.geojson")));
        List<Agreement> agreements = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        osm = readOsmGeometry(dataDir.resolve("osm").resolve("links.geojson"));
        for (Path file : catalogueFiles(dataDir.resolve("catalogue"))) {
            JsonNode root = parseJson(file);
            String name = display(file);
            RecordReader top = new RecordReader(name, "file", root);
            top.allowOnly("seed", "parties", "places", "agreements", "links", "commitments", "results");
            String seed = top.text("seed");
            String expected = file.getFileName().toString().replaceFirst("\\.json$", ".txt");
            if (!seed.equals(expected)) {
                throw top.fail("seed", "'" + seed + "' does not match the file name (expected " + expected + ")");
            }
            records(root, name, "parties").forEach(r -> parties.add(party(r)));
            records(root, name, "places").forEach(r -> places.add(place(r)));
            records(root, name, "agreements").forEach(r -> agreements.add(agreement(r)));
            records(root, name, "links").forEach(r -> links.add(link(r)));
            records(root, name, "commitments").forEach(r -> commitments.add(commitment(r)));
            records(root, name, "results").forEach(r -> results.add(result(r)));
        }
        return new Catalogue(seeds, provinces, parties, places, agreements, links, commitments, results);
    }

    private static List<Path> catalogueFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogueException(display(dir), null, null, "folder missing");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException(display(dir), null, null, "cannot list: " + e.getMessage(), e);
        }
    }

    private static List<RecordReader> records(JsonNode root, String file, String section) {
        JsonNode list = root.get(section);
        List<RecordReader> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new CatalogueException(file, section, null, "must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            out.add(new RecordReader(file, section + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    private static Party party(RecordReader r) {
        r.allowOnly("id", "name_vi", "name_en", "kind", "province");
        return new Party(r.text("id"), r.text("name_vi"), r.optionalText("name_en"), r.code("kind", PartyKind.class),
                r.optionalText("province"));
    }

    private static Place place(RecordReader r) {
        Point p = org.linkatlas.geo.GeoJsonCodec.WGS84.createPoint(
                new org.locationtech.jts.geom.Coordinate(r.number("lon"), r.number("lat")));
        r.allowOnly("id", "name_vi", "name_en", "kind", "lon", "lat", "accuracy", "accuracy_km", "coord_source", "province");
        return new Place(r.text("id"), r.text("name_vi"), r.optionalText("name_en"), r.text("kind"), p, r.code("accuracy", Accuracy.class),
                r.number("accuracy_km"), r.text("coord_source"), r.optionalText("province"));
    }

    private static Agreement agreement(RecordReader r) {
        r.allowOnly("id", "type", "number", "title_vi", "title_en", "date", "period", "parties", "signatories",
                "sources", "uncertainties");
        return new Agreement(r.text("id"), r.code("type", AgreementType.class), r.optionalText("number"),
                r.text("title_vi"), r.optionalText("title_en"), r.date("date"), r.optionalPeriod("period"),
                r.texts("parties"), r.texts("signatories"), r.sources("sources"), r.localTexts("uncertainties"));
    }

    /** Link geometry taken from OpenStreetMap (ODbL), kept in a file of its own: link id → geometry. */
    private Map<String, org.locationtech.jts.geom.Geometry> osm = Map.of();

    private static Map<String, org.locationtech.jts.geom.Geometry> readOsmGeometry(Path file) {
        Map<String, org.locationtech.jts.geom.Geometry> out = new java.util.HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode features = parseJson(file).path("features");
        for (int i = 0; i < features.size(); i++) {
            RecordReader f = new RecordReader(display(file), "features[" + i + "]", features.get(i));
            f.allowOnly("type", "id", "properties", "geometry");
            if (out.put(f.text("id"), f.geometry("geometry")) != null) {
                throw f.fail("id", "defined twice");
            }
        }
        return out;
    }

    private Link link(RecordReader r) {
        r.allowOnly("id", "name_vi", "name_en", "kind", "road_class", "state", "state_note", "connects", "provinces",
                "length_km", "cost_billion_vnd", "figures_note", "target", "agreements", "geometry", "geometry_from",
                "accuracy", "accuracy_km", "coord_source", "sources", "uncertainties", "interventions", "curator_note");
        String id = r.text("id");
        var geometry = r.optionalGeometry("geometry");
        if (r.has("geometry_from")) {
            if (!"osm".equals(r.optionalText("geometry_from")) || geometry != null) {
                throw r.fail("geometry_from", "only \"osm\" (data/osm/links.geojson), and then no geometry of its own");
            }
            geometry = osm.get(id);
            if (geometry == null) {
                throw r.fail("geometry_from", "data/osm/links.geojson has no feature with this id");
            }
        }
        if (geometry == null && (r.has("accuracy") || r.has("accuracy_km"))) {
            throw r.fail("accuracy", "a link of unknown location (no geometry) has no accuracy");
        }
        List<Intervention> interventions = new ArrayList<>();
        for (RecordReader iv : r.records("interventions")) {
            interventions.add(intervention(id, iv));
        }
        r.optionalText("curator_note"); // for curators only; checked for type, never stored or shown
        return new Link(id, r.text("name_vi"), r.optionalText("name_en"), r.code("kind", LinkKind.class),
                r.optionalCode("road_class", RoadClass.class), r.code("state", PhysicalState.class),
                r.optionalLocalText("state_note"), r.texts("connects"), r.nonEmptyTexts("provinces"),
                r.optionalPositive("length_km"), r.optionalPositive("cost_billion_vnd"), r.optionalLocalText("figures_note"),
                r.optionalDate("target"), r.texts("agreements"), geometry,
                geometry == null ? null : r.code("accuracy", Accuracy.class),
                geometry == null ? 0 : r.number("accuracy_km"), r.localText("coord_source"),
                r.sources("sources"), r.localTexts("uncertainties"), interventions);
    }

    private static Intervention intervention(String linkId, RecordReader r) {
        r.allowOnly("id", "kind", "what", "requested_of", "commitments", "events");
        List<ProgressEvent> events = new ArrayList<>();
        for (RecordReader e : r.records("events")) {
            e.allowOnly("id", "date", "stage", "source", "note");
            events.add(new ProgressEvent(e.text("id"), e.date("date"), e.code("stage", Stage.class), e.source("source"),
                    e.optionalLocalText("note")));
        }
        if (events.isEmpty()) {
            throw r.fail("events", "an intervention needs at least one event (its current stage comes from them)");
        }
        return new Intervention(r.text("id"), linkId, r.code("kind", InterventionKind.class),
                r.optionalLocalText("what"), r.texts("requested_of"), r.texts("commitments"), events);
    }

    private static Commitment commitment(RecordReader r) {
        r.allowOnly("id", "agreement", "links", "actors", "requested_by", "role", "topic", "action_vi", "action_en",
                "deadline", "deadline_stage", "source", "uncertainties", "curator_note");
        r.optionalText("curator_note");
        CommitmentTopic topic = r.has("topic") ? r.code("topic", CommitmentTopic.class) : CommitmentTopic.WORKS;
        return new Commitment(r.text("id"), r.text("agreement"), r.texts("links"), r.nonEmptyTexts("actors"),
                r.texts("requested_by"), r.code("role", CommitmentRole.class), topic, r.text("action_vi"),
                r.optionalText("action_en"), r.optionalDate("deadline"), r.optionalCode("deadline_stage", Stage.class),
                r.source("source"),
                r.localTexts("uncertainties"));
    }

    private static Result result(RecordReader r) {
        r.allowOnly("id", "links", "parties", "text", "date", "source", "uncertainties");
        return new Result(r.text("id"), r.texts("links"), r.nonEmptyTexts("parties"), r.localText("text"),
                r.optionalDate("date"), r.source("source"), r.localTexts("uncertainties"));
    }

    private static List<Place> readPlacesGeoJson(Path file) {
        JsonNode root = parseJson(file);
        String name = display(file);
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new CatalogueException(name, null, "features", "not a GeoJSON FeatureCollection");
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            RecordReader feature = new RecordReader(name, "features[" + i + "]", f);
            String id = feature.text("id");
            var geometry = feature.geometry("geometry");
            if (!(geometry instanceof Point point)) {
                throw feature.fail("geometry", "a place must be a Point");
            }
            RecordReader p = new RecordReader(name, "features[" + i + "] (" + id + ")", f.path("properties"));
            feature.allowOnly("type", "id", "properties", "geometry");
            p.allowOnly("name_vi", "name_en", "kind", "accuracy", "accuracy_km", "coord_source", "province");
            out.add(new Place(id, p.text("name_vi"), p.optionalText("name_en"), p.text("kind"), point, p.code("accuracy", Accuracy.class),
                    p.number("accuracy_km"), p.text("coord_source"), p.optionalText("province")));
        }
        return out;
    }

    private static JsonNode parseJson(Path file) {
        try {
            return JSON.readTree(strictUtf8(file));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new CatalogueException(display(file), loc == null ? null : "line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr(), null, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogueException(display(file), null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> readCsv(Path file, Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (Reader in = new java.io.StringReader(strictUtf8(file).replace("\uFEFF", ""))) {
            List<T> out = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                try {
                    out.add(mapper.apply(r));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new CatalogueException(display(file), "line " + (r.getRecordNumber() + 1), null,
                            e.getMessage(), e);
                }
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CatalogueException(display(file), null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E parseCsvCode(CSVRecord r, String column, Class<E> type) {
        try {
            return org.linkatlas.model.Codes.parse(type, r.get(column));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + ": " + e.getMessage(), e);
        }
    }

    static List<Seed> readSeeds(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            throw new CatalogueException(display(seedsDir), null, null, "seeds folder missing");
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            List<Seed> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                out.add(new Seed(f.getFileName().toString(), sha256(bytes), strictUtf8(f)));
            }
            return out;
        } catch (IOException e) {
            throw new CatalogueException(display(seedsDir), null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogueException(display(file), null, null, "not valid UTF-8", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The path as a curator knows it: {@code data/catalogue/x.json}, {@code data/parties.csv}, {@code seeds}. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        int n = abs.getNameCount();
        Path parent = abs.getParent();
        int keep = parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("catalogue") ? 3 : 2;
        return n >= keep ? abs.subpath(n - keep, n).toString().replace('\\', '/') : abs.toString();
    }
}
