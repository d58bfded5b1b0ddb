package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Party;
import org.linkatlas.model.PartyKind;
import org.linkatlas.model.Source;

/** Parties as editable records. Stateless; any thread. */
final class PartyRecords implements RecordType<Party> {
    @Override
    public String name() {
        return "party";
    }

    @Override
    public String id(Party r) {
        return r.id();
    }

    @Override
    public List<Party> all(Catalogue c) {
        return c.parties();
    }

    @Override
    public Catalogue with(Catalogue c, List<Party> records) {
        return Snapshots.withParties(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Party r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("nameVi", FieldJson.text(r.nameVi()));
        f.put("nameEn", FieldJson.text(r.nameEn()));
        f.put("kind", FieldJson.code(r.kind()));
        f.put("province", FieldJson.text(r.province()));
        return f;
    }

    @Override
    public Party fromFields(String id, Map<String, JsonNode> f) {
        return new Party(id, field(f, "nameVi", FieldJson::readRequiredText), field(f, "nameEn", FieldJson::readText),
                field(f, "kind", n -> FieldJson.readCode(PartyKind.class, n)), field(f, "province", FieldJson::readText));
    }

    @Override
    public List<Source> citations(Party r) {
        return List.of();
    }
}
