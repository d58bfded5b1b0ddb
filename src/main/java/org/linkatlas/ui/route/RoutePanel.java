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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.RouteExports;
import org.linkatlas.report.RouteReport;

/**
 * The route panel: from and to with suggestions as you type, the choices when an end is ambiguous, the road
 * network in use (import, bundled, undo), the corridor picked on the map, print / PDF / GeoJSON / CSV, and
 * the report below them ({@link RouteReportView}: the two variants side by side, the segments with their
 * agreements, commitments and sources). Long work shows a progress bar with Cancel. JavaFX thread only.
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
    private final org.linkatlas.ui.Attachments attached;
    private final VBox box = new VBox(8);
    private final RouteReportView results;
    private final ScrollPane scroll = new ScrollPane(box);
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final ChoiceBox<String> orientation = new ChoiceBox<>();
    private PlaceField fromField;

    /** @param attached where listeners on the window-long view model are noted, to be taken off with the view */
    public RoutePanel(RouteViewModel vm, Messages messages, org.linkatlas.ui.Attachments attached, Host host) {
        this.vm = vm;
        this.messages = messages;
        this.host = host;
        this.attached = attached;
        this.results = new RouteReportView(vm, messages, host::openSource, this::outputs);
        box.setId("route-panel");
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        // wrapped labels ask for their whole text on one line: without a preferred width the window would
        // start as wide as the longest quote, and the filters (not resized with the window) would keep that share
        scroll.setPrefViewportWidth(400);
        build();
        attached.listen(vm.reportProperty(), (old, r) -> results.show(r));
        results.show(vm.reportProperty().get());
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
        javafx.collections.ListChangeListener<org.linkatlas.route.PlaceResolver.End> onChoices = c -> fillChoices.run();
        vm.choices().addListener(onChoices);
        attached.add(() -> vm.choices().removeListener(onChoices));
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
                network, new FlowPane(6, 6, importNetwork, bundled, undo),
                new Separator(), RouteReportView.styled(messages.get("route.corridor.title"), "section-title"), new FlowPane(8, 6, pick, summarise, clear), chain,
                new Separator(), results.node());
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

}
