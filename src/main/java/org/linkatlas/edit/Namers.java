package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Result;

/**
 * The records that name a record by its id (what a delete would leave pointing at nothing), every reference the
 * build's rules check: a party named by agreements, commitments (who acts, who asks), results and interventions
 * (the body asked); a place by links; an agreement by links and commitments; a link by commitments, results and
 * its interventions; a commitment by interventions; an intervention by its events. Scans only the lists that can
 * name the record's type (a place's namers mean one pass over the links, a commitment's none). Pure; any thread.
 */
final class Namers {
    private Namers() {
    }

    static List<RecordRef> of(Catalogue c, RecordRef ref) {
        String id = ref.id();
        List<RecordRef> out = new ArrayList<>();
        switch (ref.type()) {
            case "party" -> {
                for (Agreement a : c.agreements()) {
                    add(out, "agreement", a.id(), a.partyIds().contains(id));
                }
                for (Commitment m : c.commitments()) {
                    add(out, "commitment", m.id(), m.actorIds().contains(id) || m.requesterIds().contains(id));
                }
                for (Result r : c.results()) {
                    add(out, "result", r.id(), r.partyIds().contains(id));
                }
                for (Intervention iv : c.interventions()) {
                    add(out, "intervention", iv.id(), iv.requestedOf().contains(id));
                }
            }
            case "place" -> c.links().forEach(l -> add(out, "link", l.id(), l.placeIds().contains(id)));
            case "agreement" -> {
                c.commitments().forEach(m -> add(out, "commitment", m.id(), id.equals(m.agreementId())));
                c.links().forEach(l -> add(out, "link", l.id(), l.agreementIds().contains(id)));
            }
            case "link" -> {
                c.commitments().forEach(m -> add(out, "commitment", m.id(), m.linkIds().contains(id)));
                c.results().forEach(r -> add(out, "result", r.id(), r.linkIds().contains(id)));
                int at = SnapshotIndex.of(c).position("link", id);
                if (at >= 0) {
                    c.links().get(at).interventions().forEach(iv -> add(out, "intervention", iv.id(), true));
                }
            }
            case "commitment" -> c.interventions().forEach(iv ->
                    add(out, "intervention", iv.id(), iv.commitmentIds().contains(id)));
            case "intervention" -> SnapshotIndex.of(c).events(id).forEach(e -> add(out, "event", e.id(), true));
            default -> {
            }
        }
        return out;
    }

    private static void add(List<RecordRef> out, String type, String id, boolean names) {
        if (names) {
            out.add(new RecordRef(type, id));
        }
    }
}
