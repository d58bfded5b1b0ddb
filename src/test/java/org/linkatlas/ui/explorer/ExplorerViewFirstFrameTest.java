package org.linkatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.ui.route.RouteService;
import org.linkatlas.ui.route.RouteViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer's two steps (decision 0019): the view a start shows first has the map with every located link,
 * the menus, search and the panels' tabs at their widths, but no panel content; {@link ExplorerView#complete} puts
 * the filters, list, details and route in, bound to what the view model already holds. Real view under Monocle.
 */
class ExplorerViewFirstFrameTest {
    @TempDir
    Path dir;
    private RouteService routes;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (routes != null) {
            routes.close();
        }
    }

    @Test
    void theFirstViewHasTheMapWithItsLinksAndThePanelsComeWithComplete() throws Exception {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        // prepared off the JavaFX thread for the map only, as the start does on the store's thread
        ExplorerViewModel.Prepared prepared = ExplorerViewModel.prepareForMap(c);
        Stage stage = FxToolkit.registerPrimaryStage();
        routes = new RouteService(dir.resolve("network"), Clock.systemUTC(), RoutingNetwork.Options.DEFAULT);
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        ExplorerView view = fx(() -> {
            Messages messages = new Messages(Locale.ENGLISH);
            ExplorerView v = new ExplorerView(vm, new RouteViewModel(routes, messages), messages, new org.linkatlas.testing.NoExplorerActions(),
                    ExplorerView.PanelSizes.DEFAULT, p -> { });
            vm.show(prepared);
            Scene scene = new Scene(v.node(), 1400, 900);
            scene.getStylesheets().add(org.linkatlas.App.class.getResource("ui/app.css").toExternalForm()); // as the window has it
            stage.setScene(scene);
            stage.show();
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long located = c.links().stream().filter(org.linkatlas.model.Link::located).count();
        fx(() -> {
            assertEquals(located, view.map().links().shapes().all().size(), "every located link is on the first map");
            assertFalse(view.completeProperty().get());
            assertNull(lookup(stage, "#links"), "no list yet");
            for (String tabs : new String[] {"#left", "#side"}) {
                TabPane pane = (TabPane) lookup(stage, tabs);
                assertNotNull(pane, tabs + " is laid out at its width");
                assertEquals(2, pane.getTabs().size(), "its tabs are there to see");
                for (Tab t : pane.getTabs()) {
                    assertNull(t.getContent(), t.getId() + " is empty before complete()");
                }
            }
            assertTrue(view.map().getWidth() > 0.55 * 1400, "the map has its final share already: " + view.map().getWidth());
            // tooltips (a popup window each) come with the panels: nobody can hover before the first frame
            for (String id : new String[] {"#zoom-in", "#zoom-out"}) {
                assertNull(((javafx.scene.control.Control) lookup(stage, id)).getTooltip(), id + " has no tooltip yet");
            }
            // the top row is there at its height, empty: the menus, overview and search come with complete()
            assertNotNull(lookup(stage, ".top-bar"));
            for (String id : new String[] {".menu-bar", "#search", "#header"}) {
                assertNull(lookup(stage, id), id + " comes with complete()");
            }
            return null;
        });
        double mapWidth = fx(() -> view.map().getWidth());
        javafx.geometry.Bounds mapBounds = fx(() -> view.map().localToScene(view.map().getLayoutBounds()));
        double topHeight = fx(() -> ((javafx.scene.layout.Region) lookup(stage, ".top-bar")).getHeight());
        assertTrue(topHeight > 20, "the empty top row has its height: " + topHeight);
        fx(() -> {
            view.complete();
            view.complete(); // the second call does nothing
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> lookup(stage, "#links") != null));
        fx(() -> {
            assertTrue(view.completeProperty().get());
            var table = (javafx.scene.control.TableView<?>) lookup(stage, "#links");
            assertEquals(c.links().size(), table.getItems().size(), "the list shows what the view model held");
            for (String tabs : new String[] {"#left", "#side"}) {
                for (Tab t : ((TabPane) lookup(stage, tabs)).getTabs()) {
                    assertNotNull(t.getContent(), t.getId() + " is filled");
                }
            }
            assertEquals(mapWidth, view.map().getWidth(), 1.0, "filling the panels does not move the map");
            assertNotNull(lookup(stage, ".menu-bar"), "the menus are in");
            assertEquals(topHeight, ((javafx.scene.layout.Region) lookup(stage, ".top-bar")).getHeight(),
                    "the top row keeps its height with its menus and search in");
            assertEquals(mapBounds, view.map().localToScene(view.map().getLayoutBounds()), "the map has not moved");
            for (String id : new String[] {"#search", "#zoom-in", "#zoom-out", "#header"}) {
                var tip = ((javafx.scene.control.Control) lookup(stage, id)).getTooltip();
                assertNotNull(tip, id);
                assertFalse(tip.getText() == null || tip.getText().isBlank(), id);
            }
            for (String tabs : new String[] {"#left", "#side"}) {
                for (Tab t : ((TabPane) lookup(stage, tabs)).getTabs()) {
                    assertNotNull(t.getTooltip(), t.getId() + " has its tooltip");
                }
            }
            return null;
        });
    }

    @Test
    void aStartFillsThePanelsOneStepAtATime() throws Exception {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        Stage stage = FxToolkit.registerPrimaryStage();
        routes = new RouteService(dir.resolve("network"), Clock.systemUTC(), RoutingNetwork.Options.DEFAULT);
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        java.util.Deque<Runnable> later = new java.util.ArrayDeque<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ExplorerView view = fx(() -> {
            Messages messages = new Messages(Locale.forLanguageTag("vi"));
            ExplorerView v = new ExplorerView(vm, new RouteViewModel(routes, messages), messages, new org.linkatlas.testing.NoExplorerActions(),
                    ExplorerView.PanelSizes.DEFAULT, p -> { });
            vm.show(c);
            stage.setScene(new Scene(v.node(), 1400, 900));
            stage.show();
            v.complete(later::add, done::incrementAndGet);
            return v;
        });
        // the steps in order: filters, list, details, route, then done; each waits to be run
        String[] filled = {"tab-filters", "tab-list", "tab-details", "tab-route"};
        for (int step = 0; step < filled.length; step++) {
            int s = step;
            fx(() -> {
                for (int i = 0; i < filled.length; i++) {
                    Tab t = tab(stage, filled[i]);
                    assertEquals(i <= s, t.getContent() != null, "after step " + s + ": " + filled[i]);
                }
                assertFalse(view.completeProperty().get());
                assertEquals(0, done.get());
                assertEquals(1, later.size(), "one step handed on at a time");
                later.poll().run();
                return null;
            });
        }
        fx(() -> {
            assertTrue(view.completeProperty().get());
            assertEquals(1, done.get());
            assertTrue(later.isEmpty());
            view.complete(later::add, done::incrementAndGet); // begun already: nothing more
            assertEquals(1, done.get());
            return null;
        });
    }

    @Test
    void aReservedMenuKeepsItsPlaceUntilItsFeaturePutsItsOwnThere() throws Exception {
        FxToolkit.registerPrimaryStage();
        routes = new RouteService(dir.resolve("network"), Clock.systemUTC(), RoutingNetwork.Options.DEFAULT);
        fx(() -> {
            Messages messages = new Messages(Locale.ENGLISH);
            ExplorerView v = new ExplorerView(new ExplorerViewModel(Clock.systemUTC()), new RouteViewModel(routes, messages),
                    messages, new org.linkatlas.testing.NoExplorerActions(), ExplorerView.PanelSizes.DEFAULT, p -> { });
            v.complete(); // the menus come with the panels
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) v.node().lookup("#menubar");
            v.reserveMenu("menu-edit", "Edit");
            v.reserveMenu("menu-geometry", "Geometry");
            assertEquals(java.util.List.of("menu-file", "menu-geometry", "menu-edit", "menu-view"),
                    bar.getMenus().stream().map(javafx.scene.control.Menu::getId).toList().subList(0, 4));
            assertTrue(bar.getMenus().get(2).isDisable(), "a place kept, nothing to choose yet");
            javafx.scene.control.Menu edit = new javafx.scene.control.Menu("Edit");
            edit.setId("menu-edit");
            v.addMenu(edit);
            assertEquals(2, bar.getMenus().indexOf(edit), "in the reserved place");
            assertEquals(1, bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).count(), "the placeholder is gone");
            javafx.scene.control.Menu other = new javafx.scene.control.Menu("Other");
            other.setId("menu-other");
            v.addMenu(other);
            assertEquals(1, bar.getMenus().indexOf(other), "a menu with no place kept goes right after File");
            return null;
        });
    }

    private static Tab tab(Stage stage, String id) {
        for (String pane : new String[] {"#left", "#side"}) {
            for (Tab t : ((TabPane) lookup(stage, pane)).getTabs()) {
                if (id.equals(t.getId())) {
                    return t;
                }
            }
        }
        throw new AssertionError("no tab " + id);
    }

    private static Node lookup(Stage stage, String id) {
        return stage.getScene().getRoot().lookup(id);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }
}
