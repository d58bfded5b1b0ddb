package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Result;
import org.linkatlas.model.Source;

/** Results (what an article says was already achieved) as editable records. Stateless; any thread. */
final class ResultRecords implements RecordType<Result> {
    @Override
    public String name() {
        return "result";
    }

    @Override
    public String id(Result r) {
        return r.id();
    }

    @Override
    public List<Result> all(Catalogue c) {
        return c.results();
    }

    @Override
    public Catalogue with(Catalogue c, List<Result> records) {
        return Snapshots.withResults(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Result r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("linkIds", FieldJson.texts(r.linkIds()));
        f.put("partyIds", FieldJson.texts(r.partyIds()));
        f.put("text", FieldJson.local(r.text()));
        f.put("date", FieldJson.fuzzy(r.date()));
        f.put("source", FieldJson.source(r.source()));
        f.put("uncertainties", FieldJson.locals(r.uncertainties()));
        return f;
    }

    @Override
    public Result fromFields(String id, Map<String, JsonNode> f) {
        return new Result(id, field(f, "linkIds", FieldJson::readTexts), field(f, "partyIds", FieldJson::readTexts),
                field(f, "text", FieldJson::readRequiredLocal), field(f, "date", FieldJson::readFuzzy),
                field(f, "source", FieldJson::readRequiredSource), field(f, "uncertainties", FieldJson::readLocals));
    }

    @Override
    public List<Source> citations(Result r) {
        return List.of(r.source());
    }
}
