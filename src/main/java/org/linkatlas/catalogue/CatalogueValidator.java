package org.linkatlas.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Result;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;
import org.linkatlas.model.Province;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The rules that keep the catalogue honest, across records: unique ids, references that resolve, every quote
 * verbatim in its seed, every link with geometry in the region, of a shape that fits its kind, and backed by
 * an agreement, a commitment or a result; interventions whose bodies, commitments and event quotes resolve,
 * events listed in the order they happened; a link of unknown location has no geometry and says why. Used by the build and by {@code check}. Pure; any thread.
 */
public final class CatalogueValidator {
    /** Generous box around northern Vietnam: a coordinate outside it is a typo (swapped lon/lat, a lost digit). */
    static final Envelope REGION = new Envelope(104.0, 109.5, 19.5, 23.5);

    public List<String> validate(Catalogue c) {
        List<String> problems = new ArrayList<>();
        Map<String, Seed> seeds = index(c.seeds(), Seed::fileName, "seed", problems);
        Map<String, Province> provinces = index(c.provinces(), Province::name, "province", problems);
        Map<String, Party> parties = index(c.parties(), Party::id, "party", problems);
        Map<String, Place> places = index(c.places(), Place::id, "place", problems);
        Map<String, Agreement> agreements = index(c.agreements(), Agreement::id, "agreement", problems);
        Map<String, Link> links = index(c.links(), Link::id, "link", problems);
        Map<String, Commitment> commitments = index(c.commitments(), Commitment::id, "commitment", problems);
        index(c.interventions(), Intervention::id, "intervention", problems);
        index(c.interventions().stream().flatMap(i -> i.events().stream()).toList(), ProgressEvent::id, "event", problems);
        index(c.results(), Result::id, "result", problems);

        for (Province p : c.provinces()) {
            require(provinces.containsKey(p.successor()), problems, "province " + p.name() + ": successor '"
                    + p.successor() + "' is not a province in provinces.csv");
        }
        for (Party p : c.parties()) {
            require(p.province() == null || provinces.containsKey(p.province()), problems,
                    "party " + p.id() + ": province '" + p.province() + "' is not in provinces.csv");
        }
        for (Place p : c.places()) {
            checkInRegion("place " + p.id(), p.point(), problems);
        }
        for (Agreement a : c.agreements()) {
            String where = "agreement " + a.id();
            a.partyIds().forEach(id -> require(parties.containsKey(id), problems, where + ": party '" + id + "' is unknown"));
            a.sources().forEach(s -> checkQuote(where, s, seeds, problems));
        }
        Set<String> linksWithCommitment = new HashSet<>();
        for (Commitment cm : c.commitments()) {
            String where = "commitment " + cm.id();
            require(agreements.containsKey(cm.agreementId()), problems,
                    where + ": agreement '" + cm.agreementId() + "' is unknown");
            cm.linkIds().forEach(id -> require(links.containsKey(id), problems, where + ": link '" + id + "' is unknown"));
            cm.actorIds().forEach(id -> require(parties.containsKey(id), problems, where + ": actor '" + id + "' is unknown"));
            cm.requesterIds().forEach(id -> require(parties.containsKey(id), problems,
                    where + ": requester '" + id + "' is unknown"));
            require(cm.requesterIds().isEmpty() || cm.role() == org.linkatlas.model.CommitmentRole.REQUESTS, problems,
                    where + ": only a request has parties that ask (requested_by)");
            checkQuote(where, cm.source(), seeds, problems);
            linksWithCommitment.addAll(cm.linkIds());
        }
        for (Result r : c.results()) {
            String where = "result " + r.id();
            r.linkIds().forEach(id -> require(links.containsKey(id), problems, where + ": link '" + id + "' is unknown"));
            r.partyIds().forEach(id -> require(parties.containsKey(id), problems, where + ": party '" + id + "' is unknown"));
            checkQuote(where, r.source(), seeds, problems);
            linksWithCommitment.addAll(r.linkIds());
        }
        for (Intervention iv : c.interventions()) {
            String where = "intervention " + iv.id();
            iv.requestedOf().forEach(id -> require(parties.containsKey(id), problems,
                    where + ": body asked '" + id + "' is unknown"));
            iv.commitmentIds().forEach(id -> require(commitments.containsKey(id), problems,
                    where + ": commitment '" + id + "' is unknown"));
            java.time.LocalDate previous = java.time.LocalDate.MIN;
            for (ProgressEvent e : iv.events()) {
                checkQuote(where + " event " + e.id(), e.source(), seeds, problems);
                var day = e.date().firstDay();
                if (day.isPresent()) {
                    require(!day.get().isBefore(previous), problems, where + ": event " + e.id()
                            + " is dated before the event listed above it (list events in the order they happened)");
                    previous = day.get();
                }
            }
        }
        for (Link l : c.links()) {
            checkLink(l, seeds, provinces, places, agreements, linksWithCommitment, problems);
        }
        return problems;
    }

    private void checkLink(Link l, Map<String, Seed> seeds, Map<String, Province> provinces, Map<String, Place> places,
                           Map<String, Agreement> agreements, Set<String> withCommitment, List<String> problems) {
        String where = "link " + l.id();
        l.placeIds().forEach(id -> require(places.containsKey(id), problems, where + ": place '" + id + "' is unknown"));
        l.provinces().forEach(p -> require(provinces.containsKey(p), problems,
                where + ": province '" + p + "' is not in provinces.csv"));
        l.agreementIds().forEach(id -> require(agreements.containsKey(id), problems,
                where + ": agreement '" + id + "' is unknown"));
        require(!l.agreementIds().isEmpty() || withCommitment.contains(l.id()), problems,
                where + ": stands in no agreement, commitment or result");
        l.sources().forEach(s -> checkQuote(where, s, seeds, problems));
        l.interventions().forEach(iv -> require(l.id().equals(iv.linkId()), problems,
                where + ": intervention " + iv.id() + " belongs to " + iv.linkId()));
        Geometry g = l.geometry();
        if (g == null) {
            // location unknown: listed and searchable, not drawn; the coordinate source says why
            require(l.coordSourceText() != null, problems, where + ": no geometry and no word on why (coord_source)");
            return;
        }
        require(!g.isEmpty(), problems, where + ": has an empty geometry (leave it out when the place is unknown)");
        if (g.isEmpty()) {
            return;
        }
        boolean point = g instanceof Point;
        require(point == l.kind().isPointLike(), problems, where + ": a " + org.linkatlas.model.Codes.of(l.kind())
                + " must be drawn as a " + (l.kind().isPointLike() ? "Point" : "line") + ", not a " + g.getGeometryType());
        checkInRegion(where, g, problems);
        require(l.accuracyKm() >= 0, problems, where + ": accuracy_km is negative");
    }

    private static void checkInRegion(String where, Geometry g, List<String> problems) {
        require(REGION.contains(g.getEnvelopeInternal()), problems,
                where + ": geometry " + extent(g.getEnvelopeInternal()) + " lies outside northern Vietnam "
                + extent(REGION) + " (lon/lat swapped?)");
    }

    /** The region box (a copy), for the edit session's record-by-record check of the same rule. */
    public static Envelope region() {
        return new Envelope(REGION);
    }

    /** "lon 2.35–2.36, lat 48.85–48.86" (or "lon 2.35, lat 48.85" for a point): readable, unlike Envelope's toString. */
    public static String extent(Envelope e) {
        java.util.function.BiFunction<Double, Double, String> range = (a, b) -> a.equals(b) ? number(a) : number(a) + "–" + number(b);
        return "(lon " + range.apply(e.getMinX(), e.getMaxX()) + ", lat " + range.apply(e.getMinY(), e.getMaxY()) + ")";
    }

    private static String number(double d) {
        return new java.math.BigDecimal(d).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void checkQuote(String where, Source s, Map<String, Seed> seeds, List<String> problems) {
        Seed seed = seeds.get(s.seed());
        if (seed == null) {
            problems.add(where + ": cites seed '" + s.seed() + "', which is not in seeds/");
            return;
        }
        if (!Normalizer.isNormalized(s.quote(), Normalizer.Form.NFC)) {
            problems.add(where + ": quote is not NFC");
        }
        if (!QuoteMatcher.occursIn(s.quote(), seed.text())) {
            problems.add(where + ": quote not found verbatim in " + s.seed() + ": \"" + s.quote() + "\"");
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what, List<String> problems) {
        Map<String, T> out = new HashMap<>();
        for (T item : items) {
            if (out.putIfAbsent(id.apply(item), item) != null) {
                problems.add(what + " id '" + id.apply(item) + "' is defined more than once");
            }
        }
        return out;
    }

    private static void require(boolean ok, List<String> problems, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
