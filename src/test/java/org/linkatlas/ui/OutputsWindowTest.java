package org.linkatlas.ui;

import org.linkatlas.testing.WindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.Ogrinfo;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's outputs in the real window under Monocle (issue 11): the map view as PDF and PNG, the shown
 * links exported with the filters in force, the old GeoJSON item honouring them, print with no printer, and
 * agreement sheets with Cancel. Menu items are fired directly: Monocle's menus open no popup to click in.
 */
class OutputsWindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    final List<Path> answers = new ArrayList<>();
    App app;
    TableView<Link> table;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        FileDialogs dialogs = (owner, title, name, filter, patterns) -> answers.isEmpty() ? null : answers.remove(0);
        app = (App) WindowFixture.start(() -> new App(dialogs));
        table = node("#links");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    private <T extends Node> T node(String query) {
        return fx(() -> robot.lookup(query).query());
    }

    private String status() {
        return fx(() -> robot.lookup("#status").queryAs(Label.class).getText());
    }

    private MenuItem menuItem(String id) {
        return fx(() -> {
            MenuBar bar = robot.lookup("#menubar").query();
            return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        });
    }

    private void fire(MenuItem item) {
        robot.interact(item::fire);
    }

    private void waitForFile(Path f) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Files.exists(f));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !menuItem("menu-save-map-pdf").isDisable());
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private void hideExisting() {
        robot.clickOn((CheckBox) node("#status-existing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> table.getItems().stream().noneMatch(l -> l.status() == LinkStatus.EXISTING)));
    }

    @Test
    void exportsHonourTheFiltersInForce() throws Exception {
        hideExisting();
        int shown = fx(() -> table.getItems().size());
        Path gpkg = dir.resolve("shown.gpkg");
        answers.add(gpkg);
        fire(menuItem("menu-export-shown"));
        waitForFile(gpkg);
        assertEquals(shown, Ogrinfo.summary(gpkg).layers().get("links").features());
        assertTrue(status().contains("Wrote " + shown + " links"), status());

        // one File menu item exports links, GeoJSON among its formats (the old GeoJSON-only item is gone)
        java.util.List<String> exports = fx(() -> ((MenuBar) robot.lookup("#menubar").query()).getMenus().get(0)
                .getItems().stream().map(MenuItem::getText).filter(t -> t != null && t.matches("Export.*links.*")).toList());
        assertEquals(java.util.List.of("Export shown links (GeoJSON, CSV, GeoPackage)…"), exports);
        Path geojson = dir.resolve("shown.geojson");
        answers.add(geojson);
        fire(menuItem("menu-export-shown"));
        waitForFile(geojson);
        JsonNode fc = new ObjectMapper().readTree(geojson.toFile());
        assertEquals(shown, fc.get("features").size(), "GeoJSON honours the filters");

        Path bad = dir.resolve("links.txt");
        answers.add(bad);
        fire(menuItem("menu-export-shown"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().contains(".geojson, .csv or .gpkg"), status());
        assertFalse(Files.exists(bad));
    }

    @Test
    void theMapViewIsSavedAsPdfAndPngWithItsLegendFiltersAndAttribution() throws Exception {
        hideExisting();
        Path pdf = dir.resolve("view.pdf");
        answers.add(pdf);
        fire(menuItem("menu-save-map-pdf"));
        waitForFile(pdf);
        String text = pdfText(pdf);
        assertTrue(text.contains("Link Atlas: the map as shown"), text);
        assertTrue(text.contains("Legend") && text.contains("Filters in force"), text);
        assertTrue(text.contains("Status: ") && !text.contains("No filter"), text);
        int natural = text.split("Natural Earth", -1).length - 1;
        assertEquals(1, natural, "the basemap's attribution once: " + text);
        assertTrue(status().contains("view.pdf"), status());

        Path png = dir.resolve("view.png");
        answers.add(png);
        fire(menuItem("menu-save-map-png"));
        waitForFile(png);
        var img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > img.getHeight(), "a landscape page");
    }

    @Test
    void printWithoutAPrinterOffersThePdfAndSheetsCanBeCancelled() throws Exception {
        fire(menuItem("menu-print-map"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#map-no-printer").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#map-no-printer").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());

        fire(menuItem("menu-agreement-sheet"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("Choose an agreement first"), status());

        Path all = dir.resolve("all.pdf");
        answers.add(all);
        fire(menuItem("menu-all-sheets"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#output-cancel").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#output-cancel").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !menuItem("menu-all-sheets").isDisable());
        assertEquals("Cancelled: nothing was written.", status());
        assertFalse(Files.exists(all));
    }

    @Test
    void theAgreementChosenInTheFilterGetsItsSheet() throws Exception {
        ComboBox<org.linkatlas.model.Agreement> agreement = node("#agreement-filter");
        robot.interact(() -> agreement.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        var chosen = fx(agreement::getValue);
        Path pdf = dir.resolve("sheet.pdf");
        answers.add(pdf);
        fire(menuItem("menu-agreement-sheet"));
        waitForFile(pdf);
        String text = pdfText(pdf);
        assertTrue(text.startsWith(chosen.titleEn().substring(0, 20)), text);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, countOutline(doc), "one sheet");
        }
    }

    @Test
    void anAgreementChosenInTheDetailsHasItsSheetButtonThere() throws Exception {
        robot.clickOn("#search").write("dong viet").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".agreement-title").tryQuery().isPresent());
        assertTrue(robot.lookup("#details-agreement-sheet").tryQuery().isEmpty(), "no sheet button before an agreement is chosen");
        javafx.scene.control.Hyperlink title = node(".agreement-title");
        String shown = fx(title::getText);
        robot.interact(title::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#details-agreement-sheet").tryQuery().isPresent());
        Path pdf = dir.resolve("from-details.pdf");
        answers.add(pdf);
        robot.interact(() -> ((Button) robot.lookup("#details-agreement-sheet").query()).fire());
        waitForFile(pdf);
        String text = pdfText(pdf);
        assertTrue(text.startsWith(shown.substring(0, 20)), "the sheet of the agreement chosen: " + shown + " / " + text);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, countOutline(doc), "one sheet");
        }
    }

    private static int countOutline(PDDocument doc) {
        int n = 0;
        var it = doc.getDocumentCatalog().getDocumentOutline().children().iterator();
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
