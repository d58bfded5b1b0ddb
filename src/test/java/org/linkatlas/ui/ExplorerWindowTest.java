package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.MapViewport;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a planner uses it all day (issue 11): the map's share of the window, side panels hidden and
 * remembered, filters that stay in step with their widgets, the details without repeats, tooltips, reset,
 * the list bringing a link into view, the source viewer. The real window under Monocle, on the real catalogue.
 */
class ExplorerWindowTest {
    @TempDir
    Path dir;
    Path home;
    final FxRobot robot = new FxThreadRobot();
    Application app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        home = Files.createDirectories(WindowFixture.home(dir));
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }

    TableView<Link> startAndWaitForLinks(String settings) throws Exception {
        Files.writeString(home.resolve("settings.properties"), settings);
        app = WindowFixture.start(App.class);
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    Stage stage() {
        return (Stage) robot.lookup("#explorer").query().getScene().getWindow();
    }

    MapPane map() {
        return robot.lookup((Node n) -> n instanceof MapPane).query();
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    Link link(TableView<Link> table, String nameVi) {
        return table.getItems().stream().filter(l -> l.nameVi().equals(nameVi)).findFirst().orElseThrow();
    }

    @Test
    void theMapTakesMoreThanHalfTheWindowAndTheSidePanelsKeepTheirWidthWhenTheWindowGrows() throws Exception {
        startAndWaitForLinks("window.width=1400\nwindow.height=900\n");
        Stage stage = stage();
        MapPane map = map();
        Node left = robot.lookup("#left").query();
        double share = map.getWidth() * map.getHeight() / (stage.getWidth() * stage.getHeight());
        assertTrue(share >= 0.55, "the map's share of a 1400×900 window: " + share);
        assertFalse(robot.lookup("#search").query().isFocused(), "the search box leaves its hint visible at start");

        double leftWidth = left.getBoundsInParent().getWidth();
        double mapWidth = map.getWidth();
        robot.interact(() -> { // within Monocle's 1600×1000 screen: a window past its edge breaks its painter
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1580);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.getWidth() > mapWidth + 150);
        assertEquals(leftWidth, left.getBoundsInParent().getWidth(), 2, "the panel stays as wide, the map grows");

        // Ctrl+1 hides the left panel and gives its room to the map; again brings it back as wide as it was
        double wider = map.getWidth();
        robot.clickOn("#search").push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> left.getScene() == null || !left.isVisible()
                || map.getWidth() > wider + 100);
        assertTrue(map.getWidth() > wider + 100, "the map took the left panel's room: " + map.getWidth());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(map.getWidth() - wider) < 3);
        assertEquals(leftWidth, left.getBoundsInParent().getWidth(), 2);

        // the right panel hidden from the View menu is remembered
        robot.clickOn("#menu-view").clickOn("Details and route panel");
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        app = null;
        Path settings = home.resolve("settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(settings).contains("panel.right.shown=false"));
        assertTrue(Files.readString(settings).contains("panel.left.shown=true"), Files.readString(settings));
    }

    @Test
    void rememberedPanelSizesAreUsedAndATinyRememberedWindowIsIgnored() throws Exception {
        // ~198×175 px is what JavaFX 21 left behind under openbox (JDK-8316423)
        startAndWaitForLinks("window.width=198\nwindow.height=175\npanel.left.width=320\npanel.right.shown=false\n");
        Stage stage = stage();
        assertTrue(stage.getWidth() >= 900 && stage.getHeight() >= 600, stage.getWidth() + "×" + stage.getHeight());
        assertTrue(stage.getMinWidth() >= 900 && stage.getMinHeight() >= 600, "a minimum size is set");
        Node left = robot.lookup("#left").query();
        assertEquals(320, left.getBoundsInParent().getWidth(), 8);
        var panels = robot.lookup("#panels").queryAs(javafx.scene.control.SplitPane.class).getItems();
        assertEquals(2, panels.size(), "the right panel stays hidden: " + panels);
        assertTrue(panels.stream().noneMatch(n -> "side".equals(n.getId())));
    }

    @Test
    void switchingLanguageKeepsTheFilterWidgetsShowingTheFiltersInForce() throws Exception {
        TableView<Link> table = startAndWaitForLinks("language=en\n");
        int all = table.getItems().size();
        robot.clickOn((CheckBox) robot.lookup("#status-existing").query());
        ComboBox<String> province = robot.lookup("#province-filter").queryComboBox();
        robot.interact(() -> province.getSelectionModel().select("Bắc Giang"));
        WaitForAsyncUtils.waitForFxEvents();
        int shown = table.getItems().size();
        assertTrue(shown > 0 && shown < all, shown + " of " + all);

        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#header").contains("tuyến"));
        TableView<Link> after = robot.lookup("#links").queryTableView();
        assertEquals(shown, after.getItems().size(), "the filters stay applied");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#status").startsWith("Kho dữ liệu"));
        assertTrue(text("#count").contains(shown + "/" + all), text("#count"));
        assertEquals("Bắc Giang", robot.lookup("#province-filter").queryComboBox().getValue(), "and the widget says so");
        assertFalse(((CheckBox) robot.lookup("#status-existing").query()).isSelected());
        assertTrue(((CheckBox) robot.lookup("#status-planned").query()).isSelected());

        // Reset filters: every link again, every widget back to "all"
        robot.clickOn("#reset-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, robot.lookup("#links").queryTableView().getItems().size());
        assertTrue(((CheckBox) robot.lookup("#status-existing").query()).isSelected());
        assertEquals(0, robot.lookup("#province-filter").queryComboBox().getSelectionModel().getSelectedIndex());
    }

    @Test
    void provincesSortAsTheLanguageSortsThem() throws Exception {
        startAndWaitForLinks("language=vi\n");
        List<?> items = robot.lookup("#province-filter").queryComboBox().getItems();
        int haiDuong = items.indexOf("Hải Dương");
        int hoaBinh = items.indexOf("Hòa Bình");
        int haNoi = items.indexOf("Hà Nội");
        assertTrue(haiDuong > 0 && haNoi > 0, items.toString());
        // Vietnamese orders by letters first ("Hai" < "Hoa"); String order put "Hòa" before "Hải"
        assertTrue(hoaBinh < 0 || haiDuong < hoaBinh, items.toString());
        // word by word, as a Vietnamese index has them: "Hà Nội" before "Hải Dương" (letter by letter, "HàN…" came after "HảiD…")
        assertTrue(haNoi < haiDuong, items.toString());
        assertTrue(items.indexOf("Bắc Ninh") < items.indexOf("Cao Bằng") || items.indexOf("Cao Bằng") < 0, items.toString());
        assertTrue(items.indexOf("Lạng Sơn") < items.indexOf("Quảng Ninh"), items.toString());
    }

    @Test
    void theOverdueBadgeStandsOnOneLineAndTheDetailsRepeatNothing() throws Exception {
        TableView<Link> table = startAndWaitForLinks("language=en\n");
        robot.clickOn("#search").write("dong viet").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup(".commitment-overdue").queryAs(Label.class);
        javafx.scene.text.Text line = new javafx.scene.text.Text("X");
        line.setFont(badge.getFont());
        double lineHeight = line.getLayoutBounds().getHeight();
        assertTrue(badge.getHeight() < 2 * lineHeight + 6, "one line: " + badge.getHeight() + " for a line of " + lineHeight);
        assertTrue(badge.getWidth() >= badge.prefWidth(-1) - 1, "not squeezed");
        // in English, the commitment in English (action_en)
        var actions = robot.lookup(".commitment-text").queryAllAs(Label.class);
        assertTrue(actions.stream().anyMatch(a -> a.getText().contains("Jointly invest to complete Đồng Việt bridge")),
                actions.stream().map(Label::getText).toList().toString());

        // Cầu Hòa Sơn cites its article twice and lies in Bắc Giang (Bắc Ninh since 2025) and Thái Nguyên
        robot.interact(() -> table.getSelectionModel().select(link(table, "Cầu Hòa Sơn")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Cầu Hòa Sơn".equals(text("#details-title")));
        var sources = robot.lookup(".link-source").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertEquals(1, sources.size(), "one Source per article: " + sources);
        String provinces = text("#details-provinces");
        assertTrue(provinces.contains("Bắc Giang → Bắc Ninh"), provinces);
        List<String> lines = provinces.lines().skip(1).map(String::strip).toList();
        assertEquals(lines.size(), lines.stream().distinct().count(), provinces);
    }

    @Test
    void theFilterPanelFitsItsWidthInVietnameseToo() throws Exception {
        startAndWaitForLinks("language=vi\n");
        // the longest kind ("Tuyến vận tải, tuyến du lịch") wraps instead of widening the panel past its view
        javafx.scene.control.ScrollPane scroll = FxThreadRobot.onFx(() -> {
            Node n = robot.lookup("#count").query();
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            return (javafx.scene.control.ScrollPane) n;
        });
        double content = FxThreadRobot.onFx(() -> scroll.getContent().getLayoutBounds().getWidth());
        double view = FxThreadRobot.onFx(() -> scroll.getViewportBounds().getWidth());
        assertTrue(content <= view + 0.5, "filters " + content + " px wide in a view of " + view + " px");
    }

    @Test
    void choosingARowBringsTheLinkIntoViewOnTheMap() throws Exception {
        TableView<Link> table = startAndWaitForLinks("language=en\n");
        Link hoaSon = link(table, "Cầu Hòa Sơn");
        MapPane map = map();
        // far from Hòa Sơn (Bắc Giang): Hạ Long at zoom 13
        robot.interact(() -> map.show(20.95, 107.08, 13));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.links().viewport() != null
                && !inView(map.links().viewport(), hoaSon));
        robot.clickOn("#tab-list");
        robot.interact(() -> table.getSelectionModel().select(hoaSon));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inView(map.links().viewport(), hoaSon));
        assertEquals("Cầu Hòa Sơn", text("#details-title"));
    }

    private static boolean inView(MapViewport v, Link l) {
        var e = l.geometry().getEnvelopeInternal();
        double x0 = v.screenX(WebMercator.x(e.getMinX()));
        double x1 = v.screenX(WebMercator.x(e.getMaxX()));
        double y0 = v.screenY(WebMercator.y(e.getMaxY()));
        double y1 = v.screenY(WebMercator.y(e.getMinY()));
        return x0 >= 0 && y0 >= 0 && x1 <= v.width() && y1 <= v.height();
    }

    @Test
    void controlsAndLinksOnTheMapHaveTooltipsAndTheLanguageMenuTicksTheOneInUse() throws Exception {
        TableView<Link> table = startAndWaitForLinks("language=vi\n");
        for (String id : List.of("#search", "#reset-filters", "#status-planned", "#kind-bridge", "#province-filter",
                "#agreement-filter", "#year-enabled", "#zoom-in", "#zoom-out", "#links")) {
            var tip = robot.lookup(id).queryAs(javafx.scene.control.Control.class).getTooltip();
            assertNotNull(tip, id);
            assertFalse(tip.getText().isBlank(), id);
        }
        robot.clickOn("#menu-language");
        var vi = (javafx.scene.control.RadioMenuItem) robot.lookup("#menubar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().filter(m -> "menu-language".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "language-vi".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(vi.isSelected(), "Tiếng Việt is ticked");
        robot.type(KeyCode.ESCAPE);

        Link hoaSon = link(table, "Cầu Hòa Sơn");
        var centre = hoaSon.geometry().getCentroid();
        MapPane map = map();
        robot.interact(() -> map.show(centre.getY(), centre.getX(), 13));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.links().viewport() != null
                && map.links().viewport().zoom() > 12.5);
        var v = map.links().viewport();
        Point2D onScreen = map.mapView().localToScreen(v.screenX(WebMercator.x(centre.getX())),
                v.screenY(WebMercator.y(centre.getY())));
        robot.moveTo(onScreen.add(-3, 0)).moveTo(onScreen);
        // made at the first hover, on the JavaFX thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.linkTooltip() != null && map.linkTooltip().getText() != null
                && !map.linkTooltip().getText().isEmpty());
        robot.moveTo(onScreen.add(1, 0)).moveTo(onScreen);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.linkTooltip().isShowing());
        var vietnamese = new org.linkatlas.i18n.Messages(Locale.forLanguageTag("vi"));
        assertEquals("Cầu Hòa Sơn\n" + vietnamese.get("kind.bridge") + " · "
                + vietnamese.get("status." + org.linkatlas.model.Codes.of(hoaSon.status())), map.linkTooltip().getText());
    }

    @Test
    void theSourceViewerHasTheArticlesHeadingAndClosesOnEscape() throws Exception {
        TableView<Link> table = startAndWaitForLinks("language=en\n");
        robot.interact(() -> table.getSelectionModel().select(link(table, "Ga liên vận quốc tế Kép (ga Kép)")));
        WaitForAsyncUtils.waitForFxEvents();
        Button source = robot.lookup(".link-source").queryAs(Button.class);
        assertTrue(source.getText().contains("004_81bcde8abbdc91d4.txt"), source.getText());
        robot.interact(source::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#source-heading").tryQuery().isPresent());
        assertEquals("Bắc Giang và Lạng Sơn mở rộng hợp tác", text("#source-heading-title"));
        assertTrue(text("#source-heading-date").contains("22/04/2023"), text("#source-heading-date"));
        assertTrue(text("#source-heading-publisher").contains("not stated"), text("#source-heading-publisher"));
        Window viewer = robot.lookup("#source-heading").query().getScene().getWindow();
        robot.interact(() -> viewer.requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !viewer.isShowing());
        assertNotEquals(viewer, stage());
        assertTrue(stage().isShowing(), "Esc closed the article, not the window");
    }

    @Test
    void everyPanelIsReachedFromTheKeyboard() throws Exception {
        startAndWaitForLinks("language=en\n");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#links").query().isFocused());
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#details-title").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map().isFocused());
        double before = map().center()[1];
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map().center()[1] > before + 1e-4);
        robot.push(KeyCode.F6); // map → right panel
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> within(stage().getScene().getFocusOwner(), "side"));
        robot.push(KeyCode.F6); // → search
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search").query().isFocused());
        robot.push(KeyCode.F6); // → left panel
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> within(stage().getScene().getFocusOwner(), "left"));
    }

    private static boolean within(Node n, String id) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (id.equals(p.getId())) {
                return true;
            }
        }
        return false;
    }
}
