package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.SourceImporter;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.ui.Attachments;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.explorer.SourceViewer;

/**
 * New sources from the window: File → Import article… (pasted text, or a .txt, .html or .pdf file, read and kept
 * on the store thread with its SHA-256), after which the article can be quoted at once (in the open session, or in
 * the catalogue the window shows); and the sources a form may cite, imported articles labelled by their title,
 * with words picked in the source viewer. JavaFX thread only.
 */
final class ArticleImport {
    private final ExplorerViewModel explorer;
    private final EditViewModel vm;
    private final StoreService store;
    private final Messages messages;
    private final Supplier<Window> owner;
    /** The imported articles by id (read from the store once, then as imported). */
    private final Map<String, SourceDocument> documents = new ConcurrentHashMap<>();

    private final Attachments attached;

    /** @param attached notes what this adds to the long-lived view models (taken off when the view goes) */
    ArticleImport(ExplorerViewModel explorer, EditViewModel vm, StoreService store, Messages messages, Supplier<Window> owner,
                  Attachments attached) {
        this.explorer = explorer;
        this.vm = vm;
        this.store = store;
        this.messages = messages;
        this.owner = owner;
        this.attached = attached;
        readDocuments();
        attached.listen(explorer.catalogueProperty(), (old, c) -> readDocuments()); // the store has opened (again)
    }

    private volatile boolean read;

    private void readDocuments() {
        if (read) {
            return;
        }
        store.documents().thenAccept(list -> {
            list.forEach(d -> documents.put(d.id(), d));
            read = true;
        }).exceptionally(notOpenYet -> null);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(messages.get("menu.importArticle"));
        item.setId("menu-import-article");
        attached.bind(item.disableProperty(), vm.savingProperty());
        item.setOnAction(e -> ask(null, null));
        return item;
    }

    private void ask(ImportArticleDialog.Request before, String problem) {
        if (store.isReadOnly()) {
            alert(messages.get("edit.readOnly"));
            return;
        }
        ImportArticleDialog.ask(owner.get(), messages, before, problem, LocalDate.now()).ifPresent(r -> {
            CompletableFuture<SourceDocument> done = r.file() != null ? store.importSource(r.file(), r.metadata())
                    : store.importText(r.text(), r.metadata());
            done.whenComplete((d, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    String why = cause instanceof SourceImporter.Refused refused
                            ? messages.get("import.reason." + refused.reason().name().toLowerCase(java.util.Locale.ROOT))
                            : String.valueOf(cause.getMessage());
                    ask(r, messages.get("import.failed", why));
                } else {
                    imported(d);
                }
            }));
        });
    }

    private void imported(SourceDocument d) {
        documents.put(d.id(), d);
        if (vm.editingProperty().get()) {
            vm.addSource(d);
        } else if (explorer.catalogueProperty().get() != null) {
            explorer.showKeepingSelection(EditStore.withDocuments(explorer.catalogueProperty().get(), List.of(d)));
        }
        alert(messages.get("import.done", d.title()));
    }

    /** An imported article's title, or the seed's number ("seed 003"). */
    String label(Catalogue c, String seed) {
        SourceDocument d = documents.get(seed);
        return d != null ? messages.get("import.label", d.title()) : new Lifecycle(c, messages).seedLabel(new Source(seed, ""));
    }

    /** The sources a form may cite, from {@code current}; quotes picked in the source viewer. */
    FieldEditors.Sources sources(Supplier<Catalogue> current) {
        return new FieldEditors.Sources() {
            @Override
            public List<String> seeds() {
                return current.get().seeds().stream().map(Seed::fileName).toList();
            }

            @Override
            public String label(String seed) {
                return ArticleImport.this.label(current.get(), seed);
            }

            @Override
            public String text(String seed) {
                return seedOf(seed).map(Seed::text).orElse(null);
            }

            @Override
            public void pick(Window from, String seed, Consumer<String> use) {
                seedOf(seed).ifPresent(s -> SourceViewer.pickQuote(from, s, documents.get(seed), messages, use));
            }

            private Optional<Seed> seedOf(String seed) {
                return current.get().seeds().stream().filter(s -> s.fileName().equals(seed)).findFirst();
            }
        };
    }

    private void alert(String text) {
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.INFORMATION, text));
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.getDialogPane().setId("import-outcome");
        a.show();
    }
}
