package org.linkatlas.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as images, for printing through a toolkit that prints nodes rather than documents: the
 * printed pages are then exactly the PDF's. File I/O and rendering: any thread but the JavaFX one.
 */
public final class PdfPages {
    private PdfPages() {
    }

    public static List<BufferedImage> render(Path pdf, float dpi, Progress progress) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                progress.checkCancelled();
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
                progress.update((i + 1.0) / n, "pages");
            }
            return pages;
        }
    }
}
