package org.linkatlas.ui.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.AppPaths;
import org.linkatlas.edit.geometry.FileFeature;
import org.linkatlas.edit.geometry.GeometryAccuracy;
import org.linkatlas.edit.geometry.GeometryMethod;
import org.linkatlas.edit.geometry.SnapTarget;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.MapViewport;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.StoreService;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's "done when", in the real window under Monocle: a new road drawn by clicks from cầu… Kiếp Bạc's road
 * end to the end at chùa Vĩnh Nghiêm, both snapped, saved, and the route between the two places runs over it; a
 * bridge's vertex dragged onto a neighbour's vertex (the snap target highlighted) and undone; a traced line taken
 * from a GeoPackage made by GDAL. Screenshots go to target/screenshots (copied into docs/ by hand).
 */
class GeometryWindowTest {
    static final Coordinate KIEP_BAC = new Coordinate(106.33, 21.162);     // an end of duong-con-son-kiep-bac
    static final Coordinate VINH_NGHIEM = new Coordinate(106.305, 21.19);  // an end of dt-293-nhanh-vinh-nghiem

    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    final List<Path> toOpen = new ArrayList<>();
    App app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Path save(Window owner, String title, String initialName, String filterName, String... patterns) {
                return null;
            }

            @Override
            public Path open(Window owner, String title, String filterName, String... patterns) {
                return toOpen.isEmpty() ? null : toOpen.remove(0);
            }
        };
        app = (App) WindowFixture.start(() -> new App(dialogs));
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
        Locale.setDefault(Locale.ENGLISH);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** The links the map draws now (on the JavaFX thread). */
    private List<Link> shownLinks() {
        return map().links().shapes().all().stream().map(org.linkatlas.map.LinkShapes.Shape::link).toList();
    }

    private MapPane map() {
        return robot.lookup((Node n) -> n instanceof MapPane).query();
    }

    private GeometryTool tool() throws Exception {
        return fx(() -> (GeometryTool) map().tool());
    }

    private MenuItem item(String id) throws Exception {
        return fx(() -> {
            for (Menu m : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if (id.equals(i.getId())) {
                        return i;
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    private void choose(String id) throws Exception {
        MenuItem i = item(id);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !i.isDisable());
        WaitForAsyncUtils.asyncFx(i::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectLink(String id) throws Exception {
        TableView<Link> table = robot.lookup("#links").queryTableView();
        Link l = fx(() -> table.getItems().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(l));
    }

    private Link link(String id) throws Exception {
        return fx(() -> {
            // the window shows the session's snapshot: read the links the map draws
            return shownLinks().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
        });
    }

    /** Shows {@code lat, lon} at {@code zoom} in the map's centre and waits for the frame. */
    private void showAt(Coordinate c, double zoom) throws Exception {
        robot.interact(() -> map().show(c.y, c.x, zoom));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            MapViewport v = map().viewport();
            return v != null && Math.abs(v.zoom() - zoom) < 1e-6
                    && Math.abs(v.screenX(WebMercator.x(c.x)) - v.width() / 2) < 2;
        }));
    }

    /** The screen point of {@code c}, {@code dx} pixels to the right. */
    private Point2D screen(Coordinate c, double dx) throws Exception {
        return fx(() -> {
            MapViewport v = map().viewport();
            return map().mapView().localToScreen(v.screenX(WebMercator.x(c.x)) + dx, v.screenY(WebMercator.y(c.y)));
        });
    }

    private void accuracy(GeometryMethod method, String km) throws Exception {
        robot.interact(() -> {
            robot.lookup("#geometry-method").queryAs(ComboBox.class).setValue(method);
            robot.lookup("#geometry-uncertainty").queryAs(TextField.class).setText(km);
        });
    }

    private void waitForSnapping() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> tool().snappingTargets() > 0));
    }

    private static void snapshot(Node node, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = fx(() -> node.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private void drawNewRoad(String nameVi, String nameEn, String screenshot) throws Exception {
        choose("menu-geometry-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#geometry-new-name-vi").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#geometry-new-name-vi").queryAs(TextField.class).setText(nameVi);
            robot.lookup("#geometry-new-name-en").queryAs(TextField.class).setText(nameEn);
            ComboBox<?> agreement = robot.lookup("#geometry-new-agreement").queryAs(ComboBox.class);
            agreement.getSelectionModel().select(0);
        });
        robot.clickOn((Node) fx(() -> robot.lookup("#geometry-new-dialog").lookup(".button").queryAll().stream()
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map().tool() != null));
        accuracy(GeometryMethod.TRACED, "0.05");
        showAt(new Coordinate((KIEP_BAC.x + VINH_NGHIEM.x) / 2, (KIEP_BAC.y + VINH_NGHIEM.y) / 2), 13);
        waitForSnapping();
        robot.moveTo(screen(KIEP_BAC, 6)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(VINH_NGHIEM, -5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> map().edit().overlay().snap() != null));
        SnapTarget shown = fx(() -> tool().snapProperty().get());
        assertEquals(SnapTarget.Kind.LINK_END, shown.kind(), "the end at Vĩnh Nghiêm is highlighted");
        if (screenshot != null) {
            snapshot(map(), screenshot);
        }
        robot.clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map().tool() == null));
    }

    @Test
    void drawANewRoadSnappedToTwoLinkEndsSaveAndRouteOverIt() throws Exception {
        drawNewRoad("Đường thử Kiếp Bạc – Vĩnh Nghiêm", "Test road Kiep Bac – Vinh Nghiem", "geometry-draw-en.png");
        Link road = fx(() -> shownLinks().stream().filter(l -> "Test road Kiep Bac – Vinh Nghiem".equals(l.nameEn()))
                .findFirst().orElseThrow());
        Coordinate[] cs = road.geometry().getCoordinates();
        assertEquals(2, cs.length);
        assertTrue(cs[0].x == KIEP_BAC.x && cs[0].y == KIEP_BAC.y, "snapped exactly onto Kiếp Bạc's road end: " + cs[0]);
        assertTrue(cs[1].x == VINH_NGHIEM.x && cs[1].y == VINH_NGHIEM.y, "and onto Vĩnh Nghiêm's: " + cs[1]);
        assertEquals(Optional.of(new GeometryAccuracy(GeometryMethod.TRACED, 0.05)), GeometryAccuracy.of(road));

        choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item("menu-edit-save").isDisable() && !item("menu-edit-undo").isDisable());

        robot.clickOn((Node) robot.lookup("Route").query());
        Button find = robot.lookup("#route-find").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !find.isDisabled());
        robot.clickOn((Node) robot.lookup("#route-from").query()).write("den kiep bac").type(KeyCode.ESCAPE);
        robot.clickOn((Node) robot.lookup("#route-to").query()).write("chua vinh nghiem").type(KeyCode.ESCAPE);
        robot.clickOn(find);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#route-summary-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !find.isDisabled());
        List<String> segments = fx(() -> robot.lookup(".route-segment-name").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(segments.stream().anyMatch(s -> s.contains("Test road Kiep Bac")), "the route runs over it: " + segments);

        WindowFixture.close(app);
        app = null;
        try (StoreService service = new StoreService(AppPaths.bundledStore(), WindowFixture.home(dir))) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            Link saved = loaded.catalogue().links().stream().filter(l -> l.id().equals(road.id())).findFirst().orElseThrow();
            assertTrue(saved.geometry().equalsExact(road.geometry()), "the store has it");
        }
    }

    @Test
    void moveABridgesVertexOntoANeighbourThenUndo() throws Exception {
        String id = "cau-dong-viet";
        Link before = link(id);
        Coordinate end = before.geometry().getCoordinates()[1];
        Coordinate target = nearestOtherVertex(id, end, before.geometry().getCoordinates()[0]);
        selectLink(id);
        choose("menu-geometry-vertices");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map().tool() != null));
        accuracy(GeometryMethod.SURVEYED, "0.01");
        double metresPerPx = 156543.03 * Math.cos(Math.toRadians(end.y)) / Math.pow(2, 15);
        double distPx = org.linkatlas.geo.GeodesicLength.metres(end.x, end.y, target.x, target.y) / metresPerPx;
        double zoom = 15 - Math.max(0, Math.ceil(Math.log(distPx / 250) / Math.log(2)));
        showAt(new Coordinate((end.x + target.x) / 2, (end.y + target.y) / 2), zoom);
        waitForSnapping();
        robot.moveTo(screen(end, 0)).press(MouseButton.PRIMARY);
        robot.moveTo(screen(target, 4));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> map().edit().overlay().snap() != null));
        snapshot(map(), "geometry-vertex-en.png");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !link(id).geometry().equalsExact(before.geometry()));
        Coordinate moved = link(id).geometry().getCoordinates()[1];
        assertTrue(moved.x == target.x && moved.y == target.y, "the vertex shares the neighbour's coordinate: " + moved);
        assertEquals(before.geometry().getCoordinates()[0], link(id).geometry().getCoordinates()[0], "the other end stayed");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> link(id).geometry().equalsExact(before.geometry()));
        assertEquals(before, link(id), "Ctrl+Z takes the one move back, accuracy and all");
    }

    /** The vertex of another link nearest to {@code c}, on its side of the bridge (nearer it than {@code other}). */
    private Coordinate nearestOtherVertex(String id, Coordinate c, Coordinate other) throws Exception {
        return fx(() -> {
            Coordinate best = null;
            double bestD = Double.POSITIVE_INFINITY;
            for (Link l : shownLinks()) {
                if (l.id().equals(id) || l.geometry() == null) {
                    continue;
                }
                for (Coordinate v : l.geometry().getCoordinates()) {
                    double d = org.linkatlas.geo.GeodesicLength.metres(c.x, c.y, v.x, v.y);
                    if (d < bestD && d > 20 && d < org.linkatlas.geo.GeodesicLength.metres(other.x, other.y, v.x, v.y)) {
                        bestD = d;
                        best = v;
                    }
                }
            }
            return best;
        });
    }

    @Test
    void importATracedLineFromAGeoPackageMadeByGdal() throws Exception {
        Path utm = Path.of(GeometryWindowTest.class.getResource("/org/linkatlas/edit/geometry/traces-utm.gpkg").toURI());
        Path gpkg = Path.of(GeometryWindowTest.class.getResource("/org/linkatlas/edit/geometry/traces.gpkg").toURI());
        selectLink("cau-dong-viet");
        toOpen.add(utm);
        choose("menu-geometry-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#geometry-alert").tryQuery().isPresent());
        String refused = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#geometry-alert").query()).getContentText());
        assertTrue(refused.contains("EPSG:32648 (WGS 84 / UTM zone 48N)"), refused);
        robot.clickOn((Node) fx(() -> robot.lookup("#geometry-alert").lookup(".button").query()));

        toOpen.add(gpkg);
        choose("menu-geometry-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#geometry-import-feature").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<FileFeature> f = robot.lookup("#geometry-import-feature").queryAs(ComboBox.class);
            f.setValue(f.getItems().stream().filter(x -> x.describe().startsWith("traced_lines #1")).findFirst().orElseThrow());
            robot.lookup("#geometry-import-method").queryAs(ComboBox.class).setValue(GeometryMethod.TRACED);
        });
        Node ok = fx(() -> robot.lookup("#geometry-import-dialog").lookup(".button").queryAll().stream()
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#geometry-import-error").queryAs(Label.class).getText()).length() > 0,
                "no uncertainty given: the dialog says so and stays");
        robot.interact(() -> robot.lookup("#geometry-import-uncertainty").queryAs(TextField.class).setText("0.02"));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> link("cau-dong-viet").geometry().getNumPoints() == 3);
        Link l = link("cau-dong-viet");
        assertEquals(new Coordinate(106.323, 21.1474), l.geometry().getCoordinates()[1]);
        assertEquals(Optional.of(new GeometryAccuracy(GeometryMethod.TRACED, 0.02)), GeometryAccuracy.of(l));
        choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item("menu-edit-save").isDisable() && !item("menu-edit-undo").isDisable());
        assertNotNull(l);
    }

    @Test
    void aVertexDraggedOntoTheOtherEndBlocksTheSaveAndSaysWhy() throws Exception {
        // two language switches build the view twice over the same edit session: still one alert below
        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menu-language").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        String id = "cau-dong-viet";
        Coordinate[] cs = link(id).geometry().getCoordinates();
        selectLink(id);
        choose("menu-geometry-vertices");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map().tool() != null));
        accuracy(GeometryMethod.SURVEYED, "0.01");
        showAt(cs[0], 16);
        robot.moveTo(screen(cs[1], 0)).press(MouseButton.PRIMARY).moveTo(screen(cs[0], 1)).moveTo(screen(cs[0], 0))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !link(id).geometry().getCoordinates()[1].equals2D(cs[1]));
        choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#edit-save-outcome").tryQuery().isPresent());
        String header = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#edit-save-outcome").query()).getHeaderText());
        assertTrue(header.startsWith("The changes cannot be saved until these are corrected"), header);
        String said = fx(() -> ((javafx.scene.control.Label) robot.lookup("#edit-save-findings").query()).getText());
        assertTrue(said.contains("Link cau-dong-viet · Geometry (WKT): the geometry is not valid: "), said); // the form's words
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(() -> robot.lookup("#edit-save-outcome").queryAll().size()), "one alert, not one per view built");
        assertTrue(!item("menu-edit-save").isDisable(), "the edit is kept, still to save");
    }

    @Test
    void drawingAndTheVertexToolInVietnamese() throws Exception {
        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        drawNewRoad("Đường thử Kiếp Bạc – Vĩnh Nghiêm", "", "geometry-draw-vi.png");
        selectLink("cau-dong-viet");
        choose("menu-geometry-vertices");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map().tool() != null));
        Coordinate end = link("cau-dong-viet").geometry().getCoordinates()[1];
        accuracy(GeometryMethod.SURVEYED, "0.01");
        showAt(end, 16);
        waitForSnapping();
        robot.moveTo(screen(end, 0)).press(MouseButton.PRIMARY).moveTo(screen(end, 40));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> ((Label) robot.lookup("#geometry-status").query()).getText()).startsWith("Kéo một đỉnh"));
        snapshot(map(), "geometry-vertex-vi.png");
        robot.release(MouseButton.PRIMARY);
    }
}
