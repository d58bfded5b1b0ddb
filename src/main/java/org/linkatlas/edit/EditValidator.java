package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Checks what a save would change, incrementally (decision 0016): the catalogue build's rules ({@link RecordRules})
 * over the records the changes touch and the records whose validity they can change (a deleted record's namers;
 * the links a changed commitment or result names, before and after; the other events of a changed event's
 * intervention), looked up in the snapshot's indexes ({@link SnapshotIndex}) instead of passes over the whole
 * catalogue; plus the rules only edits can break: an id used twice, an actual date (an agreement's signing, an
 * event) never in the future, a deadline never before the signing, nothing deleted that another record still
 * names, an intervention never without events (also one whose last event a save deleted or moved away); and the geometry rules of issue 14
 * ({@link org.linkatlas.edit.geometry.GeometryChecks}). Missing English text is a warning. An error in a record
 * the save does not reach is not reported again. Every finding names its record and field and carries a message
 * key ({@link Issue}). Pure apart from the clock; any thread.
 */
public final class EditValidator {
    private final Clock clock;
    private final org.linkatlas.edit.geometry.GeometryChecks geometry;

    /** With the geometry rules that need no data files (issue 14; no region outline, no water). */
    public EditValidator(Clock clock) {
        this(clock, org.linkatlas.edit.geometry.GeometryContext.NONE);
    }

    /** With the geometry rules over {@code geometry}'s region and water (decision 0014). */
    public EditValidator(Clock clock, org.linkatlas.edit.geometry.GeometryContext geometry) {
        this.clock = clock;
        this.geometry = new org.linkatlas.edit.geometry.GeometryChecks(geometry);
    }

    public ValidationReport validate(Catalogue c, List<RecordChange> changes) {
        Set<RecordRef> changed = new LinkedHashSet<>();
        Set<RecordRef> deleted = new LinkedHashSet<>();
        for (RecordChange rc : changes) {
            (rc.op() == ChangeOp.DELETE ? deleted : changed).add(rc.ref());
        }
        SnapshotIndex index = SnapshotIndex.of(c);
        List<Issue> issues = new ArrayList<>();
        RecordRules rules = new RecordRules(c);
        for (RecordRef ref : affected(c, changes)) {
            rules.check(ref, issues);
        }
        for (RecordRef ref : deleted) {
            for (RecordRef d : Namers.of(c, ref)) {
                issues.add(Issue.error(ref, "id", "stillNamed", d));
            }
        }
        for (RecordRef ref : changed) {
            if (index.records(ref.type()).duplicates().contains(ref.id())) {
                issues.add(Issue.error(ref, "id", "duplicateId", new Issue.Type(ref.type())));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (RecordRef ref : changed) {
            dateAndEventRules(index, ref, today, issues);
            englishWarning(index.record(ref.type(), ref.id()), ref, issues);
        }
        for (Commitment m : commitmentsOfChangedAgreements(c, changed)) {
            deadlineRule(index, m, issues);
        }
        for (String iv : interventionsOfEvents(index, changes)) { // one a save left with no event, untouched itself
            RecordRef ref = new RecordRef("intervention", iv);
            if (!changed.contains(ref) && index.record("intervention", iv) != null && index.events(iv).isEmpty()) {
                issues.add(Issue.error(ref, "events", "interventionWithoutEvents"));
            }
        }
        issues.addAll(geometry.check(c, changes));
        return new ValidationReport(issues);
    }

    /**
     * The records whose findings a save reports: the changed ones (not deleted), those naming a deleted one, the
     * links a changed or deleted commitment or result names (they may have lost their only backing), and the
     * other events of a changed or deleted event's intervention (their order). Only those still in {@code c}.
     */
    static Set<RecordRef> affected(Catalogue c, List<RecordChange> changes) {
        SnapshotIndex index = SnapshotIndex.of(c);
        Set<RecordRef> out = new LinkedHashSet<>();
        for (RecordChange rc : changes) {
            RecordRef ref = rc.ref();
            if (rc.op() != ChangeOp.DELETE) {
                out.add(ref);
            } else {
                out.addAll(Namers.of(c, ref));
            }
            if (ref.type().equals("commitment") || ref.type().equals("result")) {
                Object now = index.record(ref.type(), ref.id());
                if (now instanceof Commitment m) {
                    m.linkIds().forEach(id -> out.add(new RecordRef("link", id)));
                } else if (now instanceof org.linkatlas.model.Result r) {
                    r.linkIds().forEach(id -> out.add(new RecordRef("link", id)));
                }
                oldIds(rc, "linkIds").forEach(id -> out.add(new RecordRef("link", id)));
            }
            for (String iv : interventionsOfEvents(index, List.of(rc))) {
                index.events(iv).forEach(e -> out.add(new RecordRef("event", e.id())));
            }
        }
        out.removeIf(r -> index.record(r.type(), r.id()) == null);
        return out;
    }

    /** The interventions a changed or deleted event was in before the change, and is in now. */
    private static Set<String> interventionsOfEvents(SnapshotIndex index, List<RecordChange> changes) {
        Set<String> out = new LinkedHashSet<>();
        for (RecordChange rc : changes) {
            if (rc.ref().type().equals("event")) {
                out.addAll(oldIds(rc, "interventionId"));
                if (index.record("event", rc.ref().id()) instanceof InterventionEvent e) {
                    out.add(e.interventionId());
                }
            }
        }
        return out;
    }

    /** The ids a field held before the change (a list of ids or one id), from the change's old value. */
    private static List<String> oldIds(RecordChange rc, String field) {
        List<String> out = new ArrayList<>();
        for (FieldChange f : rc.fields()) {
            if (f.field().equals(field) && f.oldJson() != null) {
                JsonNode old = FieldJson.parse(f.oldJson());
                if (old.isArray()) {
                    old.forEach(n -> out.add(n.asText()));
                } else if (old.isTextual()) {
                    out.add(old.asText());
                }
            }
        }
        return out;
    }

    private void dateAndEventRules(SnapshotIndex index, RecordRef ref, LocalDate today, List<Issue> issues) {
        Object r = index.record(ref.type(), ref.id());
        if (r instanceof Agreement a && a.date() != null && a.date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
            issues.add(Issue.error(ref, "date", "signingInFuture", a.date().value()));
        } else if (r instanceof Commitment m) {
            deadlineRule(index, m, issues);
        } else if (r instanceof Intervention iv && index.events(iv.id()).isEmpty()) {
            issues.add(Issue.error(ref, "events", "interventionWithoutEvents"));
        } else if (r instanceof InterventionEvent e && e.event().date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
            issues.add(Issue.error(ref, "date", "eventInFuture", e.event().date().value()));
        }
    }

    /** A changed agreement's commitments: their deadlines are checked against its (new) signing date. */
    private static List<Commitment> commitmentsOfChangedAgreements(Catalogue c, Set<RecordRef> changed) {
        Set<String> agreements = new java.util.HashSet<>();
        changed.stream().filter(r -> r.type().equals("agreement")).forEach(r -> agreements.add(r.id()));
        if (agreements.isEmpty()) {
            return List.of();
        }
        return c.commitments().stream()
                .filter(m -> agreements.contains(m.agreementId()) && !changed.contains(new RecordRef("commitment", m.id())))
                .toList();
    }

    private static void deadlineRule(SnapshotIndex index, Commitment m, List<Issue> issues) {
        Object found = index.record("agreement", m.agreementId());
        FuzzyDate deadline = m.deadline();
        if (!(found instanceof Agreement a) || a.date() == null || deadline == null || deadline.lastDay().isEmpty()
                || a.date().firstDay().isEmpty()) {
            return;
        }
        if (deadline.lastDay().get().isBefore(a.date().firstDay().get())) {
            RecordRef ref = new RecordRef("commitment", m.id());
            issues.add(Issue.error(ref, "deadline", "deadlineBeforeSigning",
                    deadline.value(), a.date().value()));
        }
    }

    private static void englishWarning(Object r, RecordRef ref, List<Issue> issues) {
        String field = null;
        String text = null;
        if (r instanceof Link l) {
            field = "nameEn";
            text = l.nameEn();
        } else if (r instanceof Agreement a) {
            field = "titleEn";
            text = a.titleEn();
        } else if (r instanceof Commitment m) {
            field = "actionEn";
            text = m.actionEn();
        } else if (r instanceof Place p) {
            field = "nameEn";
            text = p.nameEn();
        } else if (r instanceof Party p) {
            field = "nameEn";
            text = p.nameEn();
        }
        if (field != null && (text == null || text.isBlank())) {
            issues.add(Issue.of(Issue.Severity.WARNING, ref, field, "noEnglish"));
        }
    }
}
