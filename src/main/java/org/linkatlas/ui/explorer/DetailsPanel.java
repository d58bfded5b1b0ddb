package org.linkatlas.ui.explorer;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Codes;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.model.Source;
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
    private final Consumer<Source> openSource;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);

    DetailsPanel(ExplorerViewModel vm, Messages messages, Consumer<Source> openSource) {
        this.vm = vm;
        this.messages = messages;
        this.openSource = openSource;
        box.setId("details");
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        vm.detailsProperty().addListener((o, old, d) -> show(d));
        vm.selectedAgreementProperty().addListener((o, old, a) -> show(vm.detailsProperty().get()));
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
        if (l.nameEn() != null) {
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
        fact("details.provinces", String.join(", ", l.provinces()) + "  →  " + String.join(", ", d.provincesToday()));
        if (!l.kind().isPointLike() && l.located()) {
            fact("details.length", String.format(Locale.ROOT, "%.1f km", d.geodesicKm())
                    + (l.lengthKm() == null ? "" : " · " + messages.get("details.lengthStated", l.lengthKm()))
                    + (l.accuracy() == org.linkatlas.model.Accuracy.LOCATED ? "" : " · " + messages.get("details.lengthApprox")));
        }
        if (l.costBillionVnd() != null) {
            fact("details.cost", messages.get("details.costValue", l.costBillionVnd()));
        }
        if (l.figuresNote() != null) {
            fact("details.figures", life.text(l.figuresNote()));
        }
        if (l.target() != null) {
            fact("details.target", date(l.target()));
        }
        Label position = wrapped(messages.get("details.accuracy") + ": " + (l.located()
                ? messages.get("accuracy." + Codes.of(l.accuracy())) + " ±" + String.format(Locale.ROOT, "%.1f",
                l.accuracyKm()) + " km — " + life.text(l.coordSourceText())
                : messages.get("details.locationUnknown") + " — " + life.text(l.coordSourceText())));
        position.setId("details-accuracy");
        add(position);
        l.uncertaintyTexts().forEach(u -> add(styled("? " + life.text(u), "uncertainty")));
        l.sources().forEach(s -> add(sourceLink(s)));
        LifecycleSection.add(box, l, life, messages, this::sourceLink);

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
            add(styled((asking.isEmpty() ? row.actors() : messages.get("details.askedBy", asking, row.actors()))
                    + ": " + ("vi".equals(life.language()) || c.actionEn() == null ? c.actionVi() : c.actionEn()),
                    "commitment-action"));
            if (c.deadline() != null) {
                Label deadline = wrapped(messages.get("details.deadline") + " " + life.date(c.deadline()));
                if (row.overdue()) {
                    Label overdue = styled(messages.get("details.overdue", row.dueDate()), "overdue");
                    overdue.getStyleClass().add("commitment-overdue");
                    add(new HBox(8, deadline, overdue));
                } else {
                    add(deadline);
                }
            }
            Label quote = styled("“" + c.source().quote() + "”", "quote");
            quote.getStyleClass().add("commitment-quote");
            add(quote);
            add(sourceLink(c.source()));
        }
    }

    private void showAgreementOnly(Agreement a) {
        addAgreement(a);
        a.sources().forEach(s -> {
            add(styled("“" + s.quote() + "”", "quote"));
            add(sourceLink(s));
        });
    }

    private void addAgreement(Agreement a) {
        Hyperlink title = new Hyperlink(a.titleVi());
        title.getStyleClass().add("agreement-title");
        title.setWrapText(true);
        title.setOnAction(e -> vm.selectedAgreementProperty().set(a.equals(vm.selectedAgreementProperty().get()) ? null : a));
        add(title);
        if (a.equals(vm.selectedAgreementProperty().get())) {
            title.getStyleClass().add("agreement-chosen");
            // its links, highlighted on the map; each one a click away
            add(styled(messages.get("details.agreementLinks", vm.linksOf(a).size()), "agreement-links-title"));
            for (Link l : vm.linksOf(a)) {
                Hyperlink h = new Hyperlink("• " + l.nameVi());
                h.getStyleClass().add("agreement-link");
                h.setOnAction(e -> vm.selectedLinkProperty().set(l));
                add(h);
            }
        }
        String parties = String.join(", ", a.partyIds().stream().map(vm::partyName).toList());
        add(wrapped(messages.get("agreement.type." + Codes.of(a.type())) + (a.number() == null ? "" : " " + a.number())
                + " · " + date(a.date()) + (a.period() == null || a.period().text() == null ? "" : " · " + a.period().text())));
        add(wrapped(messages.get("details.parties") + ": " + parties));
        a.uncertaintyTexts().forEach(u -> add(styled("? " + u.in(messages.locale().getLanguage()), "uncertainty")));
    }

    private Node sourceLink(Source s) {
        Button b = new Button(messages.get("details.source", s.seed()));
        b.setMnemonicParsing(false); // seed names contain underscores
        b.getStyleClass().addAll("source", "source-button");
        b.setOnAction(e -> openSource.accept(s));
        return b;
    }

    private String date(FuzzyDate d) {
        if (d.value() == null) {
            return (d.text() == null ? "" : "“" + d.text() + "” — ") + messages.get("date.notStated");
        }
        String text = d.text() == null ? "" : d.text();
        return (text + " [" + d.value() + ", " + messages.get("precision." + Codes.of(d.precision())) + "]").strip();
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
