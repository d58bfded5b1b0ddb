package org.linkatlas.ui.edit;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.linkatlas.edit.Edits;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;

/**
 * Puts editing into the window: the Edit menu ({@link EditMenu}) with "Record progress…" on the selected link,
 * after File; what the session changes is shown at once (the window's view model gets each new snapshot, the
 * selected link staying selected), and a discard shows the last saved catalogue again. While the store is read
 * only, starting an edit and recording progress are refused with a message saying why. JavaFX thread only.
 */
public final class EditControls {
    private EditControls() {
    }

    /** Adds the Edit menu to {@code view}; {@code owner} gives the window dialogs belong to. */
    public static void install(ExplorerView view, ExplorerViewModel explorer, EditViewModel vm, StoreService store,
                               Messages messages, Supplier<Window> owner) {
        Menu menu = EditMenu.build(vm, messages, () -> explorer.catalogueProperty().get(),
                e -> alert(owner, messages.get("edit.saveFailed", String.valueOf(e.getMessage()))));
        MenuItem start = menu.getItems().stream().filter(i -> "menu-edit-start".equals(i.getId())).findFirst().orElseThrow();
        var startAction = start.getOnAction();
        start.setOnAction(e -> {
            if (store.isReadOnly()) {
                alert(owner, messages.get("edit.readOnly"));
            } else {
                startAction.handle(e);
            }
        });
        MenuItem save = menu.getItems().stream().filter(i -> "menu-edit-save".equals(i.getId())).findFirst().orElseThrow();
        save.setOnAction(e -> SaveFlow.save(vm, messages, owner, "", () -> { })); // errors and warnings shown
        MenuItem progress = new MenuItem(messages.get("menu.edit.progress"));
        progress.setId("menu-edit-progress");
        progress.disableProperty().bind(explorer.selectedLinkProperty().isNull().or(vm.savingProperty()));
        progress.setOnAction(e -> recordProgress(explorer, vm, store, messages, owner));
        menu.getItems().addAll(new SeparatorMenuItem(), progress);
        view.addMenu(menu);

        Catalogue[] lastSaved = {explorer.catalogueProperty().get()};
        vm.snapshotProperty().addListener((o, old, c) -> show(explorer, c != null ? c : lastSaved[0]));
        vm.savingProperty().addListener((o, was, now) -> {
            if (!now && !vm.dirtyProperty().get() && vm.snapshotProperty().get() != null) {
                lastSaved[0] = vm.snapshotProperty().get();
            }
        });
        explorer.catalogueProperty().addListener((o, old, c) -> {
            if (!vm.editingProperty().get() && c != null) {
                lastSaved[0] = c; // a (re)load outside a session
            }
        });
    }

    private static void recordProgress(ExplorerViewModel explorer, EditViewModel vm, StoreService store,
                                       Messages messages, Supplier<Window> owner) {
        if (store.isReadOnly()) {
            alert(owner, messages.get("edit.readOnly"));
            return;
        }
        Link selected = explorer.selectedLinkProperty().get();
        if (selected.interventions().isEmpty()) {
            alert(owner, messages.get("progress.noIntervention", selected.nameVi()));
            return;
        }
        if (!vm.editingProperty().get()) {
            vm.start(explorer.catalogueProperty().get());
        }
        Catalogue c = vm.snapshotProperty().get();
        Link link = c.links().stream().filter(l -> l.id().equals(selected.id())).findFirst().orElse(selected);
        RecordProgressDialog.ask(owner.get(), c, link, messages)
                .ifPresent(p -> vm.execute(Edits.recordProgress(c, p.interventionId(), p.event())));
    }

    private static void show(ExplorerViewModel explorer, Catalogue c) {
        if (c == null || c == explorer.catalogueProperty().get()) {
            return;
        }
        Link selected = explorer.selectedLinkProperty().get();
        explorer.show(c);
        if (selected != null) {
            c.links().stream().filter(l -> l.id().equals(selected.id())).findFirst()
                    .ifPresent(l -> explorer.selectedLinkProperty().set(l));
        }
    }

    private static void alert(Supplier<Window> owner, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.getDialogPane().setId("edit-alert");
        a.show();
    }
}
