package org.linkatlas.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's one top row: the menus, the overview line and search, every pixel of height left to the map. The
 * first frame has it empty at its full height (app.css), and {@link #fill} puts its controls in (decision 0023).
 * Features outside the explorer add their File items and menus to it. JavaFX thread only.
 */
final class TopRow {
    private final HBox row = new HBox(12);
    private final MenuBar bar;
    private final Menu fileMenu;

    TopRow(MenuBar bar) {
        this.bar = bar;
        this.fileMenu = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 8, 2, 0));
        row.getStyleClass().add("top-bar");
    }

    Node node() {
        return row;
    }

    /** The menus, then {@code header}, then {@code search} at the right end. */
    void fill(Node header, Node search) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.getChildren().setAll(bar, header, spacer, search);
    }

    /** An item of a feature outside the explorer (ui/sync), above Quit. */
    void addFileMenuItem(MenuItem item) {
        fileMenu.getItems().add(fileMenu.getItems().size() - 1, item);
        fileMenu.getItems().add(fileMenu.getItems().size() - 1, new SeparatorMenuItem());
    }

    /** A feature's whole menu (ui/edit), after File or where one was reserved for it. */
    void addMenu(Menu menu) {
        ExplorerMenus.put(bar, fileMenu, menu);
    }

    /** Keeps the place of a feature's menu that comes later, so the bar does not shift when it comes. */
    void reserveMenu(String id, String title) {
        ExplorerMenus.put(bar, fileMenu, ExplorerMenus.placeholder(id, title));
    }
}
