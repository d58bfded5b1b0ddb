package org.linkatlas.ui.geometry;

import org.linkatlas.ui.DialogPlacement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.linkatlas.edit.geometry.FileFeature;
import org.linkatlas.edit.geometry.GeometryAccuracy;
import org.linkatlas.edit.geometry.GeometryEdits;
import org.linkatlas.edit.geometry.GeometryFiles;
import org.linkatlas.edit.geometry.Snapping;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.MapPane;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.search.TextFolding;
import org.linkatlas.ui.Attachments;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.Settings;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.edit.EditViewModel;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;

/**
 * Puts drawing and reshaping into the window (issue 14): a Geometry menu (draw a new link, draw the selected
 * link's location, its vertices, split, delete a vertex, geometry from a file, geometry to a file, snap
 * tolerance), the accuracy bar in the status line while a tool is in use ({@link AccuracyBar}), and the map's
 * tool and overlay. Every tool runs inside the edit session (started if
 * need be; refused while the store is read-only). Files are read and written off the JavaFX thread. The view
 * models outlive the view: {@link #install} returns the call that takes this view's listeners and bindings off
 * them. JavaFX thread only.
 */
public final class GeometryControls {
    public static final String TOLERANCE_KEY = "edit.snapTolerancePx";
    public static final double DEFAULT_TOLERANCE_PX = 10;

    private final ExplorerViewModel explorer;
    private final EditViewModel edits;
    private final StoreService store;
    private final Messages m;
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final MapPane map;
    private final GeometryTool tool;
    private final Attachments attached = new Attachments();
    private final BaseRoads baseRoads;

    private GeometryControls(ExplorerView view, ExplorerViewModel explorer, EditViewModel edits, StoreService store,
                             Messages m, Settings settings, FileDialogs dialogs, Supplier<Window> owner, BaseRoads baseRoads) {
        this.explorer = explorer;
        this.baseRoads = baseRoads;
        this.edits = edits;
        this.store = store;
        this.m = m;
        this.owner = owner;
        this.dialogs = dialogs;
        this.map = view.map();
        this.tool = new GeometryTool(edits::execute, this::current);
        tool.tolerancePxProperty().set(settings.number(TOLERANCE_KEY, DEFAULT_TOLERANCE_PX));
        tool.tolerancePxProperty().addListener((o, a, b) -> settings.put(TOLERANCE_KEY, b.doubleValue()));
        tool.overlayProperty().addListener((o, a, b) -> map.edit().setOverlay(b));
        tool.modeProperty().addListener((o, a, b) -> {
            map.setTool(b == GeometryTool.Mode.NONE ? null : tool);
            if (b != GeometryTool.Mode.NONE) {
                refreshSnapping();
            }
        });
        // the edit view model outlives a language switch; the old view's handle takes this listener off
        attached.listen(edits.snapshotProperty(), (a, b) -> {
            if (b == null) {
                tool.stop();
            } else if (tool.modeProperty().get() != GeometryTool.Mode.NONE) {
                refreshSnapping();
                tool.update();
            }
        });
        view.addMenu(menu());
        view.addStatus(new AccuracyBar(tool, m).node());
        // a save that did not happen says why: the Edit menu's Save does it for every save (ui/edit/SaveFlow)
    }

    /**
     * Adds the Geometry menu and the accuracy bar to {@code view}.
     *
     * @return takes off what this put on {@code explorer} and {@code edits} (call it before installing on a new view)
     */
    public static Subscription install(ExplorerView view, ExplorerViewModel explorer, EditViewModel edits, StoreService store,
                                       Messages m, Settings settings, FileDialogs dialogs, Supplier<Window> owner) {
        return install(view, explorer, edits, store, m, settings, dialogs, owner, BaseRoads.shared());
    }

    /** As above, snapping to the roads {@code baseRoads} holds (read once for all the views that share it). */
    public static Subscription install(ExplorerView view, ExplorerViewModel explorer, EditViewModel edits, StoreService store,
                                       Messages m, Settings settings, FileDialogs dialogs, Supplier<Window> owner,
                                       BaseRoads baseRoads) {
        return new GeometryControls(view, explorer, edits, store, m, settings, dialogs, owner, baseRoads).attached.handle();
    }

    private Catalogue current() {
        Catalogue c = edits.snapshotProperty().get();
        return c != null ? c : explorer.catalogueProperty().get();
    }

    private Menu menu() {
        Menu menu = new Menu(m.get("menu.geometry"));
        menu.setId("menu-geometry");
        var noLink = explorer.selectedLinkProperty().isNull();
        menu.getItems().addAll(
                item("menu.geometry.new", "menu-geometry-new", null, this::drawNew),
                item("menu.geometry.draw", "menu-geometry-draw", noLink, this::drawSelected),
                item("menu.geometry.vertices", "menu-geometry-vertices", noLink, this::verticesOfSelected),
                item("menu.geometry.split", "menu-geometry-split", null, tool::splitSelected),
                item("menu.geometry.deleteVertex", "menu-geometry-delete-vertex", null, tool::deleteSelected),
                item("menu.geometry.stop", "menu-geometry-stop", null, tool::stop),
                new SeparatorMenuItem(),
                item("menu.geometry.import", "menu-geometry-import", noLink, this::importForSelected),
                item("menu.geometry.export", "menu-geometry-export", noLink, this::exportSelected),
                new SeparatorMenuItem(),
                item("menu.geometry.tolerance", "menu-geometry-tolerance", null, this::askTolerance));
        return menu;
    }

    private MenuItem item(String key, String id, javafx.beans.value.ObservableBooleanValue disabled, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        i.setId(id);
        if (disabled != null) {
            attached.bind(i.disableProperty(), disabled);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    // --- the actions ---

    private boolean session() {
        if (store.isReadOnly()) {
            alert(m.get("edit.readOnly"));
            return false;
        }
        if (!edits.editingProperty().get()) {
            edits.start(explorer.catalogueProperty().get());
        }
        return true;
    }

    private Link selected() {
        Link s = explorer.selectedLinkProperty().get();
        return s == null ? null : current().links().stream().filter(l -> l.id().equals(s.id())).findFirst().orElse(s);
    }

    private void drawNew() {
        if (!session()) {
            return;
        }
        NewLinkDialog.ask(owner.get(), current(), m).ifPresent(n -> tool.draw(new GeometryTool.DrawTarget() {
            @Override
            public Optional<org.linkatlas.edit.Command> finish(Catalogue c, org.locationtech.jts.geom.Geometry g,
                                                               GeometryAccuracy a) {
                String id = GeometryEdits.newLinkId(c, slug(n.nameVi()));
                return Optional.of(GeometryEdits.createLink(c, id, n.nameVi(), n.nameEn(), n.kind(), n.state(),
                        List.of(n.agreementId()), g, a));
            }

            @Override
            public boolean point() {
                return n.kind().isPointLike();
            }
        }));
    }

    private void drawSelected() {
        Link l = selected();
        if (l == null || !session()) {
            return;
        }
        tool.draw(new GeometryTool.DrawTarget() {
            @Override
            public Optional<org.linkatlas.edit.Command> finish(Catalogue c, org.locationtech.jts.geom.Geometry g,
                                                               GeometryAccuracy a) {
                return Optional.of(GeometryEdits.setGeometry(c, l.id(), g, a));
            }

            @Override
            public boolean point() {
                return l.kind().isPointLike();
            }
        });
    }

    private void verticesOfSelected() {
        Link l = selected();
        if (l == null || !session()) {
            return;
        }
        if (l.geometry() == null) {
            alert(m.get("geometry.error.noGeometry", l.nameVi()));
            return;
        }
        tool.vertices(l.id());
    }

    private void importForSelected() {
        Link l = selected();
        if (l == null) {
            return;
        }
        Path file = dialogs.open(owner.get(), m.get("geometry.import.title"), m.get("geometry.import.filter"),
                "*.geojson", "*.json", "*.gpkg");
        if (file == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return GeometryFiles.read(file);
            } catch (GeometryFiles.GeometryFileException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((features, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                alert(m.get("geometry.import.failed", String.valueOf(cause.getMessage())));
            } else {
                choose(l, features);
            }
        }));
    }

    private void choose(Link l, List<FileFeature> features) {
        Optional<ImportDialog.Choice> chosen = ImportDialog.ask(owner.get(), l, features, tool.methodProperty().get(),
                tool.uncertaintyKmProperty().get(), m);
        if (chosen.isEmpty() || !session()) {
            return;
        }
        try {
            edits.execute(GeometryEdits.setGeometry(current(), l.id(), chosen.get().feature().geometry(), chosen.get().accuracy()));
        } catch (IllegalArgumentException e) {
            alert(m.get("geometry.error.refused", e.getMessage()));
        }
    }

    private void exportSelected() {
        Link l = selected();
        if (l == null || l.geometry() == null) {
            alert(m.get("geometry.error.noGeometry", l == null ? "" : l.nameVi()));
            return;
        }
        Path target = dialogs.save(owner.get(), m.get("geometry.export.title"), l.id() + ".geojson",
                m.get("geometry.import.filter"), "*.geojson", "*.gpkg");
        if (target == null) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                GeometryFiles.export(l, target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((v, failure) -> Platform.runLater(() -> alert(failure == null
                ? m.get("geometry.export.done", target.getFileName().toString())
                : m.get("geometry.export.failed", String.valueOf(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())))));
    }

    private void askTolerance() {
        TextInputDialog d = DialogPlacement.overOwner(new TextInputDialog(new java.math.BigDecimal(tool.tolerancePxProperty().get()).stripTrailingZeros().toPlainString()));
        d.initOwner(owner.get());
        d.setTitle(m.get("menu.geometry.tolerance"));
        d.setHeaderText(m.get("geometry.tolerance.ask"));
        d.getDialogPane().setId("geometry-tolerance-dialog");
        d.showAndWait().ifPresent(s -> {
            Double v = AccuracyBar.number(s);
            if (v == null || v.isNaN() || v < 0 || v > 100) {
                alert(m.get("geometry.tolerance.bad", s));
            } else {
                tool.tolerancePxProperty().set(v);
            }
        });
    }

    /**
     * The snapping targets of the snapshot and the bundled base roads, built off the JavaFX thread (the roads read
     * once for the window's life, {@link BaseRoads}).
     */
    private void refreshSnapping() {
        Catalogue c = current();
        CompletableFuture.supplyAsync(() -> new Snapping(c.links(), baseRoads.roads()))
                .thenAccept(s -> Platform.runLater(() -> {
                    if (current() == c) {
                        tool.setSnapping(s);
                    }
                }));
    }

    /** A new link's id from its Vietnamese name: folded as search folds it, ASCII letters and digits only. */
    static String slug(String name) {
        String s = TextFolding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "link" : s;
    }

    private void alert(String text) {
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.INFORMATION, text));
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.getDialogPane().setId("geometry-alert");
        a.show();
    }
}
