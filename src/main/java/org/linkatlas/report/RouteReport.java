package org.linkatlas.report;

import java.time.LocalDate;
import java.util.List;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Geometry;

/**
 * What a route summary says, in one language, ready to be shown, printed, written as PDF or exported: the
 * ends, the totals of both variants, and per segment of the listed variant its kind, status, provinces,
 * length, cost, the agreements and commitments behind it and its sources. Labels (kind, status, accuracy)
 * are already translated; numbers stay numbers so each output formats them. Built by
 * {@link RouteReportBuilder}. Immutable; any thread.
 *
 * @param kind          a route between two places, or a corridor of links picked on the map
 * @param lang          "vi" or "en": the language of every label and name in the report
 * @param from          the start's name (a corridor: its first link)
 * @param to            the end's name (a corridor: its last link)
 * @param date          the day the report was made; overdue flags are as of this day
 * @param existing      a route over existing links only; a corridor: the chain itself
 * @param withPlanned   a route with the planned and proposed links too; {@code null} for a corridor
 * @param plannedListed the segments are those of {@code withPlanned} (else of {@code existing})
 * @param segments      the listed variant's segments, in travel order
 * @param notes         sentences to show under the totals: an end far from the network, a link left out
 *                      of routing, a gap between two links of a corridor
 * @param network       the road network routed on (the bundled base network or a user's file), named in the
 *                      report's language; {@code null} for a corridor
 * @param plannedLinks  the planned, proposed or under-construction links the with-planned route uses, in travel
 *                      order, named in the report's language: which links make the difference
 */
public record RouteReport(Kind kind, String lang, String from, String to, LocalDate date, Total existing,
                          Total withPlanned, boolean plannedListed, List<Segment> segments, List<String> notes,
                          String network, List<String> plannedLinks) {
    public RouteReport {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
        plannedLinks = List.copyOf(plannedLinks);
    }

    /** A report without a network name or planned links (a corridor, a test's hand-made report). */
    public RouteReport(Kind kind, String lang, String from, String to, LocalDate date, Total existing,
                       Total withPlanned, boolean plannedListed, List<Segment> segments, List<String> notes) {
        this(kind, lang, from, to, date, existing, withPlanned, plannedListed, segments, notes, null, List.of());
    }

    /** A route from place to place, or a chain of links. */
    public enum Kind {
        ROUTE, CORRIDOR
    }

    /**
     * One variant's outcome.
     *
     * @param connected   false when no route exists in this variant (the other fields are then 0 / null)
     * @param km          geodesic length along the network
     * @param segments    how many segments
     * @param approximate some segment's geometry is approximate or schematic
     * @param startGapKm  straight distance from the start to where it joins the network
     * @param endGapKm    the same at the end
     * @param line        the course travelled, lon/lat (a MultiLineString or LineString), or {@code null}
     * @param minutes     estimated driving time along the network at the stated speeds (route.RoadSpeeds)
     * @param straightKm  the straight (geodesic) distance between the two ends; {@code NaN} when not known
     */
    public record Total(boolean connected, double km, int segments, boolean approximate, double startGapKm,
                        double endGapKm, Geometry line, double minutes, double straightKm) {
        public static final Total NONE = new Total(false, 0, 0, false, 0, 0, null, 0, Double.NaN);

        public Total(boolean connected, double km, int segments, boolean approximate, double startGapKm,
                     double endGapKm, Geometry line) {
            this(connected, km, segments, approximate, startGapKm, endGapKm, line, Double.NaN, Double.NaN);
        }

        /** Length along the network over the straight distance; {@code NaN} when not connected or not known. */
        public double detourRatio() {
            return connected && straightKm > 0 ? km / straightKm : Double.NaN;
        }
    }

    /**
     * One link travelled.
     *
     * @param number      1, 2, … in travel order
     * @param linkId      the link's id in the store (a context road: {@code context-…})
     * @param name        its name in the report's language
     * @param kind        kind label, translated
     * @param status      status label, translated
     * @param accuracy    accuracy label, translated
     * @param accuracyKm  the position uncertainty in km; {@code NaN} when unknown
     * @param approximate its geometry is approximate or schematic: the length is too
     * @param context     a road of the basemap, not in the agreements (no sources, no commitments)
     * @param provinces   each province at signing, with "→ successor" when the 2025 merger renamed it
     * @param km          the length of it the route uses (geodesic)
     * @param costBillionVnd the cost the source states, or {@code null}
     * @param agreements  the agreements behind the link
     * @param commitments the commitments naming the link
     * @param sources     the link's own citations
     * @param line        the part travelled, lon/lat
     * @param codes       kind, status and accuracy as stable codes for files ({@code null} when not known)
     */
    public record Segment(int number, String linkId, String name, String kind, String status, String accuracy,
                          double accuracyKm, boolean approximate, boolean context, List<String> provinces, double km,
                          Double costBillionVnd, List<AgreementRef> agreements, List<CommitmentRow> commitments,
                          List<Source> sources, Geometry line, Codes codes) {
        public Segment {
            provinces = List.copyOf(provinces);
            agreements = List.copyOf(agreements);
            commitments = List.copyOf(commitments);
            sources = List.copyOf(sources);
            codes = codes == null ? Codes.UNKNOWN : codes;
        }

        /** A segment whose codes are not known (made by hand, e.g. in tests). */
        public Segment(int number, String linkId, String name, String kind, String status, String accuracy,
                       double accuracyKm, boolean approximate, boolean context, List<String> provinces, double km,
                       Double costBillionVnd, List<AgreementRef> agreements, List<CommitmentRow> commitments,
                       List<Source> sources, Geometry line) {
            this(number, linkId, name, kind, status, accuracy, accuracyKm, approximate, context, provinces, km,
                    costBillionVnd, agreements, commitments, sources, line, null);
        }
    }

    /** A segment's kind, status and accuracy as the catalogue's codes ("bridge", "planned", "schematic"). */
    public record Codes(String kind, String status, String accuracy) {
        public static final Codes UNKNOWN = new Codes(null, null, null);
    }

    /** An agreement behind a segment: its id and title in the report's language. */
    public record AgreementRef(String id, String title) {
    }

    /**
     * A commitment behind a segment.
     *
     * @param actors   who committed, names joined with ", "
     * @param action   what, in the report's language
     * @param deadline the deadline in the report's language, the source's words quoted after it, or {@code null}
     * @param due      the last day the deadline allows, when the text gives one
     * @param overdue  the deadline has passed (as of the report's date) and the link is not yet existing
     * @param source   the seed and the verbatim quote
     */
    public record CommitmentRow(String id, String actors, String action, String deadline, LocalDate due,
                                boolean overdue, Source source) {
    }

    /** Distance the planned links save, never negative; 0 when either variant is not connected. */
    public double savedKm() {
        if (withPlanned == null || !existing.connected() || !withPlanned.connected()) {
            return 0;
        }
        return Math.max(0, existing.km() - withPlanned.km());
    }

    /** Driving minutes the planned links save, never negative; 0 when either variant is not connected. */
    public double savedMinutes() {
        if (withPlanned == null || !existing.connected() || !withPlanned.connected()
                || Double.isNaN(existing.minutes()) || Double.isNaN(withPlanned.minutes())) {
            return 0;
        }
        return Math.max(0, existing.minutes() - withPlanned.minutes());
    }

    /** The listed variant's total. */
    public Total listed() {
        return plannedListed && withPlanned != null ? withPlanned : existing;
    }
}
