package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.CommitmentTopic;
import org.linkatlas.model.Stage;
import org.linkatlas.model.Source;

/** Commitments as editable records. Stateless; any thread. */
final class CommitmentRecords implements RecordType<Commitment> {
    @Override
    public String name() {
        return "commitment";
    }

    @Override
    public String id(Commitment r) {
        return r.id();
    }

    @Override
    public List<Commitment> all(Catalogue c) {
        return c.commitments();
    }

    @Override
    public Catalogue with(Catalogue c, List<Commitment> records) {
        return Snapshots.withCommitments(c, records);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Commitment r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("agreementId", FieldJson.text(r.agreementId()));
        f.put("linkIds", FieldJson.texts(r.linkIds()));
        f.put("actorIds", FieldJson.texts(r.actorIds()));
        f.put("requesterIds", FieldJson.texts(r.requesterIds()));
        f.put("role", FieldJson.code(r.role()));
        f.put("topic", FieldJson.code(r.topic()));
        f.put("actionVi", FieldJson.text(r.actionVi()));
        f.put("actionEn", FieldJson.text(r.actionEn()));
        f.put("deadline", FieldJson.fuzzy(r.deadline()));
        f.put("deadlineStage", FieldJson.code(r.deadlineStage()));
        f.put("source", FieldJson.source(r.source()));
        f.put("uncertainties", FieldJson.locals(r.uncertainties()));
        return f;
    }

    @Override
    public Commitment fromFields(String id, Map<String, JsonNode> f) {
        return new Commitment(id, field(f, "agreementId", FieldJson::readRequiredText),
                field(f, "linkIds", FieldJson::readTexts), field(f, "actorIds", FieldJson::readTexts),
                field(f, "requesterIds", FieldJson::readTexts),
                field(f, "role", n -> FieldJson.readCode(CommitmentRole.class, n)),
                field(f, "topic", n -> FieldJson.readCode(CommitmentTopic.class, n)),
                field(f, "actionVi", FieldJson::readRequiredText), field(f, "actionEn", FieldJson::readText),
                field(f, "deadline", FieldJson::readFuzzy),
                field(f, "deadlineStage", n -> FieldJson.readOptionalCode(Stage.class, n)),
                field(f, "source", FieldJson::readRequiredSource), field(f, "uncertainties", FieldJson::readLocals));
    }

    @Override
    public List<Source> citations(Commitment r) {
        return List.of(r.source());
    }
}
