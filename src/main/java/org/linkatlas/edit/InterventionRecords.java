package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.InterventionKind;
import org.linkatlas.model.Link;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Source;

/**
 * Interventions as editable records: every field but the events, which are records of their own
 * ({@link EventRecords}); an intervention seen here has no events, and {@link #with} keeps each one's events as
 * the catalogue holds them. Changing {@code linkId} moves the intervention to that link. Stateless; any thread.
 */
final class InterventionRecords implements RecordType<Intervention> {
    @Override
    public String name() {
        return "intervention";
    }

    @Override
    public String id(Intervention r) {
        return r.id();
    }

    @Override
    public List<Intervention> all(Catalogue c) {
        return c.interventions().stream().map(InterventionRecords::bare).toList();
    }

    static Intervention bare(Intervention iv) {
        return iv.events().isEmpty() ? iv : withEvents(iv, List.of());
    }

    static Intervention withEvents(Intervention iv, List<ProgressEvent> events) {
        return new Intervention(iv.id(), iv.linkId(), iv.kind(), iv.what(), iv.requestedOf(), iv.commitmentIds(), events);
    }

    /**
     * Each link gets the interventions naming it, in the order given, each with the events the catalogue holds
     * for it.
     *
     * @throws IllegalArgumentException when an intervention names a link that is not there
     */
    @Override
    public Catalogue with(Catalogue c, List<Intervention> records) {
        Map<String, List<ProgressEvent>> events = new HashMap<>();
        c.interventions().forEach(iv -> events.put(iv.id(), iv.events()));
        Map<String, List<Intervention>> byLink = new HashMap<>();
        for (Intervention iv : records) {
            byLink.computeIfAbsent(iv.linkId(), k -> new ArrayList<>())
                    .add(withEvents(iv, events.getOrDefault(iv.id(), List.of())));
        }
        List<Link> links = new ArrayList<>(c.links().size());
        for (Link l : c.links()) {
            List<Intervention> mine = byLink.remove(l.id());
            links.add(mine == null && l.interventions().isEmpty() ? l
                    : LinkRecords.withInterventions(l, mine == null ? List.of() : mine));
        }
        if (!byLink.isEmpty()) {
            String linkId = byLink.keySet().iterator().next();
            throw new IllegalArgumentException("intervention " + byLink.get(linkId).get(0).id()
                    + ": link '" + linkId + "' does not exist");
        }
        return Snapshots.withLinks(c, links);
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(Intervention r) {
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("linkId", FieldJson.text(r.linkId()));
        f.put("kind", FieldJson.code(r.kind()));
        f.put("what", FieldJson.local(r.what()));
        f.put("requestedOf", FieldJson.texts(r.requestedOf()));
        f.put("commitmentIds", FieldJson.texts(r.commitmentIds()));
        return f;
    }

    @Override
    public Intervention fromFields(String id, Map<String, JsonNode> f) {
        return new Intervention(id, field(f, "linkId", FieldJson::readRequiredText),
                field(f, "kind", n -> java.util.Objects.requireNonNull(FieldJson.readCode(InterventionKind.class, n), "required")),
                field(f, "what", FieldJson::readLocal), field(f, "requestedOf", FieldJson::readTexts),
                field(f, "commitmentIds", FieldJson::readTexts), List.of());
    }

    @Override
    public List<Source> citations(Intervention r) {
        return List.of();
    }
}
