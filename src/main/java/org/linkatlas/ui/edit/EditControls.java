package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.linkatlas.edit.Edits;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.ui.Attachments;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;

/**
 * Puts editing into the window: the Edit menu ({@link EditMenu}) with "Record progress…" on the selected link,
 * after File; what the session changes is shown at once (the window's view model gets each new snapshot, the
 * selected link staying selected), and a discard shows the last saved catalogue again. While the store is read
 * only, starting an edit and recording progress are refused with a message saying why. The view models outlive
 * the view (a language switch builds a new one): {@link #install} returns the call that takes this view's
 * listeners and bindings off them again. JavaFX thread only.
 */
public final class EditControls {
    private EditControls() {
    }

    /**
     * Adds the Edit menu to {@code view}; {@code owner} gives the window dialogs belong to.
     *
     * @return takes off what this put on {@code explorer} and {@code vm} (call it before installing on a new view)
     */
    public static Subscription install(ExplorerView view, ExplorerViewModel explorer, EditViewModel vm, StoreService store,
                                       Messages messages, Supplier<Window> owner) {
        Attachments attached = new Attachments();
        ArticleImport articles = new ArticleImport(explorer, vm, store, messages, owner, attached);
        view.addFileMenuItem(articles.menuItem());
        Catalogue[] lastSaved = {explorer.catalogueProperty().get()};
        new ChangeFiles(vm, store, messages, owner, () -> lastSaved[0], c -> {
            lastSaved[0] = c;
            show(explorer, c);
        }, attached).menuItems().forEach(view::addFileMenuItem);
        Menu menu = EditMenu.build(vm, messages, () -> explorer.catalogueProperty().get(),
                e -> alert(owner, messages.get("edit.saveFailed", String.valueOf(e.getMessage()))), attached);
        MenuItem start = menu.getItems().stream().filter(i -> "menu-edit-start".equals(i.getId())).findFirst().orElseThrow();
        var startAction = start.getOnAction();
        start.setOnAction(e -> {
            if (store.isReadOnly()) {
                alert(owner, messages.get("edit.readOnly"));
            } else if (vm.lockProperty().get() != null) {
                alert(owner, vm.lockProperty().get());
            } else {
                startAction.handle(e);
            }
        });
        MenuItem save = menu.getItems().stream().filter(i -> "menu-edit-save".equals(i.getId())).findFirst().orElseThrow();
        save.setOnAction(e -> SaveFlow.save(vm, messages, owner, "", () -> { })); // errors and warnings shown
        MenuItem progress = new MenuItem(messages.get("menu.edit.progress"));
        progress.setId("menu-edit-progress");
        attached.bind(progress.disableProperty(), explorer.selectedLinkProperty().isNull().or(vm.savingProperty()));
        progress.setOnAction(e -> recordProgress(explorer, vm, store, messages, owner, articles));
        MenuItem withComment = new MenuItem(messages.get("menu.edit.saveWithComment"));
        withComment.setId("menu-edit-save-comment");
        withComment.disableProperty().bind(save.disableProperty());
        withComment.setOnAction(e -> askComment(owner, messages).ifPresent(text -> SaveFlow.save(vm, messages, owner, text, () -> { })));
        menu.getItems().add(menu.getItems().indexOf(save) + 1, withComment);
        MenuItem history = new MenuItem(messages.get("menu.edit.history"));
        history.setId("menu-edit-history");
        HistoryViewModel historyVm = new HistoryViewModel(store, javafx.application.Platform::runLater, vm.author());
        history.setOnAction(e -> {
            Link l = explorer.selectedLinkProperty().get();
            Catalogue c = explorer.catalogueProperty().get();
            HistoryWindow.open(owner.get(), historyVm, vm, messages,
                    l == null ? null : HistoryViewModel.group(new org.linkatlas.model.RecordRef("link", l.id()), c),
                    () -> lastSaved[0], cat -> {
                        lastSaved[0] = cat;
                        show(explorer, cat);
                    });
        });
        MenuItem records = new MenuItem(messages.get("menu.edit.records"));
        records.setId("menu-edit-records");
        records.setOnAction(e -> {
            Link l = explorer.selectedLinkProperty().get();
            Supplier<Catalogue> current = () -> vm.editingProperty().get() ? vm.snapshotProperty().get() : explorer.catalogueProperty().get();
            RecordsWindow.open(owner.get(), vm, messages, current, () -> begin(explorer, vm, store, messages, owner),
                    articles.sources(current), l == null ? null : new org.linkatlas.model.RecordRef("link", l.id()));
        });
        menu.getItems().addAll(new SeparatorMenuItem(), records, progress, history);
        view.addMenu(menu);

        attached.listen(vm.snapshotProperty(), (old, c) -> show(explorer, c != null ? c : lastSaved[0]));
        attached.listen(vm.savingProperty(), (was, now) -> {
            if (!now && !vm.dirtyProperty().get() && vm.snapshotProperty().get() != null) {
                lastSaved[0] = vm.snapshotProperty().get();
            }
        });
        attached.listen(explorer.catalogueProperty(), (old, c) -> {
            if (!vm.editingProperty().get() && c != null) {
                lastSaved[0] = c; // a (re)load outside a session
                vm.reloadedOutsideSession(c); // imported changes or a synchronisation may have added changesets
            }
        });
        return attached.handle();
    }

    /** Starts a session when none is open; false (with the reason shown) while the store is read only. */
    private static boolean begin(ExplorerViewModel explorer, EditViewModel vm, StoreService store, Messages messages,
                                 Supplier<Window> owner) {
        if (store.isReadOnly()) {
            alert(owner, messages.get("edit.readOnly"));
            return false;
        }
        if (!vm.editingProperty().get()) {
            vm.start(explorer.catalogueProperty().get());
        }
        return true;
    }

    private static void recordProgress(ExplorerViewModel explorer, EditViewModel vm, StoreService store,
                                       Messages messages, Supplier<Window> owner, ArticleImport articles) {
        if (store.isReadOnly()) {
            alert(owner, messages.get("edit.readOnly"));
            return;
        }
        if (vm.lockProperty().get() != null) {
            alert(owner, vm.lockProperty().get());
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
        RecordProgressDialog.ask(owner.get(), c, link, messages, articles.sources(() -> c))
                .ifPresent(p -> vm.execute(Edits.recordProgress(c, p.interventionId(), p.event())));
    }

    private static java.util.Optional<String> askComment(Supplier<Window> owner, Messages messages) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle("Link Atlas");
        d.setHeaderText(messages.get("edit.comment.header"));
        d.getEditor().setId("edit-comment");
        d.getEditor().setPromptText(messages.get("edit.comment.prompt"));
        d.getDialogPane().setId("edit-comment-dialog");
        return d.showAndWait().map(String::strip);
    }

    private static void show(ExplorerViewModel explorer, Catalogue c) {
        explorer.showKeepingSelection(c);
    }

    private static void alert(Supplier<Window> owner, String text) {
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.INFORMATION, text));
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.getDialogPane().setId("edit-alert");
        a.show();
    }
}
