package org.linkatlas.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linkatlas.catalogue.GeoJsonExport;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;
import org.linkatlas.storage.GeoPackageWriter;
import org.linkatlas.storage.GeoPackageWriter.Column;
import org.linkatlas.storage.GeoPackageWriter.Type;

/**
 * The links shown (and the places they name) for other tools, in the format the file name asks for: GeoJSON
 * (RFC 7946, as {@code export-geojson} always wrote), CSV (UTF-8 with a byte-order mark so spreadsheets show
 * Vietnamese), or a GeoPackage with a {@code links} and a {@code places} layer. CSV and GeoPackage carry the same
 * columns: stable codes (kind, status, accuracy) beside labels in the chosen language, names in both languages,
 * and actors with their diacritics. Each file is written whole or not at all. File I/O: any thread but the JavaFX one.
 */
public final class LinkExports {
    /** What a file's extension asks for. */
    public enum Format {
        GEOJSON, CSV, GEOPACKAGE;

        /** From the file name's extension (.geojson or .json, .csv, .gpkg), case aside. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".geojson") || name.endsWith(".json")) {
                return Optional.of(GEOJSON);
            }
            if (name.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            if (name.endsWith(".gpkg")) {
                return Optional.of(GEOPACKAGE);
            }
            return Optional.empty();
        }
    }

    /** A column of the links table: its name, type and how a link fills it. */
    private record Col(String name, Type type, Function<Link, Object> value) {
    }

    private LinkExports() {
    }

    /** How many links and places a written file holds. */
    public record Written(int links, int places) {
    }

    /**
     * Writes the shown links to {@code target} in the format its extension names.
     *
     * @throws IllegalArgumentException when the extension names no format
     */
    public static Written write(ShownLinks shown, String lang, Path target) throws IOException {
        Format f = Format.of(target).orElseThrow(() -> new IllegalArgumentException(
                "not a .geojson, .csv or .gpkg file name: " + target.getFileName()));
        List<Link> links = shown.links();
        switch (f) {
            case GEOJSON -> GeoJsonExport.write(shown.asCatalogue(), target);
            case CSV -> writeCsv(shown, lang, target);
            case GEOPACKAGE -> {
                List<Place> places = shown.places();
                GeoPackageWriter.write(target, List.of(linksLayer(shown, lang), placesLayer(places)));
                return new Written(links.size(), places.size());
            }
        }
        return new Written(links.size(), 0);
    }

    private static List<Col> columns(ShownLinks shown, String lang) {
        Messages m = ShownLinks.messages(lang);
        Map<String, String> successors = shown.facts().successors();
        org.linkatlas.explore.Lifecycle lifecycle = new org.linkatlas.explore.Lifecycle(shown.catalogue(), m);
        org.linkatlas.explore.DateWords dates = new org.linkatlas.explore.DateWords(m);
        Map<String, Party> parties = shown.catalogue().parties().stream()
                .collect(Collectors.toMap(Party::id, Function.identity()));
        return List.of(
                new Col("link_id", Type.TEXT, Link::id),
                new Col("name_vi", Type.TEXT, Link::nameVi),
                new Col("name_en", Type.TEXT, Link::nameEn),
                new Col("kind", Type.TEXT, l -> Codes.of(l.kind())),
                new Col("kind_label", Type.TEXT, l -> m.get("kind." + Codes.of(l.kind()))),
                new Col("status", Type.TEXT, LinkStage::code),
                new Col("status_label", Type.TEXT, l -> LinkStage.label(l, m)),
                // what exists apart from what is promised: the physical state, then the whole lifecycle in one line
                new Col("state", Type.TEXT, l -> Codes.of(l.state())),
                new Col("lifecycle", Type.TEXT, lifecycle::summary),
                new Col("provinces_at_signing", Type.TEXT, l -> String.join("; ", l.provinces())),
                new Col("provinces_2025", Type.TEXT, l -> l.provinces().stream()
                        .map(p -> successors.getOrDefault(p, p)).distinct().collect(Collectors.joining("; "))),
                new Col("length_km_stated", Type.REAL, Link::lengthKm),
                new Col("length_km_geodesic", Type.REAL, l -> l.kind().isPointLike() || !l.located() ? null
                        : Math.round(GeodesicLength.metres(l.geometry()) / 10.0) / 100.0),
                new Col("cost_billion_vnd", Type.REAL, Link::costBillionVnd),
                // the source's words, the date they give (ISO partial) and that date in the export's language
                new Col("target", Type.TEXT, l -> l.target() == null ? null : l.target().text()),
                new Col("target_value", Type.TEXT, l -> l.target() == null ? null : l.target().value()),
                new Col("target_label", Type.TEXT, l -> l.target() == null ? null : dates.brief(l.target())),
                new Col("accuracy", Type.TEXT, l -> l.accuracy() == null ? null : Codes.of(l.accuracy())),
                new Col("accuracy_km", Type.REAL, l -> l.located() ? l.accuracyKm() : null),
                new Col("agreements", Type.TEXT, l -> String.join("; ", shown.facts().agreementsOf(l.id()))),
                new Col("actors", Type.TEXT, l -> actors(shown.facts().commitmentsOf(l.id()), parties, lang)),
                new Col("sources", Type.TEXT, l -> l.sources().stream().map(s -> s.seed() + ": \"" + s.quote() + "\"")
                        .collect(Collectors.joining("; "))));
    }

    private static String actors(List<Commitment> commitments, Map<String, Party> parties, String lang) {
        Set<String> names = new LinkedHashSet<>();
        for (Commitment c : commitments) {
            for (String id : c.actorIds()) {
                Party p = parties.get(id);
                names.add(p == null ? id : PartyNames.name(p, lang));
            }
        }
        return String.join("; ", names);
    }

    /** The CSV's header: the same columns as the GeoPackage's links layer. */
    public static List<String> csvHeader() {
        return columns(new ShownLinks(emptyCatalogue(), org.linkatlas.explore.LinkFilter.all()), "en").stream()
                .map(Col::name).toList();
    }

    private static org.linkatlas.model.Catalogue emptyCatalogue() {
        return new org.linkatlas.model.Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static void writeCsv(ShownLinks shown, String lang, Path target) throws IOException {
        List<Col> cols = columns(shown, lang);
        List<Link> links = shown.links();
        AtomicFile.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                        .setHeader(cols.stream().map(Col::name).toArray(String[]::new)).build())) {
                    for (Link l : links) {
                        List<Object> row = new ArrayList<>();
                        for (Col c : cols) {
                            row.add(c.value().apply(l));
                        }
                        csv.printRecord(row);
                    }
                }
            }
        });
    }

    private static GeoPackageWriter.Layer linksLayer(ShownLinks shown, String lang) {
        List<Col> cols = columns(shown, lang);
        List<GeoPackageWriter.Feature> features = new ArrayList<>();
        for (Link l : shown.links()) {
            List<Object> values = new ArrayList<>();
            cols.forEach(c -> values.add(c.value().apply(l)));
            features.add(new GeoPackageWriter.Feature(l.geometry(), values));
        }
        return new GeoPackageWriter.Layer("links", "Link Atlas links", "connective infrastructure links shown in Link Atlas",
                "GEOMETRY", cols.stream().map(c -> new Column(c.name(), c.type())).toList(), features);
    }

    private static GeoPackageWriter.Layer placesLayer(List<Place> places) {
        List<Column> cols = List.of(new Column("place_id", Type.TEXT), new Column("name_vi", Type.TEXT),
                new Column("name_en", Type.TEXT), new Column("kind", Type.TEXT), new Column("province", Type.TEXT),
                new Column("accuracy", Type.TEXT), new Column("accuracy_km", Type.REAL), new Column("coord_source", Type.TEXT));
        List<GeoPackageWriter.Feature> features = new ArrayList<>();
        for (Place p : places) {
            List<Object> values = new ArrayList<>();
            values.add(p.id());
            values.add(p.nameVi());
            values.add(p.nameEn());
            values.add(p.kind());
            values.add(p.province());
            values.add(p.accuracy() == null ? null : Codes.of(p.accuracy()));
            values.add(p.accuracyKm());
            values.add(p.coordSource());
            features.add(new GeoPackageWriter.Feature(p.point(), values));
        }
        return new GeoPackageWriter.Layer("places", "Link Atlas places", "places named by the links shown",
                "POINT", cols, features);
    }
}
