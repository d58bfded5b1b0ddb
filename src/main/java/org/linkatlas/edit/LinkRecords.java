package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Source;

/**
 * Links as editable records: every field of {@link Link} but its interventions, which are records of their own
 * ({@link InterventionRecords}); a link seen here has none, and {@link #with} keeps each link's interventions as
 * the catalogue holds them. Stateless; any thread.
 */
final class LinkRecords implements RecordType<Link> {
    @Override
    public String name() {
        return "link";
    }

    @Override
    public String id(Link r) {
        return r.id();
    }

    @Override
    public List<Link> all(Catalogue c) {
        return c.links().stream().map(LinkRecords::bare).toList();
    }

    /** The link without its interventions (what this type edits). */
    static Link bare(Link l) {
        return l.interventions().isEmpty() ? l : withInterventions(l, List.of());
    }

    static Link withInterventions(Link l, List<org.linkatlas.model.Intervention> ivs) {
        return new Link(l.id(), l.nameVi(), l.nameEn(), l.kind(), l.roadClass(), l.state(), l.stateNote(), l.placeIds(),
                l.provinces(), l.lengthKm(), l.costBillionVnd(), l.figuresNote(), l.target(), l.agreementIds(),
                l.geometry(), l.accuracy(), l.accuracyKm(), l.coordSourceText(), l.sources(), l.uncertaintyTexts(), ivs);
    }

    /**
     * A change of the link standing at {@code position} (an edit of one link among 50,000, or its undo): one copy
     * of the list and no pass over the other links. Null when the link is not there; the caller then takes the
     * general way.
     *
     * @throws IllegalStateException when the link there is no longer {@code expected}
     */
    static Catalogue replaceInPlace(Catalogue c, String id, Object expected, Object replacement, int position) {
        List<Link> links = c.links();
        if (position < 0 || position >= links.size() || !links.get(position).id().equals(id)) {
            return null;
        }
        Link current = links.get(position);
        Link bare = bare(current);
        if (bare != expected && !bare.equals(expected)) {
            throw new IllegalStateException("link " + id + " is no longer what this edit was made against");
        }
        Link r = (Link) replacement;
        List<Link> out = new java.util.ArrayList<>(links);
        out.set(position, current.interventions().equals(r.interventions()) ? r : withInterventions(r, current.interventions()));
        Catalogue next = Snapshots.withLinks(c, out);
        SnapshotIndex.sameLinkIds(c, next);
        return next;
    }

    @Override
    public Catalogue with(Catalogue c, List<Link> records) {
        // the interventions of each link stay with it: found at the same position (a change keeps every link in
        // place), by id only after an insert or a removal; a link that already has them is kept as it is, so a
        // change of one link among 50,000 builds one new Link, not 50,000
        List<Link> old = c.links();
        java.util.Map<String, List<org.linkatlas.model.Intervention>> byId = null;
        List<Link> out = new java.util.ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Link l = records.get(i);
            List<org.linkatlas.model.Intervention> ivs;
            if (i < old.size() && old.get(i).id().equals(l.id())) {
                ivs = old.get(i).interventions();
            } else {
                if (byId == null) {
                    byId = new java.util.HashMap<>();
                    for (Link o : old) {
                        byId.put(o.id(), o.interventions());
                    }
                }
                ivs = byId.getOrDefault(l.id(), List.of());
            }
            out.add(ivs == l.interventions() || ivs.equals(l.interventions()) ? l : withInterventions(l, ivs));
        }
        return Snapshots.withLinks(c, out);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Link r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("nameVi", FieldJson.text(r.nameVi()));
        f.put("nameEn", FieldJson.text(r.nameEn()));
        f.put("kind", FieldJson.code(r.kind()));
        f.put("roadClass", FieldJson.code(r.roadClass()));
        f.put("state", FieldJson.code(r.state()));
        f.put("stateNote", FieldJson.local(r.stateNote()));
        f.put("placeIds", FieldJson.texts(r.placeIds()));
        f.put("provinces", FieldJson.texts(r.provinces()));
        f.put("lengthKm", FieldJson.number(r.lengthKm()));
        f.put("costBillionVnd", FieldJson.number(r.costBillionVnd()));
        f.put("figuresNote", FieldJson.local(r.figuresNote()));
        f.put("target", FieldJson.fuzzy(r.target()));
        f.put("agreementIds", FieldJson.texts(r.agreementIds()));
        f.put("geometry", FieldJson.geometry(r.geometry()));
        f.put("accuracy", FieldJson.code(r.accuracy()));
        f.put("accuracyKm", FieldJson.number(r.accuracyKm()));
        f.put("coordSource", FieldJson.local(r.coordSourceText()));
        f.put("sources", FieldJson.sources(r.sources()));
        f.put("uncertainties", FieldJson.locals(r.uncertaintyTexts()));
        return f;
    }

    @Override
    public Link fromFields(String id, Map<String, JsonNode> f) {
        return new Link(id, field(f, "nameVi", FieldJson::readRequiredText), field(f, "nameEn", FieldJson::readText),
                field(f, "kind", n -> FieldJson.readCode(LinkKind.class, n)),
                field(f, "roadClass", n -> FieldJson.readOptionalCode(RoadClass.class, n)),
                field(f, "state", n -> java.util.Objects.requireNonNull(FieldJson.readCode(PhysicalState.class, n), "required")),
                field(f, "stateNote", FieldJson::readLocal), field(f, "placeIds", FieldJson::readTexts),
                field(f, "provinces", FieldJson::readTexts), field(f, "lengthKm", FieldJson::readNumber),
                field(f, "costBillionVnd", FieldJson::readNumber), field(f, "figuresNote", FieldJson::readLocal),
                field(f, "target", FieldJson::readFuzzy), field(f, "agreementIds", FieldJson::readTexts),
                field(f, "geometry", FieldJson::readGeometry),
                field(f, "accuracy", n -> FieldJson.readOptionalCode(Accuracy.class, n)),
                field(f, "accuracyKm", n -> PlaceRecords.required(FieldJson.readNumber(n))),
                field(f, "coordSource", FieldJson::readLocal), field(f, "sources", FieldJson::readSources),
                field(f, "uncertainties", FieldJson::readLocals), List.of());
    }

    @Override
    public List<Source> citations(Link r) {
        return r.sources();
    }
}
