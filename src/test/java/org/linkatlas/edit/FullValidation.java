package org.linkatlas.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.linkatlas.catalogue.CatalogueValidator;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Test oracle for {@link EditValidator}: the catalogue build's own {@link CatalogueValidator} run over the WHOLE
 * catalogue (every rule, every record), its messages read back into record + field ({@link ValidatorMessages}),
 * kept for the records a save reaches ({@link EditValidator#affected}); plus the edit-only rules written the way
 * the edit session had them before decision 0016, by passes over whole lists. Slow on purpose: it shares no index
 * and no per-record code with the incremental check it is compared with.
 */
final class FullValidation {
    /** A finding as text: what the two checks are compared on. */
    record Finding(Issue.Severity severity, RecordRef ref, String field, String message) {
        static Finding of(Issue i) {
            return new Finding(i.severity(), i.ref(), i.field(), i.message());
        }

        @Override
        public String toString() {
            return severity + " " + ref + " · " + field + ": " + message;
        }
    }

    private FullValidation() {
    }

    static List<Finding> validate(Clock clock, Catalogue c, List<RecordChange> changes) {
        Set<RecordRef> changed = new HashSet<>();
        Set<RecordRef> deleted = new HashSet<>();
        for (RecordChange rc : changes) {
            (rc.op() == ChangeOp.DELETE ? deleted : changed).add(rc.ref());
        }
        Set<RecordRef> affected = EditValidator.affected(c, changes);
        List<Finding> out = new ArrayList<>();
        for (String problem : new CatalogueValidator().validate(c)) {
            Finding f = ValidatorMessages.toIssue(problem);
            // the build reports a duplicate id on its own; the edit rule below names it once, as before
            if (f != null && affected.contains(f.ref()) && !f.message().equals("the id is used twice")) {
                out.add(f);
            }
        }
        for (RecordRef ref : deleted) {
            for (RecordRef d : Edits.dependants(c, ref)) {
                out.add(new Finding(Issue.Severity.ERROR, ref, "id", "still named by " + d + "; change or delete it first"));
            }
        }
        for (RecordRef ref : changed) {
            RecordType<Object> type = RecordTypes.typed(ref.type());
            long count = type.all(c).stream().filter(r -> type.id(r).equals(ref.id())).count();
            if (count > 1) {
                out.add(new Finding(Issue.Severity.ERROR, ref, "id", "the id is used by another " + ref.type()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Agreement> agreements = new HashMap<>();
        c.agreements().forEach(a -> agreements.putIfAbsent(a.id(), a));
        Set<String> changedAgreements = ids(changed, "agreement");
        for (String id : changedAgreements) {
            Agreement a = agreements.get(id);
            if (a != null && a.date() != null && a.date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
                out.add(new Finding(Issue.Severity.ERROR, new RecordRef("agreement", id), "date",
                        "the signing date " + a.date().value() + " is in the future"));
            }
        }
        Set<String> changedCommitments = ids(changed, "commitment");
        for (Commitment m : c.commitments()) {
            if (!changedCommitments.contains(m.id()) && !changedAgreements.contains(m.agreementId())) {
                continue;
            }
            Agreement a = agreements.get(m.agreementId());
            FuzzyDate deadline = m.deadline();
            if (a == null || a.date() == null || deadline == null || deadline.lastDay().isEmpty() || a.date().firstDay().isEmpty()) {
                continue;
            }
            if (deadline.lastDay().get().isBefore(a.date().firstDay().get())) {
                out.add(new Finding(Issue.Severity.ERROR, new RecordRef("commitment", m.id()), "deadline",
                        "the deadline " + deadline.value() + " falls before the agreement was signed (" + a.date().value() + ")"));
            }
        }
        Set<String> interventions = ids(changed, "intervention");
        Set<String> events = ids(changed, "event");
        // an intervention whose events a save changed or deleted may be left with none: the one an event left
        // (its interventionId before the change) and the one it is in now
        for (RecordChange rc : changes) {
            if (rc.ref().type().equals("event")) {
                rc.fields().stream().filter(f -> f.field().equals("interventionId") && f.oldJson() != null)
                        .map(f -> FieldJson.parse(f.oldJson())).filter(n -> n.isTextual())
                        .forEach(n -> interventions.add(n.asText()));
                for (Intervention iv : c.interventions()) {
                    if (iv.events().stream().anyMatch(e -> e.id().equals(rc.ref().id()))) {
                        interventions.add(iv.id());
                    }
                }
            }
        }
        for (Intervention iv : c.interventions()) {
            if (iv.events().isEmpty() && interventions.contains(iv.id())) {
                out.add(new Finding(Issue.Severity.ERROR, new RecordRef("intervention", iv.id()), "events",
                        "an intervention needs at least one event (its stage comes from them)"));
            }
            for (ProgressEvent e : iv.events()) {
                if (events.contains(e.id()) && e.date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
                    out.add(new Finding(Issue.Severity.ERROR, new RecordRef("event", e.id()), "date",
                            "the date " + e.date().value() + " is in the future: an event records what happened"));
                }
            }
        }
        warnBlank(c.links(), changed, "link", Link::id, Link::nameEn, "nameEn", out);
        warnBlank(c.agreements(), changed, "agreement", Agreement::id, Agreement::titleEn, "titleEn", out);
        warnBlank(c.commitments(), changed, "commitment", Commitment::id, Commitment::actionEn, "actionEn", out);
        warnBlank(c.places(), changed, "place", p -> p.id(), p -> p.nameEn(), "nameEn", out);
        warnBlank(c.parties(), changed, "party", p -> p.id(), p -> p.nameEn(), "nameEn", out);
        new org.linkatlas.edit.geometry.GeometryChecks(org.linkatlas.edit.geometry.GeometryContext.NONE).check(c, changes)
                .forEach(i -> out.add(Finding.of(i)));
        return out;
    }

    private static <T> void warnBlank(List<T> records, Set<RecordRef> changed, String type, Function<T, String> id,
                                      Function<T, String> text, String field, List<Finding> out) {
        Set<String> ids = ids(changed, type);
        Set<String> seen = new HashSet<>();
        for (T r : records) {
            String t = text.apply(r);
            if (ids.contains(id.apply(r)) && seen.add(id.apply(r)) && (t == null || t.isBlank())) {
                out.add(new Finding(Issue.Severity.WARNING, new RecordRef(type, id.apply(r)), field,
                        "no English text: English readers will see the Vietnamese"));
            }
        }
    }

    private static Set<String> ids(Set<RecordRef> refs, String type) {
        Set<String> out = new HashSet<>();
        refs.stream().filter(r -> r.type().equals(type)).forEach(r -> out.add(r.id()));
        return out;
    }
}
