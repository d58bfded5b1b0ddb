package org.linkatlas.ui;

import org.linkatlas.testing.WindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPane;
import org.linkatlas.model.Link;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Routes built in the real window under Monocle, exported as PDF through a save dialog the test answers. */
class RouteWindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    final List<Path> answers = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    App app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        FileDialogs dialogs = (owner, title, name, filter, patterns) -> {
            asked.add(name);
            return answers.isEmpty() ? null : answers.remove(0);
        };
        app = (App) WindowFixture.start(() -> new App(dialogs));
        TableView<Link> table = node("#links");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.clickOn((Node) node("Route"));
        Button find = node("#route-find");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !find.isDisabled());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }

    /**
     * Runs on the JavaFX thread. Every lookup goes through here: the panel rebuilds its nodes and the map adds
     * tiles there, and a lookup from the test thread meanwhile would walk a list that is changing.
     */
    private <T> T fx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    private <T extends Node> T node(String query) {
        return fx(() -> robot.lookup(query).query());
    }

    private boolean present(String query) {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private MapPane map() {
        return fx(() -> robot.lookup((Node n) -> n instanceof MapPane).query());
    }

    private void waitIdle() throws Exception {
        Button find = node("#route-find");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !find.isDisabled()); // disabled while work runs
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void hiepHoaToPhoYenAcrossHoaSonBridgeThenAPdfInVietnamese() throws Exception {
        robot.clickOn((Node) node("#route-from")).write("hiep hoa");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> present("#route-from-suggestion-0"));
        assertTrue(text("#route-from-suggestion-0").startsWith("Hiệp Hòa"));
        robot.clickOn((Node) node("#route-from-suggestion-0"));
        robot.clickOn((Node) node("#route-to")).write("pho yen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();

        assertEquals("Route summary: Hiệp Hòa (TT Thắng) → Phổ Yên (Ba Hàng)", text("#route-summary-title"));
        assertTrue(text("#route-existing-km").matches("\\d+\\.\\d km"), "connected today (issue 12): " + text("#route-existing-km"));
        assertTrue(text("#route-with-planned-km").matches("\\d+\\.\\d km"), text("#route-with-planned-km"));
        assertTrue(text("#route-saved").matches("Saved by the planned links: \\d+\\.\\d km and about \\d+ min"), text("#route-saved"));
        assertTrue(text("#route-planned-links").contains("Hòa Sơn bridge"), text("#route-planned-links"));
        assertTrue(text("#route-existing-minutes").matches("about \\d+ min driving"), text("#route-existing-minutes"));
        assertTrue(fx(() -> robot.lookup(".route-segment-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Hòa Sơn bridge"))), "the bridge is a segment");
        assertFalse(fx(() -> robot.lookup(".route-quote").queryAll().isEmpty()), "quotes are shown");
        MapPane map = map();
        assertEquals(2, map.route().courses().size(), "both courses drawn");

        Path pdf = dir.resolve("out").resolve("hiep-hoa-pho-yen.pdf");
        answers.add(pdf);
        ChoiceBox<String> lang = node("#route-pdf-language");
        robot.interact(() -> lang.setValue("Tiếng Việt"));
        robot.clickOn((Node) node("#route-export-pdf"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        waitIdle();
        assertEquals("hiep-hoa-tt-thang-pho-yen-ba-hang.pdf", asked.get(0), "named from the route's ends (issue 11)");
        String text = pdfText(pdf);
        assertTrue(text.contains("Cầu Hòa Sơn"), text);
        assertTrue(text.contains("Hiệp Hòa"), text);
        assertTrue(text.contains("đẩy nhanh tiến độ đầu tư xây dựng tuyến đường và cầu Hòa Sơn"), "the quote: " + text);
        assertTrue(text("#route-message").startsWith("Written: "), text("#route-message"));
    }

    @Test
    void issue12EmptyEndAmbiguousChoicesFailedLookupAndAnImportedNetwork() throws Exception {
        robot.clickOn((Node) node("#route-from")).write("hiep hoa").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose where the route ends.", text("#route-message"), "an empty To is not searched");
        robot.clickOn((Node) node("#route-to")).write("pho yen").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        assertTrue(present("#route-export-pdf"));
        // a failed look-up takes the old summary and its exports away
        robot.interact(() -> ((javafx.scene.control.TextInputControl) robot.lookup("#route-to").query()).clear());
        robot.clickOn((Node) node("#route-to")).write("Cầu").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(present("#route-summary-title"), "no old summary after a failed look-up");
        assertFalse(present("#route-export-pdf"), "nor its exports");
        assertTrue(text("#route-message").contains("choose one"), text("#route-message"));
        // the ambiguous matches are choices to click
        Button first = fx(() -> (Button) robot.lookup("#route-choices").lookup(".route-choice").query());
        String chosen = fx(first::getText);
        robot.clickOn(first);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        assertTrue(text("#route-summary-title").endsWith("→ " + chosen), text("#route-summary-title"));

        // a user's road network: read in the background, then routes run on it; undo goes back
        assertTrue(text("#route-network").contains("bundled"), text("#route-network"));
        Path gpkg = Path.of(getClass().getResource("/org/linkatlas/route/network/roads.gpkg").toURI());
        robot.interact(() -> app.routeViewModel().importNetwork(gpkg));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#route-network").contains("roads.gpkg"));
        waitIdle();
        assertTrue(text("#route-network").contains("© OpenStreetMap contributors"), text("#route-network"));
        robot.clickOn((Node) node("#route-to")).eraseText(40).write("pho yen").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        double km = Double.parseDouble(text("#route-existing-km").replace(" km", ""));
        assertTrue(km < 16, "the file's road and bridge make today's route short: " + km);
        // a refused file changes nothing
        Path far = Path.of(getClass().getResource("/org/linkatlas/route/network/far.geojson").toURI());
        robot.interact(() -> app.routeViewModel().importNetwork(far));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#route-message").startsWith("The road network was not changed"));
        assertTrue(text("#route-message").contains("outside the region"), text("#route-message"));
        assertTrue(text("#route-network").contains("roads.gpkg"));
        robot.clickOn((Node) node("#route-network-undo"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#route-network").contains("bundled"));
    }

    @Test
    void withoutAPrinterPrintOffersThePdf() throws Exception {
        robot.clickOn((Node) node("#route-from")).write("son dong").type(KeyCode.ESCAPE); // the suggestions would cover "To"
        robot.clickOn((Node) node("#route-to")).write("cang cai lan").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        assertTrue(text("#route-existing-km").endsWith(" km"), text("#route-existing-km"));
        assertEquals(2, map().route().courses().size());

        Path pdf = dir.resolve("printed-instead.pdf");
        answers.add(pdf);
        robot.clickOn((Node) node("#route-print"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> present("#no-printer"));
        assertTrue(present("No printer is set up on this computer."));
        Node dialog = node("#no-printer");
        robot.clickOn(fx(() -> robot.from(dialog).lookup("Export PDF…").queryButton())); // the dialog's, not the panel's
        assertTrue(!present("#no-printer"), "the message closed");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        waitIdle();
        String text = pdfText(pdf);
        assertTrue(text.contains("Cảng Cái Lân"), text);
    }

    @Test
    void aCancelledSaveWritesNothingAndAnUnknownPlaceIsExplained() throws Exception {
        robot.clickOn((Node) node("#route-from")).write("Son Dongg").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-to")).write("pho yen").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#route-message").contains("“Son Dongg” is not a known place. Closest: Sơn Động"), text("#route-message"));
        assertTrue(!present("#route-summary-title"), "no route was made");
        // a route, then Export PDF with the save dialog cancelled: nothing is written, nothing runs
        robot.clickOn((Node) node("#route-from")).eraseText(9).write("son dong").type(KeyCode.ESCAPE);
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        robot.clickOn((Node) node("#route-export-pdf"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked.size(), "the dialog was asked");
        assertTrue(asked.get(0).matches("son-dong.*-pho-yen.*\\.pdf"), asked.get(0));
        assertFalse(node("#route-find").isDisabled(), "no work started");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".pdf")));
        }
        // issue 11: an error quotes at most the start of what was typed, not 10,000 characters of it
        javafx.scene.control.TextField from = node("#route-from");
        robot.interact(() -> from.setText("q".repeat(10_000)));
        robot.clickOn((Node) node("#route-find"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#route-message").contains("qqq…") && text("#route-message").length() < 400,
                text("#route-message").length() + " characters");
    }

    @Test
    void linksPickedOnTheMapMakeACorridor() throws Exception {
        ToggleButton pick = node("#route-pick");
        robot.clickOn(pick);
        TableView<Link> table = node("#links");
        MapPane map = map();
        for (String name : List.of("Cầu Hòa Sơn", "Tuyến đường QL37 – cầu Hòa Sơn – TP Phổ Yên")) {
            Link l = table.getItems().stream().filter(x -> x.nameVi().equals(name)).findFirst().orElseThrow();
            // the bridge's middle; the road near its Phổ Yên end, away from the junction with QL37
            var p = new org.locationtech.jts.linearref.LengthIndexedLine(l.geometry())
                    .extractPoint(l.geometry().getLength() * (name.startsWith("Cầu") ? 0.5 : 0.8));
            robot.interact(() -> map.show(p.y, p.x, 13));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.links().viewport() != null
                    && Math.abs(map.links().viewport().zoom() - 13) < 0.01
                    && Math.abs(WebMercator.lon(map.links().viewport().worldX(map.links().viewport().width() / 2)) - p.x) < 1e-3);
            var v = map.links().viewport();
            Point2D onScreen = map.mapView().localToScreen(v.screenX(WebMercator.x(p.x)), v.screenY(WebMercator.y(p.y)));
            robot.clickOn(onScreen);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(text("#route-corridor").startsWith("2 link(s): Cầu Hòa Sơn · Tuyến đường QL37"), text("#route-corridor"));
        robot.clickOn((Node) node("#route-corridor-summarise"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#route-summary-title"));
        waitIdle();
        assertTrue(text("#route-summary-title").startsWith("Corridor summary: Hòa Sơn bridge"), text("#route-summary-title"));
        assertTrue(text("#route-existing-km").endsWith(" km"));
    }
}
