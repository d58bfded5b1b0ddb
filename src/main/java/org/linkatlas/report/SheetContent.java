package org.linkatlas.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.linkatlas.explore.Deadlines;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfText.Run;

/**
 * One agreement's sheet in a {@link PdfFlow}: heading, parties, the map, the links table, the commitments
 * (actors, action, links, deadline with its due day and an OVERDUE flag, the verbatim quote and its seed), the
 * agreement's sources and what is uncertain. Belongs to one document; one thread.
 */
final class SheetContent {
    private static final float TITLE = 14;
    private static final float HEADING = 10.5f;
    private static final float BODY = 8.5f;
    private static final float SMALL = 7.5f;
    private static final float MAP_MAX_SHARE = 0.42f;
    private static final float[] WEIGHTS = {0.04f, 0.27f, 0.09f, 0.26f, 0.20f, 0.14f};
    private static final boolean[] RIGHT = {true, false, false, false, false, false};

    private final PdfFlow flow;
    private final PdfText text;
    private final PdfLabels labels;
    private final Messages m;
    private final AgreementSheets.Request r;
    private final LinkFacts facts;
    private final Map<String, Party> parties;
    private final org.linkatlas.explore.DateWords dates;

    SheetContent(PdfFlow flow, PdfText text, PdfLabels labels, Messages m, AgreementSheets.Request r, LinkFacts facts) {
        this.dates = new org.linkatlas.explore.DateWords(m);
        this.flow = flow;
        this.text = text;
        this.labels = labels;
        this.m = m;
        this.r = r;
        this.facts = facts;
        this.parties = r.catalogue().parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    /** The links the agreement stands behind (its own list and through its commitments), in the catalogue's order. */
    List<Link> linksOf(Agreement a) {
        return r.catalogue().links().stream().filter(l -> facts.agreementsOf(l.id()).contains(a.id())).toList();
    }

    /** "Programme · 01/CTr · 29/3/2023 · 2023–2025" */
    static String subtitle(Agreement a, Messages m, String lang) {
        org.linkatlas.explore.DateWords dates = new org.linkatlas.explore.DateWords(m);
        List<String> parts = new ArrayList<>();
        parts.add(m.get("agreement.type." + Codes.of(a.type())));
        if (a.number() != null && !a.number().isBlank()) {
            parts.add(a.number());
        }
        boolean vi = !"en".equals(lang);
        if (a.date() != null) {
            // the source's words in Vietnamese; in English the date they give, as the catalogue dates it
            // Vietnamese: the source's words; English: the date, "(inferred)" when it is ours; neither: not stated
            String d = a.date().value() == null ? m.get("date.notStated")
                    : vi ? a.date().text() : dates.brief(a.date());
            if (d != null && !d.isBlank()) {
                parts.add(d);
            }
        }
        if (a.period() != null) {
            String p = dates.period(a.period());
            if (p != null && !p.isBlank()) {
                parts.add(m.get("sheets.period", p));
            }
        }
        return String.join(" · ", parts);
    }

    void draw(Agreement a, List<Link> links, PDImageXObject image, BufferedImage map) throws IOException {
        flow.paragraph(text.boldRun(ShownLinks.title(a, r.lang()), TITLE), 0);
        if ("en".equals(r.lang()) && a.titleEn() != null && !a.titleEn().equals(a.titleVi())) {
            flow.paragraph(new Run(a.titleVi(), text.regular, BODY, PdfText.GREY), 0);
        }
        flow.paragraph(new Run(subtitle(a, m, r.lang()), text.regular, BODY, PdfText.GREY), 0);
        if (!a.partyIds().isEmpty()) {
            labelled(m.get("sheets.parties"), a.partyIds().stream().map(this::party).collect(Collectors.joining(", ")));
        }
        if (!a.signatories().isEmpty()) {
            // the catalogue has the signatories in Vietnamese only (the curator's words, not a quote): said so in English
            labelled(m.get("en".equals(r.lang()) ? "sheets.signatoriesVietnamese" : "sheets.signatories"), String.join("; ", a.signatories()));
        }
        flow.down(6);
        map(image, map);
        linksTable(links);
        commitments(a, links);
        sources(a);
        uncertain(a);
    }

    private void labelled(String label, String value) throws IOException {
        flow.paragraph(List.of(text.boldRun(label + ": ", BODY), text.run(value, BODY)), 0);
    }

    private String party(String id) {
        Party p = parties.get(id);
        return p == null ? id : PartyNames.name(p, r.lang());
    }

    private void map(PDImageXObject image, BufferedImage map) throws IOException {
        if (image == null) {
            return; // no links, no map: the links table says so
        }
        float w = flow.width();
        float h = w * map.getHeight() / map.getWidth();
        float maxH = flow.pageHeight() * MAP_MAX_SHARE;
        if (h > maxH) {
            h = maxH;
            w = h * map.getWidth() / map.getHeight();
        }
        flow.ensure(h + 20);
        flow.image(image, flow.left() + (flow.width() - w) / 2, w, h);
        String attribution = r.map() == null ? "" : r.map().attribution();
        if (attribution != null && !attribution.isBlank()) {
            flow.down(2);
            flow.paragraph(new Run(attribution, text.regular, SMALL, PdfText.GREY), 0);
        }
    }

    private void linksTable(List<Link> links) throws IOException {
        flow.down(8);
        flow.ensure(PdfFlow.leading(HEADING) + 40);
        flow.paragraph(text.boldRun(m.get("sheets.links", links.size()), HEADING), 0);
        flow.down(2);
        if (links.isEmpty()) {
            flow.paragraph(text.run(m.get("sheets.noLinks"), BODY), 0);
            return;
        }
        PdfTable.Row header = new PdfTable.Row(List.of("#", m.get("sheets.col.link"), m.get("sheets.col.kind"),
                m.get("sheets.col.stage"), m.get("sheets.col.provinces"), m.get("sheets.col.target")), text.bold, PdfText.BLACK);
        List<PdfTable.Row> rows = new ArrayList<>();
        // the stage as the details give it: the physical state, then each intervention with its stage and source
        org.linkatlas.explore.Lifecycle lifecycle = new org.linkatlas.explore.Lifecycle(r.catalogue(), m);
        int n = 1;
        for (Link l : links) {
            rows.add(new PdfTable.Row(List.of(String.valueOf(n++), ShownLinks.name(l, r.lang()),
                    m.get("kind." + Codes.of(l.kind())), lifecycle.summary(l), provinces(l),
                    l.target() == null ? "–" : dates.brief(l.target())), text.regular, PdfText.BLACK));
        }
        List<PdfTable.Row> all = new ArrayList<>(rows);
        all.add(0, header);
        new PdfTable(flow, text, WEIGHTS, RIGHT, all).draw(header, rows);
    }

    private String provinces(Link l) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : l.provinces()) {
            String now = facts.successors().get(p);
            out.add(now == null || now.equals(p) ? p : p + " → " + now);
        }
        // "; " between provinces: with ", " a renamed one ("A, B → C, D") reads as two lists
        return out.isEmpty() ? "–" : String.join("; ", out);
    }

    private void commitments(Agreement a, List<Link> links) throws IOException {
        List<Commitment> cs = r.catalogue().commitments().stream().filter(c -> c.agreementId().equals(a.id())).toList();
        flow.down(8);
        flow.ensure(PdfFlow.leading(HEADING) + 30);
        flow.paragraph(text.boldRun(m.get("sheets.commitments", cs.size()), HEADING), 0);
        if (cs.isEmpty()) {
            flow.paragraph(text.run(m.get("sheets.noCommitments"), BODY), 0);
            return;
        }
        Map<String, Link> byId = r.catalogue().links().stream().collect(Collectors.toMap(Link::id, Function.identity()));
        for (Commitment c : cs) {
            List<Run> head = new ArrayList<>();
            head.add(text.boldRun(c.actorIds().stream().map(this::party).collect(Collectors.joining(", ")) + ": ", BODY));
            head.add(text.run("en".equals(r.lang()) && c.actionEn() != null ? c.actionEn() : c.actionVi(), BODY));
            List<String> numbers = new ArrayList<>();
            List<String> ids = links.stream().map(Link::id).toList();
            c.linkIds().stream().filter(ids::contains).map(ids::indexOf).sorted().forEach(i -> numbers.add("#" + (i + 1)));
            for (String id : c.linkIds()) {
                Link l = byId.get(id);
                if (!ids.contains(id)) {
                    numbers.add(l == null ? id : ShownLinks.name(l, r.lang()));
                }
            }
            List<Run> detail = new ArrayList<>();
            if (!numbers.isEmpty()) {
                detail.add(new Run(m.get("sheets.commitment.links", String.join(", ", numbers)) + " · ", text.regular, BODY, PdfText.GREY));
            }
            if (c.deadline() != null) {
                String due = Deadlines.dueDate(c.deadline()).map(d -> " " + labels.get("due", labels.date(d))).orElse("");
                detail.add(text.run(labels.get("deadline", dates.of(c.deadline())) + due, BODY));
                if (overdue(c, byId)) {
                    detail.add(new Run("  " + labels.get("overdue"), text.bold, BODY, PdfText.RED));
                }
            } else {
                detail.add(new Run(m.get("sheets.noDeadline"), text.regular, BODY, PdfText.GREY));
            }
            float need = flow.bulletHeight(head, 0) + flow.height(detail, 12) + 2 * PdfFlow.leading(SMALL);
            flow.ensure(Math.min(need, flow.pageHeight() / 3));
            flow.down(2);
            flow.bullet(head, 0);
            flow.paragraph(detail, 12);
            quote(c.source(), 12);
        }
    }

    /** Overdue when the deadline has passed (as of the request's day) and one of its links is not yet existing. */
    private boolean overdue(Commitment c, Map<String, Link> byId) {
        for (String id : c.linkIds()) {
            Link l = byId.get(id);
            if (l != null && Deadlines.isOverdue(c.deadline(), l.status(), r.today())) {
                return true;
            }
        }
        return false;
    }

    private void quote(Source s, float indent) throws IOException {
        if (s == null) {
            return;
        }
        flow.paragraph(List.of(new Run("“" + s.quote() + "”", text.regular, SMALL, PdfText.BLACK),
                new Run(" — " + s.seed(), text.regular, SMALL, PdfText.GREY)), indent);
    }

    private void sources(Agreement a) throws IOException {
        if (a.sources().isEmpty()) {
            return;
        }
        flow.down(8);
        flow.ensure(PdfFlow.leading(HEADING) + 20);
        flow.paragraph(text.boldRun(m.get("sheets.sources"), HEADING), 0);
        for (Source s : a.sources()) {
            quote(s, 0);
        }
    }

    private void uncertain(Agreement a) throws IOException {
        String lang = m.locale().getLanguage().isEmpty() ? "en" : m.locale().getLanguage();
        List<String> notes = new ArrayList<>();
        a.uncertaintyTexts().forEach(u -> notes.add(u.in(lang)));
        r.catalogue().commitments().stream().filter(c -> c.agreementId().equals(a.id()))
                .forEach(c -> c.uncertainties().forEach(u -> notes.add(u.in(lang))));
        if (notes.isEmpty()) {
            return;
        }
        flow.down(8);
        flow.ensure(PdfFlow.leading(HEADING) + 20);
        flow.paragraph(text.boldRun(m.get("sheets.uncertain"), HEADING), 0);
        for (String note : new LinkedHashSet<>(notes)) {
            flow.bullet(List.of(new Run(note, text.regular, SMALL, PdfText.GREY)), 0);
        }
    }
}
