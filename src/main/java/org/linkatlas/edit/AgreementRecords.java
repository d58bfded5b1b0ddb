package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.AgreementType;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Source;

/** Agreements as editable records. Stateless; any thread. */
final class AgreementRecords implements RecordType<Agreement> {
    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String id(Agreement r) {
        return r.id();
    }

    @Override
    public List<Agreement> all(Catalogue c) {
        return c.agreements();
    }

    @Override
    public Catalogue with(Catalogue c, List<Agreement> records) {
        return Snapshots.withAgreements(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Agreement r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("type", FieldJson.code(r.type()));
        f.put("number", FieldJson.text(r.number()));
        f.put("titleVi", FieldJson.text(r.titleVi()));
        f.put("titleEn", FieldJson.text(r.titleEn()));
        f.put("date", FieldJson.fuzzy(r.date()));
        f.put("period", FieldJson.period(r.period()));
        f.put("partyIds", FieldJson.texts(r.partyIds()));
        f.put("signatories", FieldJson.texts(r.signatories()));
        f.put("sources", FieldJson.sources(r.sources()));
        f.put("uncertainties", FieldJson.locals(r.uncertaintyTexts()));
        return f;
    }

    @Override
    public Agreement fromFields(String id, Map<String, JsonNode> f) {
        return new Agreement(id, field(f, "type", n -> FieldJson.readCode(AgreementType.class, n)),
                field(f, "number", FieldJson::readText), field(f, "titleVi", FieldJson::readRequiredText),
                field(f, "titleEn", FieldJson::readText), field(f, "date", FieldJson::readFuzzy),
                field(f, "period", FieldJson::readPeriod), field(f, "partyIds", FieldJson::readTexts),
                field(f, "signatories", FieldJson::readTexts), field(f, "sources", FieldJson::readSources),
                field(f, "uncertainties", FieldJson::readLocals));
    }

    @Override
    public List<Source> citations(Agreement r) {
        return r.sources();
    }
}
