package org.linkatlas.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.linkatlas.i18n.Messages;
import org.linkatlas.storage.UserStore;

/**
 * The strip above the window that says the atlas is read-only and why (the file, its folder, the data folder,
 * another window); hidden while the store can be written. Styled here, not in the stylesheet, so it stays one
 * small piece. JavaFX thread only.
 */
public final class StoreBanner {
    private final Label text = new Label();
    private final HBox node = new HBox(text);
    private UserStore.ReadOnly shown;

    public StoreBanner() {
        node.setId("store-banner");
        node.getStyleClass().add("store-banner");
        node.setPadding(new Insets(6, 12, 6, 12));
        text.setId("store-banner-text");
        text.setWrapText(true);
        text.getStyleClass().add("store-banner-text"); // colours in app.css (an inline style is parsed at each start)
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        show(null, null);
    }

    public Node node() {
        return node;
    }

    /** Shows why the store is read-only, in the window's language; null hides the banner. */
    public void show(UserStore.ReadOnly readOnly, Messages messages) {
        shown = readOnly;
        node.setVisible(readOnly != null);
        node.setManaged(readOnly != null);
        if (readOnly != null) {
            text.setText(messages.get("banner.readOnly." + readOnly.reason().name(), readOnly.unwritable()));
            text.setTooltip(new Tooltip(messages.get("banner.tooltip")));
        }
    }

    /** Says it again in another language (after a language switch). */
    public void relabel(Messages messages) {
        show(shown, messages);
    }
}
