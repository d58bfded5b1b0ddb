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
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Source;

/** Links as editable records. Stateless; any thread. */
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
        return c.links();
    }

    @Override
    public Catalogue with(Catalogue c, List<Link> records) {
        return Snapshots.withLinks(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Link r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("nameVi", FieldJson.text(r.nameVi()));
        f.put("nameEn", FieldJson.text(r.nameEn()));
        f.put("kind", FieldJson.code(r.kind()));
        f.put("roadClass", FieldJson.code(r.roadClass()));
        f.put("status", FieldJson.code(r.status()));
        f.put("statusNote", FieldJson.text(r.statusNote()));
        f.put("placeIds", FieldJson.texts(r.placeIds()));
        f.put("provinces", FieldJson.texts(r.provinces()));
        f.put("lengthKm", FieldJson.number(r.lengthKm()));
        f.put("costBillionVnd", FieldJson.number(r.costBillionVnd()));
        f.put("figuresNote", FieldJson.text(r.figuresNote()));
        f.put("target", FieldJson.fuzzy(r.target()));
        f.put("agreementIds", FieldJson.texts(r.agreementIds()));
        f.put("geometry", FieldJson.geometry(r.geometry()));
        f.put("accuracy", FieldJson.code(r.accuracy()));
        f.put("accuracyKm", FieldJson.number(r.accuracyKm()));
        f.put("coordSource", FieldJson.text(r.coordSource()));
        f.put("sources", FieldJson.sources(r.sources()));
        f.put("uncertainties", FieldJson.texts(r.uncertainties()));
        return f;
    }

    @Override
    public Link fromFields(String id, Map<String, JsonNode> f) {
        return new Link(id, field(f, "nameVi", FieldJson::readRequiredText), field(f, "nameEn", FieldJson::readText),
                field(f, "kind", n -> FieldJson.readCode(LinkKind.class, n)),
                field(f, "roadClass", n -> FieldJson.readOptionalCode(RoadClass.class, n)),
                field(f, "status", n -> FieldJson.readCode(LinkStatus.class, n)),
                field(f, "statusNote", FieldJson::readText), field(f, "placeIds", FieldJson::readTexts),
                field(f, "provinces", FieldJson::readTexts), field(f, "lengthKm", FieldJson::readNumber),
                field(f, "costBillionVnd", FieldJson::readNumber), field(f, "figuresNote", FieldJson::readText),
                field(f, "target", FieldJson::readFuzzy), field(f, "agreementIds", FieldJson::readTexts),
                field(f, "geometry", FieldJson::readGeometry),
                field(f, "accuracy", n -> FieldJson.readCode(Accuracy.class, n)),
                field(f, "accuracyKm", n -> PlaceRecords.required(FieldJson.readNumber(n))),
                field(f, "coordSource", FieldJson::readRequiredText), field(f, "sources", FieldJson::readSources),
                field(f, "uncertainties", FieldJson::readTexts));
    }

    @Override
    public List<Source> citations(Link r) {
        return r.sources();
    }

    @Override
    public List<RecordRef> dependants(Catalogue c, String id) {
        return c.commitments().stream().filter(m -> m.linkIds().contains(id))
                .map(m -> new RecordRef("commitment", m.id())).toList();
    }
}
