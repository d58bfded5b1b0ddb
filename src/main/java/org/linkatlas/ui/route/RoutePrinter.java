package org.linkatlas.ui.route;

import org.linkatlas.ui.DialogPlacement;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.PdfPages;
import org.linkatlas.report.RouteReport;

/**
 * Prints a route summary with JavaFX's PrinterJob: page setup first (its orientation chooses the layout),
 * then the printer dialog; the pages are the PDF's, made and rendered to images in the background (progress,
 * Cancel) and sent to the printer one per page. With no printer on the machine it says so and offers the
 * PDF instead. JavaFX thread only.
 */
public final class RoutePrinter {
    static final float DPI = 200;
    private final Window owner;
    private final Messages messages;
    private final RouteViewModel vm;
    private final Supplier<PrinterJob> jobs;

    /** @param jobs {@code PrinterJob::createPrinterJob}; null from it means no printer */
    public RoutePrinter(Window owner, Messages messages, RouteViewModel vm, Supplier<PrinterJob> jobs) {
        this.owner = owner;
        this.messages = messages;
        this.vm = vm;
        this.jobs = jobs;
    }

    public void print(RouteReport report, boolean landscape, PdfExport.MapInputs map, Runnable offerPdf) {
        PrinterJob job = jobs.get();
        if (job == null) {
            noPrinter(offerPdf);
            return;
        }
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(job.getPrinter().getDefaultPageLayout().getPaper(),
                landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, javafx.print.Printer.MarginType.DEFAULT));
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean land = layout.getPageOrientation() == PageOrientation.LANDSCAPE;
        ZonedDateTime now = ZonedDateTime.now();
        vm.runWork(messages.get("route.print.working"), progress -> {
            try {
                Path temp = Files.createTempFile("link-atlas-print", ".pdf");
                try {
                    PdfExport.write(new PdfExport.Request(report, map, land, now), temp, progress);
                    return PdfPages.render(temp, DPI, progress);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, pages -> send(job, layout, pages));
    }

    private void send(PrinterJob job, PageLayout layout, List<BufferedImage> pages) {
        boolean ok = true;
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            ok &= job.printPage(layout, view);
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
        }
    }

    /** No printer: say so, offer the PDF. */
    private void noPrinter(Runnable offerPdf) {
        Alert alert = DialogPlacement.overOwner(new Alert(Alert.AlertType.INFORMATION));
        alert.initOwner(owner);
        alert.setTitle("Link Atlas");
        alert.setHeaderText(messages.get("route.print.none"));
        alert.setContentText(messages.get("route.print.nonePdf"));
        ButtonType pdf = new ButtonType(messages.get("route.pdf"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(pdf, new ButtonType(messages.get("route.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().setId("no-printer");
        alert.resultProperty().addListener((o, old, r) -> {
            if (r == pdf) {
                offerPdf.run();
            }
        });
        alert.show();
    }
}
