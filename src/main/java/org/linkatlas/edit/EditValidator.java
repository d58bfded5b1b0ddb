package org.linkatlas.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.linkatlas.catalogue.CatalogueValidator;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Result;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Checks the records a save would change with the catalogue build's own rules ({@link CatalogueValidator}:
 * ids, references, quotes verbatim in their source, geometry), run over the changed records and what they
 * name rather than the whole catalogue, plus the rules that only edits can break: an actual date (an
 * agreement's signing) never in the future, a deadline never before the signing, nothing deleted that another
 * record still names, an event (what happened) never dated in the future, an intervention never without
 * events; and the geometry rules of issue 14 ({@link org.linkatlas.edit.geometry.GeometryChecks}). Missing English text is a warning. Every finding names its record and field. Pure apart
 * from the clock; any thread.
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
        Set<RecordRef> deleted = new HashSet<>();
        for (RecordChange rc : changes) {
            (rc.op() == ChangeOp.DELETE ? deleted : changed).add(rc.ref());
        }
        List<Issue> issues = new ArrayList<>();
        for (String problem : new CatalogueValidator().validate(focus(c, changed))) {
            Issue issue = ValidatorMessages.toIssue(problem);
            if (issue != null && changed.contains(issue.ref())) {
                issues.add(issue);
            }
        }
        for (RecordRef ref : deleted) {
            for (RecordRef d : Edits.dependants(c, ref)) {
                issues.add(new Issue(Issue.Severity.ERROR, ref, "id", "still named by " + d + "; change or delete it first"));
            }
        }
        Map<String, Map<String, Integer>> idCounts = new HashMap<>();
        for (RecordRef ref : changed) {
            Map<String, Integer> counts = idCounts.computeIfAbsent(ref.type(), n -> {
                RecordType<Object> type = RecordTypes.typed(n);
                Set<String> wanted = ids(changed, n);
                Map<String, Integer> m = new HashMap<>();
                for (Object r : type.all(c)) { // counts only the changed ids: no map of every id
                    String id = type.id(r);
                    if (wanted.contains(id)) {
                        m.merge(id, 1, Integer::sum);
                    }
                }
                return m;
            });
            if (counts.getOrDefault(ref.id(), 0) > 1) {
                issues.add(new Issue(Issue.Severity.ERROR, ref, "id", "the id is used by another " + ref.type()));
            }
        }
        dateRules(c, changed, issues);
        eventRules(c, changed, issues);
        englishWarnings(c, changed, issues);
        issues.addAll(geometry.check(c, changes));
        return new ValidationReport(issues);
    }

    /**
     * Reference data whole; of links, commitments and results only the changed ones and those they name or that
     * name them (a changed intervention or event brings its link).
     */
    private static Catalogue focus(Catalogue c, Set<RecordRef> changed) {
        Set<String> links = new HashSet<>(ids(changed, "link"));
        Set<String> interventions = ids(changed, "intervention");
        Set<String> events = ids(changed, "event");
        for (Intervention iv : c.interventions()) {
            if (interventions.contains(iv.id()) || iv.events().stream().anyMatch(e -> events.contains(e.id()))) {
                links.add(iv.linkId());
            }
        }
        Set<String> commitments = ids(changed, "commitment");
        Set<String> namedByInterventions = new HashSet<>();
        c.interventions().stream().filter(iv -> links.contains(iv.linkId()))
                .forEach(iv -> namedByInterventions.addAll(iv.commitmentIds()));
        Set<String> results = ids(changed, "result");
        Set<String> linkIds = new HashSet<>(links);
        List<Commitment> keptCommitments = new ArrayList<>();
        for (Commitment m : c.commitments()) {
            if (commitments.contains(m.id()) || namedByInterventions.contains(m.id())
                    || m.linkIds().stream().anyMatch(links::contains)) {
                keptCommitments.add(m);
                if (commitments.contains(m.id())) {
                    linkIds.addAll(m.linkIds());
                }
            }
        }
        List<Result> keptResults = new ArrayList<>();
        for (Result r : c.results()) {
            if (results.contains(r.id()) || r.linkIds().stream().anyMatch(links::contains)) {
                keptResults.add(r);
                if (results.contains(r.id())) {
                    linkIds.addAll(r.linkIds());
                }
            }
        }
        List<Link> keptLinks = c.links().stream().filter(l -> linkIds.contains(l.id())).toList();
        return Snapshots.withResults(Snapshots.withCommitments(Snapshots.withLinks(c, keptLinks), keptCommitments),
                keptResults);
    }

    /** The catalogue files refuse an intervention without events (its stage comes from them); so does a save. */
    private void eventRules(Catalogue c, Set<RecordRef> changed, List<Issue> issues) {
        Set<String> interventions = ids(changed, "intervention");
        for (Intervention iv : c.interventions()) {
            if (iv.events().isEmpty() && interventions.contains(iv.id())) {
                issues.add(new Issue(Issue.Severity.ERROR, new RecordRef("intervention", iv.id()), "events",
                        "an intervention needs at least one event (its stage comes from them)"));
            }
        }
        Set<String> events = ids(changed, "event");
        LocalDate today = LocalDate.now(clock);
        for (Intervention iv : c.interventions()) {
            for (ProgressEvent e : iv.events()) {
                if (events.contains(e.id()) && e.date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
                    issues.add(new Issue(Issue.Severity.ERROR, new RecordRef("event", e.id()), "date",
                            "the date " + e.date().value() + " is in the future: an event records what happened"));
                }
            }
        }
    }

    private void dateRules(Catalogue c, Set<RecordRef> changed, List<Issue> issues) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Agreement> agreements = new HashMap<>();
        c.agreements().forEach(a -> agreements.put(a.id(), a));
        Set<String> changedAgreements = ids(changed, "agreement");
        for (String id : changedAgreements) {
            Agreement a = agreements.get(id);
            if (a != null && a.date() != null && a.date().firstDay().filter(d -> d.isAfter(today)).isPresent()) {
                issues.add(new Issue(Issue.Severity.ERROR, new RecordRef("agreement", id), "date",
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
                issues.add(new Issue(Issue.Severity.ERROR, new RecordRef("commitment", m.id()), "deadline",
                        "the deadline " + deadline.value() + " falls before the agreement was signed (" + a.date().value() + ")"));
            }
        }
    }

    private static void englishWarnings(Catalogue c, Set<RecordRef> changed, List<Issue> issues) {
        warnBlank(c.links(), changed, "link", Link::id, l -> l.nameEn(), "nameEn", issues);
        warnBlank(c.agreements(), changed, "agreement", Agreement::id, Agreement::titleEn, "titleEn", issues);
        warnBlank(c.commitments(), changed, "commitment", Commitment::id, Commitment::actionEn, "actionEn", issues);
        warnBlank(c.places(), changed, "place", p -> p.id(), p -> p.nameEn(), "nameEn", issues);
        warnBlank(c.parties(), changed, "party", p -> p.id(), p -> p.nameEn(), "nameEn", issues);
    }

    private static <T> void warnBlank(List<T> records, Set<RecordRef> changed, String type,
                                      java.util.function.Function<T, String> id, java.util.function.Function<T, String> text,
                                      String field, List<Issue> issues) {
        Set<String> ids = ids(changed, type);
        if (ids.isEmpty()) {
            return;
        }
        Predicate<String> blank = s -> s == null || s.isBlank();
        for (T r : records) {
            if (ids.contains(id.apply(r)) && blank.test(text.apply(r))) {
                issues.add(new Issue(Issue.Severity.WARNING, new RecordRef(type, id.apply(r)), field,
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
