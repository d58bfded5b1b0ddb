package org.linkatlas.edit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkatlas.catalogue.CatalogueValidator;
import org.linkatlas.catalogue.Finding;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Result;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The catalogue build's rules ({@link CatalogueValidator}) for one record at a time, against a snapshot's indexes:
 * its references resolve, its quotes are verbatim in their source, its geometry fits its kind and the region, a
 * link is backed by an agreement, a commitment or a result, an event is not dated before the one listed above it.
 * Each finding has the build's words (the English bundle repeats them) under a message key, and the field the
 * edit session's forms call it. {@code EditValidatorEquivalenceTest} checks the findings against the build's
 * validator run over the whole catalogue. One instance per validation; any thread, not shared.
 */
final class RecordRules {
    private final Catalogue c;
    private final SnapshotIndex index;
    private final Set<String> provinces = new HashSet<>();
    private Set<String> backedLinks;

    RecordRules(Catalogue c) {
        this.c = c;
        this.index = SnapshotIndex.of(c);
        c.provinces().forEach(p -> provinces.add(p.name()));
    }

    /** The findings about {@code ref} (none when it is not in the snapshot). */
    void check(RecordRef ref, List<Issue> out) {
        Object r = index.record(ref.type(), ref.id());
        if (r == null) {
            return;
        }
        if (r instanceof Party p) {
            party(ref, p, out);
        } else if (r instanceof Place p) {
            checkInRegion(ref, "point", p.point(), out);
        } else if (r instanceof Agreement a) {
            agreement(ref, a, out);
        } else if (r instanceof Commitment m) {
            commitment(ref, m, out);
        } else if (r instanceof Result x) {
            result(ref, x, out);
        } else if (r instanceof Intervention iv) {
            intervention(ref, iv, out);
        } else if (r instanceof InterventionEvent e) {
            event(ref, e, out);
        } else if (r instanceof Link l) {
            link(ref, l, out);
        } else {
            throw new IllegalArgumentException("no rules for " + ref);
        }
    }

    private void party(RecordRef ref, Party p, List<Issue> out) {
        if (p.province() != null && !provinces.contains(p.province())) {
            out.add(Issue.error(ref, "province", "unknownProvince", p.province()));
        }
    }

    private void agreement(RecordRef ref, Agreement a, List<Issue> out) {
        a.partyIds().forEach(id -> resolve(ref, "partyIds", "party", id, "unknownParty", out));
        a.sources().forEach(s -> quote(ref, "sources", s, out));
    }

    private void commitment(RecordRef ref, Commitment m, List<Issue> out) {
        resolve(ref, "agreementId", "agreement", m.agreementId(), "unknownAgreement", out);
        m.linkIds().forEach(id -> resolve(ref, "linkIds", "link", id, "unknownLink", out));
        m.actorIds().forEach(id -> resolve(ref, "actorIds", "party", id, "unknownActor", out));
        m.requesterIds().forEach(id -> resolve(ref, "requesterIds", "party", id, "unknownRequester", out));
        if (!m.requesterIds().isEmpty() && m.role() != CommitmentRole.REQUESTS) {
            out.add(Issue.error(ref, "requesterIds", "requestersOnlyForRequest"));
        }
        quote(ref, "source", m.source(), out);
    }

    private void result(RecordRef ref, Result r, List<Issue> out) {
        r.linkIds().forEach(id -> resolve(ref, "linkIds", "link", id, "unknownLink", out));
        r.partyIds().forEach(id -> resolve(ref, "partyIds", "party", id, "unknownParty", out));
        quote(ref, "source", r.source(), out);
    }

    private void intervention(RecordRef ref, Intervention iv, List<Issue> out) {
        iv.requestedOf().forEach(id -> resolve(ref, "requestedOf", "party", id, "unknownBodyAsked", out));
        iv.commitmentIds().forEach(id -> resolve(ref, "commitmentIds", "commitment", id, "unknownCommitment", out));
    }

    /** Its quote, and its date against the last dated event listed above it in its intervention. */
    private void event(RecordRef ref, InterventionEvent e, List<Issue> out) {
        quote(ref, "source", e.event().source(), out);
        LocalDate previous = LocalDate.MIN;
        for (ProgressEvent sibling : index.events(e.interventionId())) {
            var day = sibling.date().firstDay();
            if (sibling.id().equals(e.id())) {
                if (day.isPresent() && day.get().isBefore(previous)) {
                    out.add(Issue.error(ref, "date", "eventOrder"));
                }
                return;
            }
            if (day.isPresent()) {
                previous = day.get();
            }
        }
    }

    private void link(RecordRef ref, Link bare, List<Issue> out) {
        bare.placeIds().forEach(id -> resolve(ref, "placeIds", "place", id, "unknownPlace", out));
        bare.provinces().forEach(p -> {
            if (!provinces.contains(p)) {
                out.add(Issue.error(ref, "provinces", "unknownProvince", p));
            }
        });
        bare.agreementIds().forEach(id -> resolve(ref, "agreementIds", "agreement", id, "unknownAgreement", out));
        if (bare.agreementIds().isEmpty() && !backedLinks().contains(bare.id())) {
            out.add(Issue.error(ref, "agreementIds", "linkUnbacked"));
        }
        bare.sources().forEach(s -> quote(ref, "sources", s, out));
        Link whole = c.links().get(index.position("link", bare.id()));
        whole.interventions().stream().filter(iv -> !bare.id().equals(iv.linkId()))
                .forEach(iv -> out.add(Issue.error(ref, "record", "interventionElsewhere", iv.id(), iv.linkId())));
        Geometry g = bare.geometry();
        if (g == null) {
            if (bare.coordSourceText() == null) {
                out.add(Issue.error(ref, "geometry", "noGeometryNoWord"));
            }
            return;
        }
        if (g.isEmpty()) {
            out.add(Issue.error(ref, "geometry", "emptyGeometry"));
            return;
        }
        if ((g instanceof Point) != bare.kind().isPointLike()) {
            out.add(Issue.error(ref, "geometry", "wrongShape", new Finding.Code("kind.", Codes.of(bare.kind())),
                    CatalogueValidator.shape(bare.kind().isPointLike()), g.getGeometryType()));
        }
        checkInRegion(ref, "geometry", g, out);
        if (bare.accuracyKm() < 0) {
            out.add(Issue.error(ref, "accuracyKm", "negativeAccuracy"));
        }
    }

    /** The links some commitment or result names (a link needs one of them or an agreement). */
    private Set<String> backedLinks() {
        if (backedLinks == null) {
            backedLinks = new HashSet<>();
            c.commitments().forEach(m -> backedLinks.addAll(m.linkIds()));
            c.results().forEach(r -> backedLinks.addAll(r.linkIds()));
        }
        return backedLinks;
    }

    private void resolve(RecordRef ref, String field, String type, String id, String key, List<Issue> out) {
        if (index.record(type, id) == null) {
            out.add(Issue.error(ref, field, key, id));
        }
    }

    private void checkInRegion(RecordRef ref, String field, Geometry g, List<Issue> out) {
        Envelope region = CatalogueValidator.region();
        if (!region.contains(g.getEnvelopeInternal())) {
            out.add(Issue.error(ref, field, "outsideRegion", new Finding.Extent(g.getEnvelopeInternal()),
                    new Finding.Extent(region)));
        }
    }

    private void quote(RecordRef ref, String field, Source s, List<Issue> out) {
        String seed = index.normalisedSeed(s.seed());
        if (seed == null) {
            out.add(Issue.error(ref, field, "unknownSeed", s.seed()));
            return;
        }
        if (!Normalizer.isNormalized(s.quote(), Normalizer.Form.NFC)) {
            out.add(Issue.error(ref, field, "quoteNotNfc"));
        }
        String q = QuoteMatcher.normalise(s.quote());
        if (q.isEmpty() || !seed.contains(q)) {
            out.add(Issue.error(ref, field, "quoteNotFound", s.seed(), s.quote()));
        }
    }
}
