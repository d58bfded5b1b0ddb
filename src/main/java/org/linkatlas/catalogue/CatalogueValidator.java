package org.linkatlas.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.linkatlas.catalogue.Finding.Kind;
import org.linkatlas.catalogue.Finding.Where;
import org.linkatlas.i18n.Messages;
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
 * events listed in the order they happened; a link of unknown location has no geometry and says why. Each finding is a message key with
 * its arguments ({@link Finding}), shown in the reader's language. Used by the build and by {@code check}. Pure; any thread.
 */
public final class CatalogueValidator {
    /** Generous box around northern Vietnam: a coordinate outside it is a typo (swapped lon/lat, a lost digit). */
    static final Envelope REGION = new Envelope(104.0, 109.5, 19.5, 23.5);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    /** The findings in English, the build's words (the logs', and the tests' that read them). */
    public List<String> validate(Catalogue c) {
        return findings(c).stream().map(Finding::english).toList();
    }

    /** The findings in {@code messages}' language. */
    public List<String> validate(Catalogue c, Messages messages) {
        return findings(c).stream().map(f -> f.text(messages)).toList();
    }

    /** What is wrong with {@code c}, each finding as a message key with its arguments; empty when all is well. */
    public List<Finding> findings(Catalogue c) {
        List<Finding> problems = new ArrayList<>();
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
            require(provinces.containsKey(p.successor()), problems, Where.of("province", p.name()),
                    Kind.UNKNOWN_SUCCESSOR, p.successor());
        }
        for (Party p : c.parties()) {
            require(p.province() == null || provinces.containsKey(p.province()), problems, Where.of("party", p.id()),
                    Kind.UNKNOWN_PROVINCE, p.province());
        }
        for (Place p : c.places()) {
            checkInRegion(Where.of("place", p.id()), p.point(), problems);
        }
        for (Agreement a : c.agreements()) {
            Where where = Where.of("agreement", a.id());
            a.partyIds().forEach(id -> require(parties.containsKey(id), problems, where, Kind.UNKNOWN_PARTY, id));
            a.sources().forEach(s -> checkQuote(where, s, seeds, problems));
        }
        Set<String> linksWithCommitment = new HashSet<>();
        for (Commitment cm : c.commitments()) {
            Where where = Where.of("commitment", cm.id());
            require(agreements.containsKey(cm.agreementId()), problems, where, Kind.UNKNOWN_AGREEMENT, cm.agreementId());
            cm.linkIds().forEach(id -> require(links.containsKey(id), problems, where, Kind.UNKNOWN_LINK, id));
            cm.actorIds().forEach(id -> require(parties.containsKey(id), problems, where, Kind.UNKNOWN_ACTOR, id));
            cm.requesterIds().forEach(id -> require(parties.containsKey(id), problems, where, Kind.UNKNOWN_REQUESTER, id));
            require(cm.requesterIds().isEmpty() || cm.role() == org.linkatlas.model.CommitmentRole.REQUESTS, problems,
                    where, Kind.REQUESTERS_ONLY_FOR_REQUEST);
            checkQuote(where, cm.source(), seeds, problems);
            linksWithCommitment.addAll(cm.linkIds());
        }
        for (Result r : c.results()) {
            Where where = Where.of("result", r.id());
            r.linkIds().forEach(id -> require(links.containsKey(id), problems, where, Kind.UNKNOWN_LINK, id));
            r.partyIds().forEach(id -> require(parties.containsKey(id), problems, where, Kind.UNKNOWN_PARTY, id));
            checkQuote(where, r.source(), seeds, problems);
            linksWithCommitment.addAll(r.linkIds());
        }
        for (Intervention iv : c.interventions()) {
            Where where = Where.of("intervention", iv.id());
            iv.requestedOf().forEach(id -> require(parties.containsKey(id), problems, where, Kind.UNKNOWN_BODY_ASKED, id));
            iv.commitmentIds().forEach(id -> require(commitments.containsKey(id), problems, where,
                    Kind.UNKNOWN_COMMITMENT, id));
            java.time.LocalDate previous = java.time.LocalDate.MIN;
            for (ProgressEvent e : iv.events()) {
                checkQuote(new Where("intervention", iv.id(), e.id()), e.source(), seeds, problems);
                var day = e.date().firstDay();
                if (day.isPresent()) {
                    require(!day.get().isBefore(previous), problems, where, Kind.EVENT_ORDER, e.id());
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
                           Map<String, Agreement> agreements, Set<String> withCommitment, List<Finding> problems) {
        Where where = Where.of("link", l.id());
        l.placeIds().forEach(id -> require(places.containsKey(id), problems, where, Kind.UNKNOWN_PLACE, id));
        l.provinces().forEach(p -> require(provinces.containsKey(p), problems, where, Kind.UNKNOWN_PROVINCE, p));
        l.agreementIds().forEach(id -> require(agreements.containsKey(id), problems, where, Kind.UNKNOWN_AGREEMENT, id));
        require(!l.agreementIds().isEmpty() || withCommitment.contains(l.id()), problems, where, Kind.LINK_UNBACKED);
        l.sources().forEach(s -> checkQuote(where, s, seeds, problems));
        l.interventions().forEach(iv -> require(l.id().equals(iv.linkId()), problems, where,
                Kind.INTERVENTION_ELSEWHERE, iv.id(), iv.linkId()));
        Geometry g = l.geometry();
        if (g == null) {
            // location unknown: listed and searchable, not drawn; the coordinate source says why
            require(l.coordSourceText() != null, problems, where, Kind.NO_GEOMETRY_NO_WORD);
            return;
        }
        require(!g.isEmpty(), problems, where, Kind.EMPTY_GEOMETRY);
        if (g.isEmpty()) {
            return;
        }
        boolean point = g instanceof Point;
        require(point == l.kind().isPointLike(), problems, where, Kind.WRONG_SHAPE,
                new Finding.Code("kind.", org.linkatlas.model.Codes.of(l.kind())),
                shape(l.kind().isPointLike()), g.getGeometryType());
        checkInRegion(where, g, problems);
        require(l.accuracyKm() >= 0, problems, where, Kind.NEGATIVE_ACCURACY);
    }

    /** The shape a kind is drawn as, a word of the message ("a bridge must be drawn as a Point"). */
    public static Finding.Word shape(boolean pointLike) {
        return new Finding.Word(pointLike ? "valmsg.shape.point" : "valmsg.shape.line");
    }

    private static void checkInRegion(Where where, Geometry g, List<Finding> problems) {
        require(REGION.contains(g.getEnvelopeInternal()), problems, where, Kind.OUTSIDE_REGION,
                new Finding.Extent(g.getEnvelopeInternal()), new Finding.Extent(REGION));
    }

    /** The region box (a copy), for the edit session's record-by-record check of the same rule. */
    public static Envelope region() {
        return new Envelope(REGION);
    }

    /** "(lon 2.35–2.36, lat 48.85–48.86)" (or "(lon 2.35, lat 48.85)" for a point), in English: readable, unlike Envelope's toString. */
    public static String extent(Envelope e) {
        return new Finding.Extent(e).text(ENGLISH);
    }

    private static void checkQuote(Where where, Source s, Map<String, Seed> seeds, List<Finding> problems) {
        Seed seed = seeds.get(s.seed());
        if (seed == null) {
            problems.add(Finding.at(where, Kind.UNKNOWN_SEED, s.seed()));
            return;
        }
        if (!Normalizer.isNormalized(s.quote(), Normalizer.Form.NFC)) {
            problems.add(Finding.at(where, Kind.QUOTE_NOT_NFC));
        }
        if (!QuoteMatcher.occursIn(s.quote(), seed.text())) {
            problems.add(Finding.at(where, Kind.QUOTE_NOT_FOUND, s.seed(), s.quote()));
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what, List<Finding> problems) {
        Map<String, T> out = new HashMap<>();
        for (T item : items) {
            if (out.putIfAbsent(id.apply(item), item) != null) {
                problems.add(Finding.at(null, Kind.DUPLICATE_ID, Finding.Word.type(what), id.apply(item)));
            }
        }
        return out;
    }

    private static void require(boolean ok, List<Finding> problems, Where where, Kind kind, Object... args) {
        if (!ok) {
            problems.add(Finding.at(where, kind, args));
        }
    }
}
