package org.linkatlas.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Source;

/**
 * A route's data for other tools: the route and its segments as GeoJSON (RFC 7946, WGS84, flat properties
 * that QGIS reads as columns), and the commitments behind it as CSV in UTF-8 with a byte-order mark, so that
 * spreadsheet programs show Vietnamese correctly. Both write whole or not at all. File I/O: any thread but
 * the JavaFX one.
 */
public final class RouteExports {
    private RouteExports() {
    }

    /** One variant's route only: see {@link #geoJson(List)}. */
    public static ObjectNode geoJson(RouteReport r) {
        return geoJson(List.of(r));
    }

    /**
     * One feature per variant's whole course ({@code "role": "route"}) and one per segment travelled in each
     * variant given ({@code "role": "segment"}, its {@code "variant"} saying which). Kind, status and accuracy
     * are stable codes ({@code "planned"}) with the report's labels beside them ({@code "status_label"}).
     *
     * @param variants reports of the same route listing different variants (today's, with the planned links);
     *                 the routes' totals come from the first
     */
    public static ObjectNode geoJson(List<RouteReport> variants) {
        RouteReport r = variants.get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        total(features, r, r.kind() == RouteReport.Kind.CORRIDOR ? "corridor" : "existing", r.existing());
        if (r.withPlanned() != null) {
            total(features, r, "with_planned", r.withPlanned());
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        for (RouteReport v : variants) {
            String variant = variant(v);
            if (written.add(variant)) {
                segments(features, v, variant);
            }
        }
        return fc;
    }

    private static String variant(RouteReport r) {
        return r.kind() == RouteReport.Kind.CORRIDOR ? "corridor" : r.plannedListed() ? "with_planned" : "existing";
    }

    private static void segments(ArrayNode features, RouteReport r, String variant) {
        for (RouteReport.Segment s : r.segments()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            p.put("role", "segment");
            p.put("variant", variant);
            p.put("number", s.number());
            p.put("link_id", s.linkId());
            p.put("name", s.name());
            p.put("kind", s.codes().kind());
            p.put("kind_label", s.kind());
            p.put("status", s.codes().status());
            p.put("status_label", s.status());
            p.put("accuracy", s.codes().accuracy());
            p.put("accuracy_label", s.accuracy());
            if (Double.isNaN(s.accuracyKm())) {
                p.putNull("accuracy_km");
            } else {
                p.put("accuracy_km", s.accuracyKm());
            }
            p.put("approximate", s.approximate());
            p.put("context", s.context());
            p.put("km", Math.round(s.km() * 1000) / 1000.0);
            p.put("provinces", String.join("; ", s.provinces()));
            p.put("cost_billion_vnd", s.costBillionVnd());
            p.put("agreements", s.agreements().stream().map(RouteReport.AgreementRef::id).collect(Collectors.joining("; ")));
            p.put("commitments", s.commitments().size());
            p.put("overdue", s.commitments().stream().filter(RouteReport.CommitmentRow::overdue).count());
            p.put("sources", s.sources().stream().map(ReportText::source).collect(Collectors.joining("; ")));
            f.set("geometry", GeoJsonCodec.write(s.line()));
        }
    }

    /**
     * A file name from the route's ends, without diacritics or spaces: "hiep-hoa-pho-yen.pdf"; the old fixed
     * name when the ends give nothing usable.
     */
    public static String fileName(RouteReport r, String extension) {
        String from = slug(r == null ? null : r.from());
        String to = slug(r == null ? null : r.to());
        String base = from.isEmpty() && to.isEmpty() ? "link-atlas-route"
                : from.isEmpty() ? to : to.isEmpty() ? from : from + "-" + to;
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        return base + "." + extension;
    }

    private static String slug(String name) {
        return org.linkatlas.search.TextFolding.fold(name).replace(' ', '-');
    }

    private static void total(ArrayNode features, RouteReport r, String variant, RouteReport.Total t) {
        if (!t.connected() || t.line() == null) {
            return;
        }
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode p = f.putObject("properties");
        p.put("role", "route");
        p.put("variant", variant);
        p.put("from", r.from());
        p.put("to", r.to());
        p.put("km", Math.round(t.km() * 1000) / 1000.0);
        p.put("segments", t.segments());
        p.put("approximate", t.approximate());
        p.put("date", r.date().toString());
        f.set("geometry", GeoJsonCodec.write(t.line()));
    }

    public static void writeGeoJson(RouteReport r, Path target) throws IOException {
        writeGeoJson(List.of(r), target);
    }

    /** Writes {@link #geoJson(List)}: the segments of every variant given. */
    public static void writeGeoJson(List<RouteReport> variants, Path target) throws IOException {
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(geoJson(variants));
        AtomicFile.write(target, temp -> Files.write(temp, bytes));
    }

    /** The CSV's columns, in order. */
    public static final String[] CSV_HEADER = {"segment", "link_id", "link", "commitment_id", "actors", "action",
        "deadline", "due", "overdue", "quote", "seed"};

    /** Every commitment behind the listed segments, one row per segment and commitment; UTF-8 with BOM. */
    public static void writeCommitmentsCsv(RouteReport r, Path target) throws IOException {
        AtomicFile.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).build())) {
                    for (RouteReport.Segment s : r.segments()) {
                        for (RouteReport.CommitmentRow c : s.commitments()) {
                            Source src = c.source();
                            csv.printRecord(s.number(), s.linkId(), s.name(), c.id(), c.actors(), c.action(),
                                    c.deadline(), c.due(), c.overdue(), src == null ? null : src.quote(),
                                    src == null ? null : src.seed());
                        }
                    }
                }
            }
        });
    }
}
