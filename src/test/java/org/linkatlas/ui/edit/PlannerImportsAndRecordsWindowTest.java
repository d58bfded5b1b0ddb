package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Seed;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.testing.WindowFixture;
import org.linkatlas.ui.StoreService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The planner, in the real window under Monocle: File → Import article… reads a .txt article (written
 * here) saying cầu Đồng Việt opened; Edit → Record progress… on the bridge takes that article as the source and
 * its quote by selecting the words in the source viewer ("Use the selected words as the quote"); the OVERDUE badge
 * goes and the event with the quote shows in the details; Save; Undo brings the badge back, Redo takes it away;
 * the store read afterwards keeps the article with its SHA-256 and the event. Second test, in Vietnamese: a
 * file that cannot be imported brings the dialog back with the reason and what was typed; pasted text imports.
 */
class PlannerImportsAndRecordsWindowTest extends EditWindowCase {
    private static final String QUOTE = "Cầu Đồng Việt đã thông xe ngày 25/8/2024";
    private static final String ARTICLE = "Báo thử. " + QUOTE + ", sớm hơn kế hoạch hai tháng.";

    private void type(String id, String text) {
        w.robot.interact(() -> w.robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private void fillImport(String title) {
        type("#import-title", title);
        type("#import-publisher", "Báo thử");
        type("#import-date", "26/8/2024");
        type("#import-url", "https://example.org/cau-dong-viet");
    }

    private void closeOutcome() throws Exception {
        w.waitFor("#import-outcome");
        DialogPane p = w.robot.lookup("#import-outcome").queryAs(DialogPane.class);
        w.robot.interact(() -> ((Stage) p.getScene().getWindow()).close());
    }

    private boolean detailsSay(String text) throws Exception {
        return EditWindow.fx(() -> w.robot.lookup("#details").queryAll().stream()
                .flatMap(n -> w.robot.from(n).lookup(".label").queryAll().stream())
                .anyMatch(n -> ((Label) n).getText() != null && ((Label) n).getText().contains(text)));
    }

    @Test
    void importAnArticleRecordTheBridgeOpenedWithItsWordsSaveUndoRedo() throws Exception {
        Path txt = dir.resolve("bai-bao.txt");
        Files.writeString(txt, ARTICLE);
        Path sheet = dir.resolve("sheet.pdf");
        w.open(primary, (owner, title, name, filter, patterns) -> sheet); // the agreement sheet's save dialog
        Messages en = new Messages(Locale.ENGLISH);

        w.choose("menu-import-article");
        w.waitFor("#import-title");
        w.robot.interact(() -> w.robot.lookup("#import-from-file").queryAs(RadioButton.class).setSelected(true));
        type("#import-file-path", txt.toString());
        fillImport("Cầu Đồng Việt thông xe");
        w.press("#import-ok");
        closeOutcome();

        w.select("cau-dong-viet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() > 0);
        w.choose("menu-edit-progress");
        w.waitFor("#progress-quote");
        ComboBox<Seed> source = w.robot.lookup("#progress-source").queryComboBox();
        String label = en.get("import.label", "Cầu Đồng Việt thông xe");
        w.robot.interact(() -> source.getSelectionModel().select(source.getItems().stream()
                .filter(s -> source.getConverter().toString(s).equals(label)).findFirst().orElseThrow()));
        type("#progress-date-text", "25/8/2024");
        type("#progress-date-value", "2024-08-25");
        w.press("#progress-pick");
        w.waitFor("#source-pick-text");
        assertEquals("Cầu Đồng Việt thông xe", EditWindow.fx(() -> w.robot.lookup("#source-heading-title").queryAs(Label.class).getText()));
        TextArea article = w.robot.lookup("#source-pick-text").queryAs(TextArea.class);
        int at = ARTICLE.indexOf(QUOTE);
        w.robot.interact(() -> article.selectRange(at, at + QUOTE.length())); // the words the planner selects
        EditWindow.snapshot(article, "source-pick-en.png");
        w.press("#source-use-selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.present("#source-pick-text"));
        assertEquals(QUOTE, EditWindow.fx(() -> w.robot.lookup("#progress-quote").queryAs(TextArea.class).getText()));
        w.press("#progress-ok");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() == 0);
        assertTrue(detailsSay(QUOTE), "the event and its quote are in the details");
        w.saveWithComment("cầu Đồng Việt opened");
        w.choose("menu-edit-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() > 0);
        assertFalse(detailsSay(QUOTE));
        w.choose("menu-edit-redo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() == 0);
        assertTrue(detailsSay(QUOTE));
        assertTrue(EditWindow.fx(() -> w.item("menu-edit-save").isDisable()), "redo is back at what was saved: nothing to save");

        // the agreement sheet follows at once: printed from the details, the bridge is built
        w.robot.interact(() -> ((javafx.scene.control.Hyperlink) w.robot.lookup(".agreement-title").query()).fire());
        w.waitFor("#details-agreement-sheet");
        w.press("#details-agreement-sheet");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(sheet) && Files.size(sheet) > 0
                && !w.present("#output-cancel"));
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(sheet.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Đồng Việt bridge Bridge exists · building done"), "the event on the sheet: " + text);
        // the commitment covers the approach roads too, still being built: as a whole it stays overdue on the sheet
        int due = text.indexOf("(due 31 Aug 2024)");
        assertTrue(due > 0, text);
        assertTrue(text.substring(due, text.indexOf("“", due)).contains("OVERDUE"), text);
        assertTrue(text.contains("Approach roads on both sides of Đồng Việt bridge Road being built"), text);

        WindowFixture.close(w.app);
        w.app = null;
        try (StoreService service = new StoreService(bundled, WindowFixture.home(dir))) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            SourceDocument d = service.documents().get(30, TimeUnit.SECONDS).get(0);
            assertEquals("Cầu Đồng Việt thông xe", d.title());
            assertEquals("https://example.org/cau-dong-viet", d.url());
            assertEquals(org.linkatlas.edit.SourceImporter.sha256(ARTICLE), d.sha256());
            var iv = loaded.catalogue().interventions().stream().filter(i -> i.id().equals("iv-cau-dong-viet-build")).findFirst().orElseThrow();
            assertEquals(QUOTE, iv.events().get(iv.events().size() - 1).source().quote());
            assertEquals(d.id(), iv.events().get(iv.events().size() - 1).source().seed());
        }
    }

    @Test
    void aFileThatCannotBeReadKeepsTheDialogThenPastedTextInVietnamese() throws Exception {
        Path doc = dir.resolve("bai-bao.docx");
        Files.write(doc, new byte[] {0x50, 0x4b, 3, 4});
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        w.choose("menu-import-article");
        w.waitFor("#import-title");
        w.robot.interact(() -> w.robot.lookup("#import-from-file").queryAs(RadioButton.class).setSelected(true));
        type("#import-file-path", doc.toString());
        fillImport("Cầu Đồng Việt thông xe");
        w.press("#import-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.present("#import-error")
                && EditWindow.fx(() -> w.robot.lookup("#import-error").queryAs(Label.class).getText().startsWith(
                        vi.get("import.failed", "").strip())));
        assertEquals("Cầu Đồng Việt thông xe", EditWindow.fx(() -> w.robot.lookup("#import-title").queryAs(TextField.class).getText()),
                "nothing typed is lost");
        w.robot.interact(() -> w.robot.lookup("#import-pasted").queryAs(RadioButton.class).setSelected(true));
        w.robot.interact(() -> w.robot.lookup("#import-text").queryAs(TextArea.class).setText(ARTICLE));
        Node dialog = w.robot.lookup("#import-dialog").query();
        EditWindow.snapshot(dialog, "import-article-vi.png");
        w.press("#import-ok");
        closeOutcome();
        w.select("cau-dong-viet");
        w.choose("menu-edit-progress");
        w.waitFor("#progress-source");
        ComboBox<Seed> source = w.robot.lookup("#progress-source").queryComboBox();
        assertTrue(EditWindow.fx(() -> source.getItems().stream().anyMatch(s -> source.getConverter().toString(s)
                .equals(vi.get("import.label", "Cầu Đồng Việt thông xe")))), "the pasted article can be quoted at once");
    }
}
