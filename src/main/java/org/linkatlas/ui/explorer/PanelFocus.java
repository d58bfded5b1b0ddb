package org.linkatlas.ui.explorer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

/**
 * The keyboard's way round the window: F6 / Shift+F6 go from the search box to the left panel, the map and the
 * right panel (showing a hidden panel); Ctrl+L goes to the list of links. JavaFX thread only.
 */
final class PanelFocus {
    private final Node search;
    private final TabPane left;
    private final Tab listTab;
    private final TableView<?> list;
    private final Node map;
    private final TabPane right;
    private final PanelLayout panels;

    PanelFocus(Node search, TabPane left, Tab listTab, TableView<?> list, Node map, TabPane right, PanelLayout panels) {
        this.search = search;
        this.left = left;
        this.listTab = listTab;
        this.list = list;
        this.map = map;
        this.right = right;
        this.panels = panels;
    }

    /** Shows the list (its panel and tab) and puts the keyboard in it, on its first row if none has the focus. */
    void focusList() {
        panels.leftShownProperty().set(true);
        left.getSelectionModel().select(listTab);
        Platform.runLater(() -> {
            list.requestFocus();
            if (list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
            }
        });
    }

    void cycle(int step) {
        Node focused = map.getScene() == null ? null : map.getScene().getFocusOwner();
        Node[] order = {search, left, map, right};
        int at = -1;
        for (int i = 0; i < order.length && focused != null; i++) {
            if (isWithin(focused, order[i])) {
                at = i;
            }
        }
        int next = Math.floorMod((at < 0 ? (step > 0 ? -1 : 0) : at) + step, order.length);
        Node target = order[next];
        if (target == left) {
            panels.leftShownProperty().set(true);
            Node content = left.getSelectionModel().getSelectedItem().getContent();
            // a tab pane takes the focus itself: arrows then change tabs, Tab walks into the panel
            Platform.runLater(() -> (content == list ? list : left).requestFocus());
        } else if (target == right) {
            panels.rightShownProperty().set(true);
            Platform.runLater(right::requestFocus);
        } else {
            target.requestFocus();
        }
    }

    private static boolean isWithin(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
