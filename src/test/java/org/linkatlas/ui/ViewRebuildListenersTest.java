package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.ui.edit.EditControls;
import org.linkatlas.ui.edit.EditViewModel;
import org.linkatlas.ui.explorer.ExplorerActions;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.geometry.GeometryControls;
import org.linkatlas.ui.route.RouteService;
import org.linkatlas.ui.route.RouteViewModel;
import org.linkatlas.ui.sync.SharedStoreControls;
import org.linkatlas.ui.sync.SharedStoreService;
import org.linkatlas.ui.sync.SharedStoreViewModel;
import org.linkatlas.ui.sync.SyncViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A view rebuilt again and again (as a language switch does) over the window's long-lived view models, under
 * Monocle: real view models on a real store built from data/ in a temporary folder, a real ExplorerView each time,
 * the three controls installed on it the way App.buildView does, the previous install's handle called and the
 * previous view closed first. A change of each view model then reaches the newest view only; the old ones keep
 * what they showed. Test thread;
 * the views are built and read on the JavaFX thread.
 */
class ViewRebuildListenersTest {
    private static final int REBUILDS = 5;

    @TempDir
    Path dir;
    private StoreService store;
    private SharedStoreService server;
    private final List<ExplorerView> views = new ArrayList<>();

    /**
     * What one view shows of the view models' state: the Edit and Geometry items' state, the store label, the
     * links its map draws.
     */
    private record Shown(boolean startDisabled, boolean progressDisabled, boolean drawDisabled, String storeStatus,
                         int mapLinks) {
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> views.forEach(v -> v.map().roadNetwork().close())).get(10, TimeUnit.SECONDS);
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void afterRebuildsAViewModelChangeReachesOnlyTheLiveView() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        Path home = dir.resolve("home");
        store = new StoreService(bundled, home);
        Catalogue catalogue = ((StoreService.Loaded) store.load().get(60, TimeUnit.SECONDS)).catalogue();
        Messages en = new Messages(Locale.ENGLISH);
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        server = new SharedStoreService();

        List<Shown> before = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel explorer = new ExplorerViewModel(Clock.systemDefaultZone());
            explorer.show(catalogue);
            RouteViewModel routes = new RouteViewModel(new RouteService(dir.resolve("network"), Clock.systemDefaultZone(),
                    RoutingNetwork.Options.DEFAULT), en);
            EditViewModel edits = new EditViewModel(store, Platform::runLater, "tester");
            Settings settings = new Settings(home);
            SharedStoreViewModel shared = new SharedStoreViewModel(server, settings, en);
            SyncViewModel sync = new SyncViewModel(server, store, shared, () -> false, c -> { }, en);
            Subscription installed = Subscription.EMPTY;
            for (int i = 0; i < REBUILDS; i++) {
                Messages m = i % 2 == 0 ? en : vi;
                installed.unsubscribe(); // what App.buildView does before installing on a new view
                if (!views.isEmpty()) {
                    views.get(views.size() - 1).close(); // … and the view it replaces comes off the view models
                }
                ExplorerView v = new ExplorerView(explorer, routes, m, new org.linkatlas.testing.NoExplorerActions(), ExplorerView.PanelSizes.DEFAULT, p -> { });
                v.complete(); // as App does: the panels and menus in, then the features' controls
                installed = Subscription.combine(
                        SharedStoreControls.install(v, shared, sync, m, null, () -> explorer.catalogueProperty().get()),
                        EditControls.install(v, explorer, edits, store, m, () -> null),
                        GeometryControls.install(v, explorer, edits, store, m, settings, FileDialogs.system(), () -> null));
                views.add(v);
            }
            List<Shown> shown = views.stream().map(ViewRebuildListenersTest::shown).toList();
            // one change of each long-lived view model
            // another catalogue (a sync, an import): one located link fewer
            List<org.linkatlas.model.Link> fewer = new ArrayList<>(catalogue.links());
            fewer.remove(fewer.stream().filter(org.linkatlas.model.Link::located).findFirst().orElseThrow());
            Catalogue other = new Catalogue(catalogue.seeds(), catalogue.provinces(), catalogue.parties(),
                    catalogue.places(), catalogue.agreements(), fewer, catalogue.commitments(), catalogue.results());
            explorer.show(other);
            explorer.selectedLinkProperty().set(fewer.get(0));
            edits.start(other);

            shared.setMessages(vi); // the newest view was built in English
            return shown;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        List<Shown> after = WaitForAsyncUtils.asyncFx(() -> views.stream().map(ViewRebuildListenersTest::shown).toList())
                .get(10, TimeUnit.SECONDS);
        Shown live = after.get(REBUILDS - 1);
        assertTrue(live.startDisabled() && !live.progressDisabled() && !live.drawDisabled(), "the live view follows: " + live);
        assertTrue(!before.get(REBUILDS - 1).storeStatus().equals(live.storeStatus()), "the live status follows the language");
        int following = 0;
        for (int i = 0; i < REBUILDS; i++) {
            if (!before.get(i).equals(after.get(i))) {
                following++;
            }
        }
        assertEquals(1, following, "views still following the view models, of " + REBUILDS + ": before " + before + ", after " + after);
    }

    private static Shown shown(ExplorerView v) {
        Label status = (Label) v.node().lookup("#store-status");
        return new Shown(item(v, "menu-edit-start").isDisable(), item(v, "menu-edit-progress").isDisable(),
                item(v, "menu-geometry-draw").isDisable(), status.getText(), v.map().links().shapes().all().size());
    }

    private static MenuItem item(ExplorerView v, String id) {
        MenuBar bar = (MenuBar) v.node().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
