package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.ui.StoreService;

/** The edit session's state as the menu sees it, with a real store thread; a single thread stands in for JavaFX's. */
class EditViewModelTest {
    @TempDir
    Path dir;

    @Test
    void editUndoRedoBlockedSaveAndSave() throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        ExecutorService fx = Executors.newSingleThreadExecutor();
        try (StoreService service = new StoreService(bundled, dir.resolve("home"))) {
            Catalogue c = ((StoreService.Loaded) service.load().get(60, TimeUnit.SECONDS)).catalogue();
            EditViewModel vm = fx.submit(() -> new EditViewModel(service, fx, "planner")).get();
            RecordRef commitment = new RecordRef("commitment", c.commitments().get(0).id());
            fx.submit(() -> {
                vm.start(c);
                vm.execute(Edits.changeField(c, commitment, "linkIds", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("gone")));
            }).get();
            assertTrue(vm.dirtyProperty().get() && vm.canUndoProperty().get() && !vm.canRedoProperty().get());
            var blocked = fx.submit(() -> vm.save("bad", true)).get().get(60, TimeUnit.SECONDS);
            assertInstanceOf(EditStore.Blocked.class, blocked);
            assertEquals("linkIds", vm.reportProperty().get().errors().get(0).field());
            assertTrue(vm.dirtyProperty().get(), "a blocked save keeps the edit");

            fx.submit(() -> {
                vm.undo();
                vm.redo();
                vm.undo();
                vm.execute(Edits.changeField(vm.snapshotProperty().get(), commitment, "actionEn", TextNode.valueOf("Fixed")));
            }).get();
            assertFalse(vm.canRedoProperty().get());
            var saved = fx.submit(() -> vm.save("good", true)).get().get(60, TimeUnit.SECONDS);
            assertInstanceOf(EditStore.Saved.class, saved);
            assertFalse(vm.dirtyProperty().get());
            assertFalse(vm.savingProperty().get());
            assertFalse(vm.hasUnsavedChanges());
            Catalogue reloaded = ((StoreService.Loaded) service.load().get(60, TimeUnit.SECONDS)).catalogue();
            assertEquals("Fixed", reloaded.commitments().get(0).actionEn());
        } finally {
            fx.shutdown();
        }
    }

    /** Every view built (one per language switch) reports the same reload; the History view reads the log once. */
    @Test
    void oneReloadIsOneLogChangeHoweverManyViewsReportIt() throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        ExecutorService fx = Executors.newSingleThreadExecutor();
        try (StoreService service = new StoreService(bundled, dir.resolve("home"))) {
            Catalogue c = ((StoreService.Loaded) service.load().get(60, TimeUnit.SECONDS)).catalogue();
            Catalogue again = ((StoreService.Loaded) service.load().get(60, TimeUnit.SECONDS)).catalogue();
            EditViewModel vm = fx.submit(() -> new EditViewModel(service, fx, "planner")).get();
            long[] seen = fx.submit(() -> {
                long start = vm.logVersionProperty().get();
                vm.reloadedOutsideSession(c);
                vm.reloadedOutsideSession(c); // a second view's listener, the same reload
                long once = vm.logVersionProperty().get() - start;
                vm.reloadedOutsideSession(again);
                return new long[] {once, vm.logVersionProperty().get() - start};
            }).get();
            assertEquals(1, seen[0], "the same catalogue reported twice is one change");
            assertEquals(2, seen[1], "a new reload is another");
        } finally {
            fx.shutdown();
        }
    }

    @Test
    void theEditMenuFollowsTheSessionInBothLanguages() throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        org.testfx.api.FxToolkit.registerPrimaryStage(); // menus need the (headless Monocle) toolkit
        try (StoreService service = new StoreService(bundled, dir.resolve("home"))) {
            Catalogue c = ((StoreService.Loaded) service.load().get(60, TimeUnit.SECONDS)).catalogue();
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                EditViewModel vm = new EditViewModel(service, javafx.application.Platform::runLater, "planner");
                var menu = EditMenu.build(vm, new org.linkatlas.i18n.Messages(java.util.Locale.ENGLISH), () -> c, e -> { });
                var items = menu.getItems();
                assertEquals("Edit", menu.getText());
                assertFalse(items.get(0).isDisable(), "Start editing");
                assertTrue(items.get(1).isDisable() && items.get(4).isDisable(), "nothing to save or undo");
                assertEquals("Shortcut+E", items.get(0).getAccelerator().getName());
                assertEquals("Shift+Shortcut+Z", items.get(5).getAccelerator().getName());
                items.get(0).fire();
                assertTrue(items.get(0).isDisable(), "a session is open");
                vm.execute(Edits.changeField(c, new RecordRef("link", c.links().get(0).id()), "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("x"))));
                assertFalse(items.get(1).isDisable(), "Save");
                assertFalse(items.get(4).isDisable(), "Undo");
                items.get(4).fire();
                assertFalse(items.get(5).isDisable(), "Redo");
                items.get(2).fire();
                assertFalse(items.get(0).isDisable(), "after Discard a new session can start");
                var vi = EditMenu.build(vm, new org.linkatlas.i18n.Messages(java.util.Locale.forLanguageTag("vi")), () -> c, e -> { });
                assertEquals("Sửa", vi.getText());
                assertEquals("Hoàn tác", vi.getItems().get(4).getText());
                return null;
            }).get();
        }
    }
}
