package org.linkatlas.edit;

import static org.linkatlas.edit.RecordType.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Source;
import org.linkatlas.model.Stage;

/**
 * Progress events as editable records ({@link InterventionEvent}): "Record progress…" creates one. In the
 * catalogue they stay inside their interventions in the order given (a new event goes last, as the latest).
 * Stateless; any thread.
 */
final class EventRecords implements RecordType<InterventionEvent> {
    @Override
    public String name() {
        return "event";
    }

    @Override
    public String id(InterventionEvent r) {
        return r.id();
    }

    @Override
    public List<InterventionEvent> all(Catalogue c) {
        List<InterventionEvent> out = new ArrayList<>();
        for (Intervention iv : c.interventions()) {
            iv.events().forEach(e -> out.add(new InterventionEvent(iv.id(), e)));
        }
        return out;
    }

    /** @throws IllegalArgumentException when an event names an intervention that is not there */
    @Override
    public Catalogue with(Catalogue c, List<InterventionEvent> records) {
        Map<String, List<ProgressEvent>> byIntervention = new LinkedHashMap<>();
        for (InterventionEvent e : records) {
            byIntervention.computeIfAbsent(e.interventionId(), k -> new ArrayList<>()).add(e.event());
        }
        Map<String, Intervention> known = new HashMap<>();
        c.interventions().forEach(iv -> known.put(iv.id(), iv));
        for (String id : byIntervention.keySet()) {
            if (!known.containsKey(id)) {
                throw new IllegalArgumentException("event " + byIntervention.get(id).get(0).id()
                        + ": intervention '" + id + "' does not exist");
            }
        }
        List<Intervention> ivs = new ArrayList<>();
        for (Intervention iv : c.interventions()) {
            ivs.add(InterventionRecords.withEvents(iv, byIntervention.getOrDefault(iv.id(), List.of())));
        }
        // InterventionRecords.with keeps the events already inside; here they are replaced, so rebuild directly.
        Map<String, List<Intervention>> byLink = new HashMap<>();
        ivs.forEach(iv -> byLink.computeIfAbsent(iv.linkId(), k -> new ArrayList<>()).add(iv));
        return Snapshots.withLinks(c, c.links().stream()
                .map(l -> l.interventions().isEmpty() ? l
                        : LinkRecords.withInterventions(l, byLink.getOrDefault(l.id(), List.of())))
                .toList());
    }

    @Override
    public LinkedHashMap<String, JsonNode> fields(InterventionEvent r) {
        ProgressEvent e = r.event();
        LinkedHashMap<String, JsonNode> f = new LinkedHashMap<>();
        f.put("interventionId", FieldJson.text(r.interventionId()));
        f.put("date", FieldJson.fuzzy(e.date()));
        f.put("stage", FieldJson.code(e.stage()));
        f.put("source", FieldJson.source(e.source()));
        f.put("note", FieldJson.local(e.note()));
        return f;
    }

    @Override
    public InterventionEvent fromFields(String id, Map<String, JsonNode> f) {
        return new InterventionEvent(field(f, "interventionId", FieldJson::readRequiredText),
                new ProgressEvent(id, field(f, "date", n -> Objects.requireNonNull(FieldJson.readFuzzy(n), "required")),
                        field(f, "stage", n -> Objects.requireNonNull(FieldJson.readCode(Stage.class, n), "required")),
                        field(f, "source", FieldJson::readRequiredSource), field(f, "note", FieldJson::readLocal)));
    }

    @Override
    public List<Source> citations(InterventionEvent r) {
        return List.of(r.event().source());
    }
}
