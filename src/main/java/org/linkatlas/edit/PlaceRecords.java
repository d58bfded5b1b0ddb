package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Place;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Point;

/** Places as editable records. Stateless; any thread. */
final class PlaceRecords implements RecordType<Place> {
    @Override
    public String name() {
        return "place";
    }

    @Override
    public String id(Place r) {
        return r.id();
    }

    @Override
    public List<Place> all(Catalogue c) {
        return c.places();
    }

    @Override
    public Catalogue with(Catalogue c, List<Place> records) {
        return Snapshots.withPlaces(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Place r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("nameVi", FieldJson.text(r.nameVi()));
        f.put("nameEn", FieldJson.text(r.nameEn()));
        f.put("kind", FieldJson.text(r.kind()));
        f.put("point", FieldJson.geometry(r.point()));
        f.put("accuracy", FieldJson.code(r.accuracy()));
        f.put("accuracyKm", FieldJson.number(r.accuracyKm()));
        f.put("coordSource", FieldJson.text(r.coordSource()));
        f.put("province", FieldJson.text(r.province()));
        return f;
    }

    @Override
    public Place fromFields(String id, Map<String, JsonNode> f) {
        return new Place(id, field(f, "nameVi", FieldJson::readRequiredText), field(f, "nameEn", FieldJson::readText),
                field(f, "kind", FieldJson::readRequiredText), field(f, "point", PlaceRecords::readPoint),
                field(f, "accuracy", n -> FieldJson.readCode(Accuracy.class, n)),
                field(f, "accuracyKm", n -> required(FieldJson.readNumber(n))),
                field(f, "coordSource", FieldJson::readRequiredText), field(f, "province", FieldJson::readText));
    }

    private static Point readPoint(JsonNode n) {
        if (FieldJson.readGeometry(n) instanceof Point p) {
            return p;
        }
        throw new IllegalArgumentException("expected a POINT");
    }

    static double required(Double d) {
        if (d == null) {
            throw new IllegalArgumentException("required");
        }
        return d;
    }

    @Override
    public List<Source> citations(Place r) {
        return List.of();
    }
}
