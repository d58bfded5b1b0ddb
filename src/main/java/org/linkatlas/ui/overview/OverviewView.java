package org.linkatlas.ui.overview;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.ui.Messages;

/**
 * The first window's content: every link in a table, and for the selected one its facts, the agreements behind
 * it and its commitments with their verbatim quotes. Builds nodes and binds to an {@link OverviewViewModel}.
 * JavaFX thread only.
 */
public final class OverviewView {
    private final OverviewViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label header = new Label();
    private final Label statusBar = new Label();
    private final TableView<Link> table = new TableView<>();
    private final VBox details = new VBox(6);

    public OverviewView(OverviewViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        build();
    }

    public Node node() {
        return root;
    }

    public void setStatus(String text) {
        statusBar.setText(text);
    }

    private void build() {
        header.setId("header");
        header.getStyleClass().add("header");
        header.setText(messages.get("overview.loading"));
        vm.catalogueProperty().addListener((obs, old, c) -> header.setText(c == null ? "" : messages.get(
                "overview.header", c.links().size(), c.agreements().size(), c.commitments().size(), c.seeds().size())));

        table.setId("links");
        table.setItems(vm.links());
        table.setPlaceholder(new Label(messages.get("overview.noLinks")));
        table.getColumns().add(column("links.name", 260, Link::nameVi));
        table.getColumns().add(column("links.kind", 100, l -> messages.get("kind." + Codes.of(l.kind()))));
        table.getColumns().add(column("links.status", 120, l -> messages.get("status." + Codes.of(l.status()))));
        table.getColumns().add(column("links.provinces", 170, l -> String.join(", ", l.provinces())));
        table.getColumns().add(column("links.accuracy", 100, l -> messages.get("accuracy." + Codes.of(l.accuracy()))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, l) -> vm.selectedLinkProperty().set(l));
        vm.selectedLinkProperty().addListener((obs, old, l) -> {
            if (l != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(l);
            }
        });

        details.setId("details");
        details.setPadding(new Insets(12));
        details.setFillWidth(true);
        details.getChildren().setAll(new Label(messages.get("details.none")));
        vm.detailsProperty().addListener((obs, old, d) -> showDetails(d));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);

        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        root.setTop(header);
        root.setCenter(split);
        statusBar.setId("status");
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        BorderPane.setMargin(header, new Insets(8, 12, 8, 12));
        BorderPane.setMargin(statusBar, new Insets(4, 12, 4, 12));
    }

    private TableColumn<Link, String> column(String key, double width, java.util.function.Function<Link, String> value) {
        TableColumn<Link, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void showDetails(LinkDetails d) {
        if (d == null) {
            details.getChildren().setAll(new Label(messages.get("details.none")));
            return;
        }
        Link l = d.link();
        details.getChildren().clear();
        Label title = styled(l.nameVi(), "details-title");
        title.setId("details-title");
        add(title);
        if (l.nameEn() != null) {
            add(styled(l.nameEn(), "details-subtitle"));
        }
        fact("details.kindStatus", messages.get("kind." + Codes.of(l.kind())) + " · "
                + messages.get("status." + Codes.of(l.status())) + (l.statusNote() == null ? "" : " (" + l.statusNote() + ")"));
        fact("details.provinces", String.join(", ", l.provinces()) + "  →  " + String.join(", ", d.provincesToday()));
        if (!l.kind().isPointLike()) {
            fact("details.length", String.format(Locale.ROOT, "%.1f km", d.geodesicKm())
                    + (l.lengthKm() == null ? "" : " · " + messages.get("details.lengthStated", l.lengthKm())));
        }
        if (l.costBillionVnd() != null) {
            fact("details.cost", messages.get("details.costValue", l.costBillionVnd()));
        }
        if (l.target() != null) {
            fact("details.target", date(l.target()));
        }
        fact("details.accuracy", messages.get("accuracy." + Codes.of(l.accuracy())) + " ±"
                + String.format(Locale.ROOT, "%.1f", l.accuracyKm()) + " km — " + l.coordSource());
        l.uncertainties().forEach(u -> add(styled("? " + u, "uncertainty")));

        add(styled(messages.get("details.agreements.title", d.agreements().size()), "section-title"));
        for (Agreement a : d.agreements()) {
            add(styled(a.titleVi(), "agreement-title"));
            add(wrapped(messages.get("agreement.type." + Codes.of(a.type()))
                    + (a.number() == null ? "" : " " + a.number()) + " · " + date(a.date())
                    + (a.period() == null || a.period().text() == null ? "" : " · " + a.period().text())));
        }
        Label commitmentsTitle = styled(messages.get("details.commitments.title", d.commitments().size()), "section-title");
        commitmentsTitle.setId("commitments-title");
        add(commitmentsTitle);
        for (Commitment c : d.commitments()) {
            add(styled(vm.actorNames(c) + ": " + c.actionVi(), "commitment-action"));
            if (c.deadline() != null) {
                add(wrapped(messages.get("details.deadline") + " " + date(c.deadline())));
            }
            Label quote = styled("“" + c.source().quote() + "”", "quote");
            quote.getStyleClass().add("commitment-quote");
            add(quote);
            add(styled(messages.get("details.source", c.source().seed()), "source"));
        }
    }

    private String date(FuzzyDate d) {
        if (d.value() == null) {
            return messages.get("date.notStated") + (d.note() == null ? "" : " — " + d.note());
        }
        String text = d.text() == null ? "" : d.text();
        String value = d.value() == null ? "" : " [" + d.value() + ", " + messages.get("precision." + Codes.of(d.precision())) + "]";
        return (text + value).strip();
    }

    private void fact(String key, String value) {
        add(wrapped(messages.get(key) + ": " + value));
    }

    private Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private Label styled(String text, String style) {
        Label l = wrapped(text);
        l.getStyleClass().add(style);
        return l;
    }

    private void add(Node n) {
        details.getChildren().add(n);
    }

}
