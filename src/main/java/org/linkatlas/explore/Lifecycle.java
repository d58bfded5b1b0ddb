package org.linkatlas.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.Party;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Result;
import org.linkatlas.model.Source;

/**
 * A link's lifecycle in words of one language, for the window, the route summary, the CSV and the PDF:
 * "exists · upgrade requested of the Prime Minister (seed 001)", its events in date order with their quotes,
 * and the results that name it. Built once per catalogue and language. Immutable; any thread.
 */
public final class Lifecycle {
    private final Messages messages;
    private final String language;
    private final Map<String, String> partyNames;
    private final Map<String, Commitment> commitments;
    private final Map<String, List<Result>> resultsByLink;
    private final DateWords dates;

    /** One event as shown: when, what it concerns, the stage reached, the note, the quote and its source. */
    public record EventLine(String date, String intervention, String stage, String note, Source source) {
    }

    public Lifecycle(Catalogue c, Messages messages) {
        this.messages = messages;
        this.language = messages.locale().getLanguage();
        this.dates = new DateWords(messages);
        this.partyNames = c.parties().stream().collect(Collectors.toMap(Party::id,
                p -> "vi".equals(language) || p.nameEn() == null ? p.nameVi() : p.nameEn()));
        this.commitments = c.commitments().stream().collect(Collectors.toMap(Commitment::id, Function.identity()));
        this.resultsByLink = new java.util.HashMap<>();
        for (Result r : c.results()) {
            r.linkIds().forEach(id -> resultsByLink.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
        }
    }

    public String language() {
        return language;
    }

    /** The text in this lifecycle's language, or {@code null}. */
    public String text(LocalText t) {
        return t == null ? null : t.in(language);
    }

    /** "exists · upgrade requested of the Prime Minister (seed 001) · …"; the state alone when nothing is promised. */
    public String summary(Link l) {
        StringBuilder s = new StringBuilder(messages.get("state." + Codes.of(l.state())));
        if (!l.located()) {
            s.append(" · ").append(messages.get("lifecycle.locationUnknown"));
        }
        for (Intervention iv : l.interventions()) {
            s.append(" · ").append(intervention(iv));
        }
        return s.toString();
    }

    /** One intervention: "upgrade requested of the Prime Minister (seed 001)". */
    public String intervention(Intervention iv) {
        String kind = messages.get("intervention." + Codes.of(iv.kind()));
        if (iv.what() != null) {
            kind = kind + " " + iv.what().in(language);
        }
        String asked = iv.requestedOf().stream().map(id -> partyNames.getOrDefault(id, id))
                .collect(Collectors.joining(", "));
        String stage = iv.stage() == org.linkatlas.model.Stage.REQUESTED && !asked.isEmpty()
                ? messages.get("stage.requestedOf", asked) : messages.get("stage." + Codes.of(iv.stage()));
        ProgressEvent last = iv.events().get(iv.events().size() - 1);
        return messages.get("lifecycle.intervention", kind, stage, seedLabel(last.source()));
    }

    /** "seed 001" / "nguồn 001": the seed's number, never its file name. */
    public String seedLabel(Source s) {
        String seed = s.seed();
        int cut = seed.indexOf('_');
        return messages.get("lifecycle.seed", cut > 0 ? seed.substring(0, cut) : seed);
    }

    /** Every event of the link's interventions, in date order (undated ones after the dated, in file order). */
    public List<EventLine> events(Link l) {
        record Dated(LocalDate day, int order, EventLine line) {
        }
        List<Dated> all = new ArrayList<>();
        int order = 0;
        for (Intervention iv : l.interventions()) {
            String what = messages.get("intervention." + Codes.of(iv.kind()))
                    + (iv.what() == null ? "" : " " + iv.what().in(language));
            for (ProgressEvent e : iv.events()) {
                all.add(new Dated(e.date().firstDay().orElse(LocalDate.MAX), order++, new EventLine(date(e.date()), what,
                        messages.get("stage." + Codes.of(e.stage())), text(e.note()), e.source())));
            }
        }
        all.sort(Comparator.comparing(Dated::day).thenComparing(Dated::order));
        return all.stream().map(Dated::line).toList();
    }

    public List<Result> results(Link l) {
        return resultsByLink.getOrDefault(l.id(), List.of());
    }

    /** Who achieved a result, by name. */
    public String parties(Result r) {
        return r.partyIds().stream().map(id -> partyNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    /** The parties that ask, by name, or an empty string. */
    public String requesters(Commitment c) {
        return c.requesterIds().stream().map(id -> partyNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    public String partyName(String id) {
        return partyNames.getOrDefault(id, id);
    }

    /** Whether an intervention is overdue on {@code today} by the deadlines of its commitments (see Deadlines). */
    public boolean overdue(Intervention iv, LocalDate today) {
        return Deadlines.isOverdue(iv, iv.commitmentIds().stream().map(commitments::get)
                .filter(java.util.Objects::nonNull).toList(), today);
    }

    /** A date, target or deadline in the reader's words, the source's words quoted after it ({@link DateWords}). */
    public String date(FuzzyDate d) {
        return dates.of(d);
    }
}
