package org.linkatlas.ui.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Codes;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.model.Source;
import org.linkatlas.report.ReportFormat;
import org.linkatlas.i18n.Messages;

/**
 * The selected link: names, kind, physical state and the interventions promised for it (their events in date
 * order with quotes, and the results that name it: {@link LifecycleSection}), provinces then and now, geodesic length, figures, target,
 * position accuracy, what the text leaves open; the agreements behind it (choosing one highlights all its
 * links); its commitments with actors, deadline, an overdue flag and the verbatim quote with its source.
 * JavaFX thread only.
 */
final class DetailsPanel {
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final org.linkatlas.explore.DateWords dates;
    private final ReportFormat format;
    private final boolean english;
    private final Consumer<List<Source>> openSource;
    private final Runnable agreementSheet;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);

    /**
     * @param openSource     opens a seed with the given quotes (all from that seed) highlighted
     * @param agreementSheet writes the chosen agreement's sheet (asks where, then works in the background)
     */
    DetailsPanel(ExplorerViewModel vm, Messages messages, ReportFormat format, Consumer<List<Source>> openSource,
                 Runnable agreementSheet, org.linkatlas.ui.Attachments attached) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new org.linkatlas.explore.DateWords(messages);
        this.format = format;
        this.english = !"vi".equals(messages.locale().getLanguage()); // the English bundle is the root one: its locale is ""
        this.openSource = openSource;
        this.agreementSheet = agreementSheet;
        box.setId("details");
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        attached.listen(vm.detailsProperty(), (old, d) -> show(d));
        attached.listen(vm.selectedAgreementProperty(), (old, a) -> show(vm.detailsProperty().get()));
        show(vm.detailsProperty().get());
    }

    Node node() {
        return scroll;
    }

    private void show(LinkDetails d) {
        box.getChildren().clear();
        if (d == null) {
            Agreement a = vm.selectedAgreementProperty().get();
            if (a != null) {
                showAgreementOnly(a);
            } else {
                add(wrapped(messages.get("details.none")));
            }
            return;
        }
        Link l = d.link();
        Label title = styled(l.nameVi(), "details-title");
        title.setId("details-title");
        add(title);
        if (english && l.nameEn() != null) { // the English name is a translation: only for the English window
            add(styled(l.nameEn(), "details-subtitle"));
        }
        Lifecycle life = new Lifecycle(vm.catalogueProperty().get(), messages);
        Label lifecycle = wrapped(messages.get("details.kindStatus") + ": " + messages.get("kind." + Codes.of(l.kind()))
                + " · " + life.summary(l));
        lifecycle.setId("details-lifecycle");
        add(lifecycle);
        if (l.stateNote() != null) {
            add(styled(life.text(l.stateNote()), "state-note"));
        }
        Label provinces = wrapped(messages.get("details.provinces") + ":\n" + provinceLines(l));
        provinces.setId("details-provinces");
        add(provinces);
        if (!l.kind().isPointLike() && l.located()) {
            fact("details.length", format.km(d.geodesicKm())
                    + (l.lengthKm() == null ? "" : " · " + messages.get("details.lengthStated", format.number(l.lengthKm())))
                    + (l.accuracy() == org.linkatlas.model.Accuracy.LOCATED ? "" : " · " + messages.get("details.lengthApprox")));
        }
        if (l.costBillionVnd() != null) {
            fact("details.cost", messages.get("details.costValue", format.cost(l.costBillionVnd())));
        }
        if (l.figuresNote() != null) {
            fact("details.figures", life.text(l.figuresNote()));
        }
        if (l.target() != null) {
            fact("details.target", date(l.target()));
        }
        Label position = wrapped(messages.get("details.accuracy") + ": " + (l.located()
                ? messages.get("accuracy." + Codes.of(l.accuracy())) + " ±" + format.km(l.accuracyKm())
                + " — " + life.text(l.coordSourceText())
                : messages.get("details.locationUnknown") + " — " + life.text(l.coordSourceText())));
        position.setId("details-accuracy");
        add(position);
        uncertainties(l.uncertaintyTexts(), life);
        sourceLinks(l.sources());
        LifecycleSection.add(box, l, life, messages, s -> sourceLink(List.of(s)));

        add(styled(messages.get("details.agreements.title", d.agreements().size()), "section-title"));
        for (Agreement a : d.agreements()) {
            addAgreement(a);
        }
        Label commitmentsTitle = styled(messages.get("details.commitments.title", d.commitments().size()), "section-title");
        commitmentsTitle.setId("commitments-title");
        add(commitmentsTitle);
        for (LinkDetails.CommitmentRow row : d.commitments()) {
            var c = row.commitment();
            String asking = life.requesters(c);
            String action = english && c.actionEn() != null && !c.actionEn().isBlank() ? c.actionEn() : c.actionVi();
            String actors = String.join(", ", c.actorIds().stream().map(id -> vm.partyName(id, english)).toList());
            Label actionLabel = styled((asking.isEmpty() ? actors : messages.get("details.askedBy", asking, actors))
                    + ": " + action, "commitment-action");
            actionLabel.getStyleClass().add("commitment-text");
            add(actionLabel);
            if (c.deadline() != null) {
                add(wrapped(messages.get("details.deadline") + " " + life.date(c.deadline())));
                if (row.overdue()) {
                    add(overdueBadge(row));
                }
            }
            Label quote = styled("“" + c.source().quote() + "”", "quote");
            quote.getStyleClass().add("commitment-quote");
            add(quote);
            add(sourceLink(List.of(c.source())));
        }
    }

    /** A badge on a line of its own, never narrower than its text (squeezed beside a wrapped label, it stood one letter per line). */
    private Label overdueBadge(LinkDetails.CommitmentRow row) {
        Label overdue = new Label(messages.get("details.overdue", row.dueDate() == null ? "" : dates.day(row.dueDate())));
        overdue.getStyleClass().addAll("overdue", "commitment-overdue");
        overdue.setWrapText(false);
        overdue.setMinWidth(Label.USE_PREF_SIZE);
        overdue.setMaxWidth(Label.USE_PREF_SIZE);
        overdue.setTooltip(new javafx.scene.control.Tooltip(messages.get("tooltip.overdue")));
        return overdue;
    }

    /** Each province at signing once, with the province that holds it since 1 July 2025 where that changed. */
    private String provinceLines(Link l) {
        Map<String, String> successors = vm.facts() == null ? Map.of() : vm.facts().successors();
        StringBuilder out = new StringBuilder();
        for (String p : new LinkedHashSet<>(l.provinces())) {
            String now = successors.getOrDefault(p, p);
            out.append(out.length() == 0 ? "" : "\n").append("  ").append(p.equals(now) ? p : p + " → " + now);
        }
        return out.toString();
    }

    /** What the source leaves open, in the window's language. */
    private void uncertainties(List<org.linkatlas.model.LocalText> notes, Lifecycle life) {
        notes.forEach(u -> add(styled("? " + life.text(u), "uncertainty")));
    }

    /** One "Source" per seed: a link quoting one article twice showed two identical buttons. */
    private void sourceLinks(List<Source> sources) {
        Map<String, List<Source>> bySeed = new LinkedHashMap<>();
        sources.forEach(s -> bySeed.computeIfAbsent(s.seed(), k -> new ArrayList<>()).add(s));
        bySeed.values().forEach(quotes -> {
            Node b = sourceLink(quotes);
            b.getStyleClass().add("link-source");
            add(b);
        });
    }

    private void showAgreementOnly(Agreement a) {
        addAgreement(a);
        a.sources().forEach(s -> add(styled("“" + s.quote() + "”", "quote")));
        sourceLinks(a.sources());
    }

    private void addAgreement(Agreement a) {
        Hyperlink title = new Hyperlink(english && a.titleEn() != null ? a.titleEn() : a.titleVi());
        title.setTooltip(new javafx.scene.control.Tooltip(messages.get("tooltip.agreement")));
        title.getStyleClass().add("agreement-title");
        title.setWrapText(true);
        title.setOnAction(e -> vm.selectedAgreementProperty().set(a.equals(vm.selectedAgreementProperty().get()) ? null : a));
        add(title);
        if (a.equals(vm.selectedAgreementProperty().get())) {
            title.getStyleClass().add("agreement-chosen");
            // the sheet to print for a meeting, where the agreement is chosen (also in the File menu)
            Button sheet = new Button(messages.get("outputs.menu.sheet"));
            sheet.setId("details-agreement-sheet");
            sheet.setTooltip(new javafx.scene.control.Tooltip(messages.get("tooltip.agreementSheet")));
            sheet.setOnAction(e -> agreementSheet.run());
            add(sheet);
            // its links, highlighted on the map; each one a click away
            add(styled(messages.get("details.agreementLinks", vm.linksOf(a).size()), "agreement-links-title"));
            for (Link l : vm.linksOf(a)) {
                Hyperlink h = new Hyperlink("• " + l.nameVi());
                h.getStyleClass().add("agreement-link");
                h.setOnAction(e -> vm.selectedLinkProperty().set(l));
                add(h);
            }
        }
        String parties = String.join(", ", a.partyIds().stream().map(id -> vm.partyName(id, english)).toList());
        add(wrapped(messages.get("agreement.type." + Codes.of(a.type())) + (a.number() == null ? "" : " " + a.number())
                + " · " + date(a.date()) + periodOf(a)));
        add(wrapped(messages.get("details.parties") + ": " + parties));
        uncertainties(a.uncertaintyTexts(), new Lifecycle(vm.catalogueProperty().get(), messages));
    }

    private Node sourceLink(List<Source> s) {
        Button b = new Button(messages.get("details.source", s.get(0).seed()));
        b.setTooltip(new javafx.scene.control.Tooltip(messages.get("tooltip.source")));
        b.setMnemonicParsing(false); // seed names contain underscores
        b.getStyleClass().addAll("source", "source-button");
        b.setOnAction(e -> openSource.accept(s));
        return b;
    }

    private String date(FuzzyDate d) {
        return dates.of(d);
    }

    private String periodOf(Agreement a) {
        String p = dates.period(a.period());
        return p == null ? "" : " · " + p;
    }

    private void fact(String key, String value) {
        add(wrapped(messages.get(key) + ": " + value));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label styled(String text, String style) {
        Label l = wrapped(text);
        l.getStyleClass().add(style);
        return l;
    }

    private void add(Node n) {
        box.getChildren().add(n);
    }
}
