package org.linkatlas.ui.explorer;

import org.linkatlas.ui.DialogPlacement;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.tiles.TileSources;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.AgreementSheets;
import org.linkatlas.report.LinkExports;
import org.linkatlas.report.MapViewLayout;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.PdfPages;
import org.linkatlas.report.Progress;
import org.linkatlas.report.ShownLinks;
import org.locationtech.jts.geom.Envelope;

/**
 * The File menu's outputs of what the window shows: the map view as PNG, PDF or printed (the print layout of
 * {@link MapViewLayout}; printing sends the PDF's page, decision 0005), the shown links exported as GeoJSON,
 * CSV or GeoPackage by the file's extension, and agreement sheets (the chosen agreement, or all). The work runs
 * on a thread of its own ({@code link-atlas-outputs}) with a progress window and Cancel; files are written whole
 * or not at all; the outcome goes to the status bar. One output at a time. JavaFX thread only.
 */
public final class OutputActions {
    static final float PRINT_DPI = 200;

    /** What the window gives the outputs. */
    public interface Host {
        /** Asks where to save; null when cancelled. */
        Path save(String title, String initialName, String filterName, String... patterns);

        /** The attribution of the basemap in use. */
        String attribution();

        void status(String text);

        Window window();
    }

    private final ExplorerViewModel vm;
    private final MapPane map;
    private final Messages messages;
    private final Host host;
    private final Supplier<PrinterJob> jobs;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ExecutorService worker;

    /** The explorer's outputs: saving where the window asks, printing to the system's printers, dated today. */
    static OutputActions forView(ExplorerViewModel vm, MapPane map, Messages messages, ExplorerActions actions,
                                 java.util.function.Consumer<String> status, Supplier<Window> window) {
        return new OutputActions(vm, map, messages, new Host() {
            @Override
            public Path save(String title, String initialName, String filterName, String... patterns) {
                return actions.save(title, initialName, filterName, patterns);
            }

            @Override
            public String attribution() {
                return actions.attribution();
            }

            @Override
            public void status(String text) {
                status.accept(text);
            }

            @Override
            public Window window() {
                return window.get();
            }
        }, PrinterJob::createPrinterJob, Clock.systemDefaultZone());
    }

    /** @param jobs {@code PrinterJob::createPrinterJob}; null from it means no printer */
    public OutputActions(ExplorerViewModel vm, MapPane map, Messages messages, Host host, Supplier<PrinterJob> jobs, Clock clock) {
        this.vm = vm;
        this.map = map;
        this.messages = messages;
        this.host = host;
        this.jobs = jobs;
        this.clock = clock;
        // the thread ends when idle: a view rebuilt for another language makes a new one and leaves none behind
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "link-atlas-outputs");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.worker = pool;
    }

    /** The File menu's items, with separators, in the order they show. */
    public List<MenuItem> menuItems() {
        MenuItem png = item("outputs.menu.saveMapPng", "menu-save-map-png", this::saveMapPng);
        MenuItem pdf = item("outputs.menu.saveMapPdf", "menu-save-map-pdf", this::saveMapPdf);
        MenuItem print = item("outputs.menu.printMap", "menu-print-map", this::printMap);
        MenuItem export = item("outputs.menu.exportShown", "menu-export-shown", this::exportShown);
        MenuItem sheet = item("outputs.menu.sheet", "menu-agreement-sheet", this::agreementSheet);
        MenuItem all = item("outputs.menu.allSheets", "menu-all-sheets", this::allSheets);
        return List.of(png, pdf, print, new SeparatorMenuItem(), export, new SeparatorMenuItem(), sheet, all);
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem i = new MenuItem(messages.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        i.disableProperty().bind(busy.getReadOnlyProperty().or(vm.catalogueProperty().isNull()));
        return i;
    }

    private String lang() {
        return "vi".equals(messages.locale().getLanguage()) ? "vi" : "en";
    }

    private ShownLinks shown() {
        return new ShownLinks(vm.catalogueProperty().get(), vm.filterProperty().get(), vm.facts());
    }

    /** The lon/lat box the map shows now, from its centre, zoom and size. */
    Envelope viewBox() {
        double[] c = map.center();
        double worldPx = 256 * Math.pow(2, map.zoom());
        double w = Math.max(1, map.getWidth());
        double h = Math.max(1, map.getHeight());
        double cx = WebMercator.x(c[1]);
        double cy = WebMercator.y(c[0]);
        return new Envelope(WebMercator.lon(cx - w / 2 / worldPx), WebMercator.lon(cx + w / 2 / worldPx),
                WebMercator.lat(cy + h / 2 / worldPx), WebMercator.lat(cy - h / 2 / worldPx));
    }

    private MapViewLayout.Request layout() {
        ShownLinks shown = shown();
        PdfExport.MapInputs in = new PdfExport.MapInputs(TileSources.chain(), map.links().shapes(),
                vm.visiblePredicateProperty().get(), host.attribution());
        return new MapViewLayout.Request(viewBox(), Math.max(1, map.getWidth()) / Math.max(1, map.getHeight()), in, shown,
                lang(), ZonedDateTime.now(clock), null);
    }

    public void saveMapPng() {
        Path p = host.save(messages.get("outputs.menu.saveMapPng"), "link-atlas-map.png", "PNG", "*.png");
        if (p != null) {
            MapViewLayout.Request r = layout();
            run(messages.get("outputs.working.map"), progress -> {
                MapViewLayout.writePng(r, p, progress);
                return p;
            }, this::written);
        }
    }

    public void saveMapPdf() {
        Path p = host.save(messages.get("outputs.menu.saveMapPdf"), "link-atlas-map.pdf", "PDF", "*.pdf");
        if (p != null) {
            MapViewLayout.Request r = layout();
            run(messages.get("outputs.working.map"), progress -> {
                MapViewLayout.writePdf(r, p, progress);
                return p;
            }, this::written);
        }
    }

    /** The print layout's page to the printer, landscape; with no printer, the PDF is offered. */
    public void printMap() {
        PrinterJob job = jobs.get();
        if (job == null) {
            noPrinter();
            return;
        }
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(job.getPrinter().getDefaultPageLayout().getPaper(),
                javafx.print.PageOrientation.LANDSCAPE, javafx.print.Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(host.window())) {
            job.cancelJob();
            return;
        }
        PageLayout pageLayout = job.getJobSettings().getPageLayout();
        MapViewLayout.Request r = layout();
        run(messages.get("outputs.working.print"), progress -> {
            Path temp = Files.createTempFile("link-atlas-print", ".pdf");
            try {
                MapViewLayout.writePdf(r, temp, progress);
                return PdfPages.render(temp, PRINT_DPI, progress);
            } finally {
                Files.deleteIfExists(temp);
            }
        }, pages -> {
            boolean ok = true;
            for (BufferedImage page : pages) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setFitWidth(pageLayout.getPrintableWidth());
                view.setFitHeight(pageLayout.getPrintableHeight());
                ok &= job.printPage(pageLayout, view);
            }
            if (ok) {
                job.endJob();
            } else {
                job.cancelJob();
            }
        });
    }

    private void noPrinter() {
        Alert alert = DialogPlacement.overOwner(new Alert(Alert.AlertType.INFORMATION));
        alert.initOwner(host.window());
        alert.setTitle("Link Atlas");
        alert.setHeaderText(messages.get("outputs.noPrinter"));
        alert.setContentText(messages.get("outputs.noPrinterPdf"));
        ButtonType pdf = new ButtonType(messages.get("outputs.pdf"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(pdf, new ButtonType(messages.get("outputs.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().setId("map-no-printer");
        alert.resultProperty().addListener((o, old, result) -> {
            if (result == pdf) {
                saveMapPdf();
            }
        });
        alert.show();
    }

    /** The links the filters let through, in the format the chosen file's extension names. */
    public void exportShown() {
        Path p = host.save(messages.get("outputs.menu.exportShown"), "link-atlas-links.gpkg",
                messages.get("outputs.filter.formats"), "*.gpkg", "*.geojson", "*.csv");
        if (p == null) {
            return;
        }
        if (LinkExports.Format.of(p).isEmpty()) {
            host.status(messages.get("outputs.badExtension", String.valueOf(p.getFileName())));
            return;
        }
        ShownLinks shown = shown();
        String lang = lang();
        run(messages.get("outputs.working.export"), progress -> {
            progress.checkCancelled();
            return LinkExports.write(shown, lang, p);
        }, w -> host.status(messages.get("outputs.exported", w.links(), p.getFileName())));
    }

    /** The chosen agreement's sheet: the one highlighted, else the one the filter names. */
    public void agreementSheet() {
        Agreement a = vm.selectedAgreementProperty().get();
        Catalogue c = vm.catalogueProperty().get();
        if (a == null && vm.filterProperty().get().agreement() != null) {
            a = c.agreements().stream().filter(x -> x.id().equals(vm.filterProperty().get().agreement())).findFirst().orElse(null);
        }
        if (a == null) {
            host.status(messages.get("outputs.noAgreement"));
            return;
        }
        sheets(List.of(a.id()), a.id() + ".pdf");
    }

    public void allSheets() {
        sheets(List.of(), "link-atlas-agreement-sheets.pdf");
    }

    private void sheets(List<String> ids, String name) {
        Path p = host.save(messages.get(ids.isEmpty() ? "outputs.menu.allSheets" : "outputs.menu.sheet"), name, "PDF", "*.pdf");
        if (p == null) {
            return;
        }
        AgreementSheets.Request r = new AgreementSheets.Request(vm.catalogueProperty().get(), ids, lang(),
                new PdfExport.MapInputs(TileSources.chain(), map.links().shapes(), null, host.attribution()),
                ZonedDateTime.now(clock), LocalDate.now(clock));
        run(messages.get("outputs.working.sheets"), progress -> {
            AgreementSheets.write(r, p, progress);
            return p;
        }, this::written);
    }

    private void written(Path p) {
        host.status(messages.get("outputs.written", p.getFileName()));
    }

    /** Work for the output thread; it may throw I/O errors. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Progress progress) throws IOException;
    }

    private <T> void run(String what, Work<T> work, Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        OutputProgress progress = new OutputProgress(host.window(), messages, what);
        progress.show();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(progress);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, worker).whenComplete((value, error) -> Platform.runLater(() -> {
            progress.close();
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                host.status(messages.get("outputs.cancelled"));
            } else if (cause != null) {
                host.status(messages.get("outputs.failed", cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            } else {
                done.accept(value);
            }
            busy.set(false);
        }));
    }

    /** True while an output is being made (the items are disabled). */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
