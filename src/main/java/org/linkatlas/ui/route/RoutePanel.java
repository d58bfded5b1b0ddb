package org.linkatlas.ui.route;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.ReportFormat;
import org.linkatlas.report.RouteExports;
import org.linkatlas.report.RouteReport;

/**
 * The route panel: from and to with suggestions as you type, the two variants side by side with the
 * distance saved, the notes, the segments with their agreements, commitments (overdue flagged) and sources,
 * the corridor picked on the map, and print / PDF / GeoJSON / CSV. Long work shows a progress bar with
 * Cancel. JavaFX thread only.
 */
public final class RoutePanel {
    /** What the panel needs from the window. */
    public interface Host {
        /** @return the file chosen, or null */
        Path save(String title, String initialName, String filterName, String... patterns);

        /** The map as the user sees it, for the PDF's map. */
        PdfExport.MapInputs mapInputs();

        void openSource(Source s);

        /** Print the current report (page setup, printer, or the no-printer message). */
        void print(RouteReport report, boolean landscape);
    }

    private final RouteViewModel vm;
    private final Messages messages;
    private final Host host;
    private final VBox box = new VBox(8);
    private final VBox results = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final ChoiceBox<String> orientation = new ChoiceBox<>();
    private PlaceField fromField;

    public RoutePanel(RouteViewModel vm, Messages messages, Host host) {
        this.vm = vm;
        this.messages = messages;
        this.host = host;
        box.setId("route-panel");
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        // wrapped labels ask for their whole text on one line: without a preferred width the window would
        // start as wide as the longest quote, and the filters (not resized with the window) would keep that share
        scroll.setPrefViewportWidth(400);
        build();
        vm.reportProperty().addListener((o, old, r) -> showReport(r));
        showReport(vm.reportProperty().get());
    }

    public Node node() {
        return scroll;
    }

    private void build() {
        Label title = new Label(messages.get("route.title"));
        title.getStyleClass().add("details-title");
        PlaceField from = new PlaceField("route-from", vm.fromTextProperty(), vm.fromProperty(), vm::suggestions, vm::findRoute, messages);
        fromField = from;
        PlaceField to = new PlaceField("route-to", vm.toTextProperty(), vm.toProperty(), vm::suggestions, vm::findRoute, messages);
        from.node().setPromptText(messages.get("route.fromPrompt"));
        to.node().setPromptText(messages.get("route.toPrompt"));
        Button swap = new Button("⇅");
        swap.setId("route-swap");
        swap.setOnAction(e -> vm.swap());
        GridPane ends = new GridPane();
        ends.setHgap(6);
        ends.setVgap(6);
        ends.addRow(0, new Label(messages.get("route.from")), from.node());
        ends.addRow(1, new Label(messages.get("route.to")), to.node(), swap);
        GridPane.setHgrow(from.node(), Priority.ALWAYS);
        GridPane.setHgrow(to.node(), Priority.ALWAYS);
        Button find = new Button(messages.get("route.find"));
        find.setId("route-find");
        find.setOnAction(e -> vm.findRoute());
        find.disableProperty().bind(vm.preparedProperty().isNull().or(vm.busyProperty()));
        Label preparing = new Label(messages.get("route.preparing"));
        preparing.visibleProperty().bind(vm.preparedProperty().isNull());
        preparing.managedProperty().bind(preparing.visibleProperty());

        ToggleButton pick = new ToggleButton(messages.get("route.corridor.pick"));
        pick.setId("route-pick");
        pick.selectedProperty().bindBidirectional(vm.pickingProperty());
        Label chain = new Label();
        chain.setId("route-corridor");
        chain.setWrapText(true);
        chain.textProperty().bind(Bindings.createStringBinding(() -> vm.corridor().isEmpty()
                ? messages.get("route.corridor.empty")
                : messages.get("route.corridor.links", vm.corridor().size(),
                        String.join(" · ", vm.corridor().stream().map(Link::nameVi).toList())), vm.corridor()));
        Button summarise = new Button(messages.get("route.corridor.summarise"));
        summarise.setId("route-corridor-summarise");
        summarise.setOnAction(e -> vm.summariseCorridor());
        summarise.disableProperty().bind(Bindings.isEmpty(vm.corridor()).or(vm.busyProperty()).or(vm.preparedProperty().isNull()));
        Button clear = new Button(messages.get("route.corridor.clear"));
        clear.setOnAction(e -> vm.clearCorridor());
        clear.disableProperty().bind(Bindings.isEmpty(vm.corridor()));

        ProgressBar bar = new ProgressBar();
        bar.setId("route-progress");
        bar.progressProperty().bind(vm.progressProperty());
        Label working = new Label();
        working.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button(messages.get("route.cancel"));
        cancel.setId("route-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox progress = new HBox(6, bar, working, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("route-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        language.getItems().addAll("Tiếng Việt", "English");
        language.setValue(vm.lang().equals("vi") ? "Tiếng Việt" : "English");
        language.setId("route-pdf-language");
        orientation.getItems().addAll(messages.get("route.portrait"), messages.get("route.landscape"));
        orientation.setValue(messages.get("route.portrait"));
        orientation.setId("route-pdf-orientation");

        javafx.scene.layout.FlowPane choices = new javafx.scene.layout.FlowPane(6, 6);
        choices.setId("route-choices");
        Runnable fillChoices = () -> choices.getChildren().setAll(vm.choices().stream().map(e -> {
            Button b = new Button(e.name());
            b.getStyleClass().add("route-choice");
            b.setOnAction(x -> vm.choose(e));
            return (Node) b;
        }).toList());
        vm.choices().addListener((javafx.collections.ListChangeListener<org.linkatlas.route.PlaceResolver.End>) c -> fillChoices.run());
        choices.visibleProperty().bind(Bindings.isNotEmpty(vm.choices()));
        choices.managedProperty().bind(choices.visibleProperty());

        Label network = new Label();
        network.setId("route-network");
        network.setWrapText(true);
        network.textProperty().bind(Bindings.createStringBinding(vm::networkText, vm.preparedProperty(), vm.networkFileProperty()));
        Button importNetwork = new Button(messages.get("route.network.import"));
        importNetwork.setId("route-network-import");
        importNetwork.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.get("route.network.importTitle"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("GeoPackage, GeoJSON",
                    "*.gpkg", "*.geojson", "*.json"));
            java.io.File file = chooser.showOpenDialog(box.getScene() == null ? null : box.getScene().getWindow());
            if (file != null) {
                vm.importNetwork(file.toPath());
            }
        });
        Button bundled = new Button(messages.get("route.network.bundled"));
        bundled.setId("route-network-bundled");
        bundled.setOnAction(e -> vm.useBundledNetwork());
        bundled.disableProperty().bind(vm.networkFileProperty().isNull().or(vm.busyProperty()));
        Button undo = new Button(messages.get("route.network.undo"));
        undo.setId("route-network-undo");
        undo.setOnAction(e -> vm.undoNetwork());
        undo.disableProperty().bind(vm.canUndoNetworkProperty().not().or(vm.busyProperty()));
        importNetwork.disableProperty().bind(vm.busyProperty().or(vm.preparedProperty().isNull()));

        box.getChildren().addAll(title, ends, new HBox(8, find, preparing), progress, message, choices,
                network, new HBox(6, importNetwork, bundled, undo),
                new Separator(), section("route.corridor.title"), new HBox(8, pick, summarise, clear), chain,
                new Separator(), results);
    }

    private static Label styled(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private Label section(String key) {
        return styled(messages.get(key), "section-title");
    }

    private void showReport(RouteReport r) {
        results.getChildren().clear();
        if (r == null) {
            results.getChildren().add(styled(messages.get("route.help"), "details-subtitle"));
            return;
        }
        ReportFormat f = new ReportFormat(r.lang());
        Label head = styled(messages.get(r.kind() == RouteReport.Kind.CORRIDOR ? "report.title.corridor" : "report.title.route",
                r.from(), r.to()), "section-title");
        head.setId("route-summary-title");
        results.getChildren().add(head);
        results.getChildren().add(outputs()); // under the title: exports and print never scroll out of reach
        if (r.kind() == RouteReport.Kind.ROUTE) {
            ToggleGroup group = new ToggleGroup();
            HBox cards = new HBox(8, card("route-existing", "report.existing", r.existing(), f, group, false),
                    card("route-with-planned", "report.withPlanned", r.withPlanned(), f, group, true));
            results.getChildren().add(cards);
            String saved = r.existing().connected() && r.withPlanned().connected()
                    ? messages.get("report.savedTime", f.km(r.savedKm()), Math.round(r.savedMinutes()))
                    : !r.existing().connected() && r.withPlanned().connected() ? messages.get("report.onlyPlanned") : "";
            if (!saved.isEmpty()) {
                Label s = styled(saved, "route-saved");
                s.setId("route-saved");
                results.getChildren().add(s);
            }
            if (!r.plannedLinks().isEmpty()) {
                Label which = styled(messages.get("report.plannedLinks", String.join(", ", r.plannedLinks())), "route-saved");
                which.setId("route-planned-links");
                results.getChildren().add(which);
            }
        } else {
            results.getChildren().add(card("route-existing", "report.corridor", r.existing(), f, null, false));
        }
        for (String note : r.notes()) {
            results.getChildren().add(styled("• " + note, "uncertainty"));
        }
        results.getChildren().add(styled(messages.get("report.lengths"), "source"));
        if (!r.segments().isEmpty()) {
            results.getChildren().add(section(r.kind() == RouteReport.Kind.CORRIDOR ? "report.segments.corridor"
                    : r.plannedListed() ? "report.segments.planned" : "report.segments.existing"));
        }
        for (RouteReport.Segment s : r.segments()) {
            results.getChildren().add(segment(s, f));
        }
    }

    private VBox card(String id, String titleKey, RouteReport.Total t, ReportFormat f, ToggleGroup group, boolean planned) {
        VBox card = new VBox(4);
        card.setId(id);
        card.getStyleClass().addAll("variant-card", planned ? "variant-planned" : "variant-existing");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(10); // the two cards share the width equally, whatever their text
        RouteReport shown = vm.reportProperty().get();
        Label km = new Label(t.connected() ? f.km(t.km()) : shown != null && shown.kind() == RouteReport.Kind.ROUTE
                ? messages.get("report.notConnectedOn", org.linkatlas.report.ReportText.networkName(messages, shown))
                : messages.get("report.notConnected"));
        km.setId(id + "-km");
        km.getStyleClass().add(t.connected() ? "variant-km" : "variant-none");
        km.setWrapText(true);
        card.getChildren().addAll(styled(messages.get(titleKey), "agreement-title"), km);
        if (t.connected()) {
            card.getChildren().add(new Label(messages.get("route.segmentsCount", t.segments())));
            if (!Double.isNaN(t.minutes()) && t.minutes() > 0) {
                Label time = new Label(messages.get("report.time", Math.round(t.minutes())));
                time.setId(id + "-minutes");
                card.getChildren().add(time);
            }
            if (!Double.isNaN(t.detourRatio())) {
                card.getChildren().add(styled(messages.get("report.detour",
                        String.format(messages.locale(), "%.2f", t.detourRatio()), f.km(t.straightKm())), "source"));
            }
            if (t.approximate()) {
                card.getChildren().add(styled(messages.get("route.approximate"), "uncertainty"));
            }
            if (t.startGapKm() + t.endGapKm() > 0.05) {
                card.getChildren().add(styled(messages.get("report.total.gaps", f.km(t.startGapKm()), f.km(t.endGapKm())), "source"));
            }
        }
        if (group != null) {
            RadioButton list = new RadioButton(messages.get("route.list"));
            list.setWrapText(true);
            list.setId(id + "-list");
            list.setToggleGroup(group);
            list.setDisable(!t.connected());
            list.setSelected(vm.reportProperty().get() != null && vm.reportProperty().get().plannedListed() == planned);
            list.setOnAction(e -> vm.listPlannedProperty().set(planned));
            card.getChildren().add(list);
        }
        return card;
    }

    private Node outputs() {
        Button print = new Button(messages.get("route.print"));
        print.setId("route-print");
        print.setOnAction(e -> host.print(vm.reportIn(pdfLang()), landscape()));
        Button pdf = new Button(messages.get("route.pdf"));
        pdf.setId("route-export-pdf");
        pdf.setOnAction(e -> exportPdf());
        Button geojson = new Button("GeoJSON…");
        geojson.setId("route-export-geojson");
        geojson.setOnAction(e -> {
            Path p = host.save(messages.get("route.geojson"), RouteExports.fileName(vm.reportProperty().get(), "geojson"), "GeoJSON", "*.geojson", "*.json");
            if (p != null) {
                vm.exportGeoJson(p);
            }
        });
        Button csv = new Button("CSV…");
        csv.setId("route-export-csv");
        csv.setOnAction(e -> {
            Path p = host.save(messages.get("route.csv"), RouteExports.fileName(vm.reportProperty().get(), "csv"), "CSV", "*.csv");
            if (p != null) {
                vm.exportCsv(p);
            }
        });
        for (Button b : new Button[] {print, pdf, geojson, csv}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        FlowPane row = new FlowPane(6, 6, print, pdf, geojson, csv, language, orientation);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Puts the cursor in "From", its text selected. */
    public void focusFrom() {
        fromField.node().requestFocus();
        fromField.node().selectAll();
    }

    /** Opens the save dialog, then writes in the background. */
    public void exportPdf() {
        Path p = host.save(messages.get("route.pdf"), RouteExports.fileName(vm.reportProperty().get(), "pdf"), "PDF", "*.pdf");
        if (p != null) {
            vm.exportPdf(p, pdfLang(), landscape(), host.mapInputs());
        }
    }

    private String pdfLang() {
        return "English".equals(language.getValue()) ? "en" : "vi";
    }

    private boolean landscape() {
        return messages.get("route.landscape").equals(orientation.getValue());
    }

    private Node segment(RouteReport.Segment s, ReportFormat f) {
        VBox v = new VBox(3);
        v.getStyleClass().add("route-segment");
        v.setPadding(new Insets(6, 0, 6, 0));
        Label name = styled(s.number() + ". " + s.name() + " — " + (s.approximate() ? "≈ " : "") + f.km(s.km()), "agreement-title");
        name.getStyleClass().add("route-segment-name");
        v.getChildren().add(name);
        v.getChildren().add(styled(s.kind() + " · " + s.status() + " · " + s.accuracy() + " (±" + f.km(s.accuracyKm()) + ")"
                + (s.approximate() ? " · " + messages.get("report.geometryApproximate") : ""), "details-subtitle"));
        if (s.context()) {
            v.getChildren().add(styled(messages.get("report.context.base"), "uncertainty"));
        }
        if (!s.provinces().isEmpty()) {
            v.getChildren().add(styled(messages.get("report.provinces") + ": " + String.join(", ", s.provinces()), "details-subtitle"));
        }
        if (s.costBillionVnd() != null) {
            v.getChildren().add(styled(messages.get("report.cost") + ": " + messages.get("report.billionVnd", f.cost(s.costBillionVnd())), "details-subtitle"));
        }
        for (RouteReport.AgreementRef a : s.agreements()) {
            v.getChildren().add(styled(messages.get("report.agreement") + ": " + a.title(), "source"));
        }
        for (RouteReport.CommitmentRow c : s.commitments()) {
            Label action = styled(c.action() + (c.actors().isEmpty() ? "" : " (" + c.actors() + ")"), "commitment-action");
            v.getChildren().add(action);
            if (c.deadline() != null) {
                HBox due = new HBox(6, new Label(messages.get("report.deadline") + ": " + c.deadline()
                        + (c.due() == null ? "" : " (" + c.due() + ")")));
                if (c.overdue()) {
                    Label overdue = new Label(messages.get("report.overdue"));
                    overdue.getStyleClass().addAll("overdue", "route-overdue");
                    due.getChildren().add(overdue);
                }
                v.getChildren().add(due);
            }
            if (c.source() != null) {
                v.getChildren().add(quote(c.source()));
            }
        }
        for (Source src : s.sources()) {
            v.getChildren().add(quote(src));
        }
        return v;
    }

    private Node quote(Source src) {
        Label q = styled("“" + src.quote() + "”", "quote");
        q.getStyleClass().add("route-quote");
        Button open = new Button(src.seed());
        open.getStyleClass().add("source-button");
        open.setOnAction(e -> host.openSource(src));
        return new VBox(1, q, open);
    }
}
