package org.linkatlas.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;

/**
 * The overview line beside the menus: "Opening the store…" until a catalogue comes, then its counts ("70 links,
 * 9 agreements, …"), or "No store open" when none could be opened. Cut short on a narrow window, whole in its
 * tooltip. JavaFX thread.
 */
final class OverviewHeader {
    private final Label label = new Label();
    private final Messages messages;

    OverviewHeader(Messages messages) {
        this.messages = messages;
        label.setId("header");
        label.getStyleClass().add("header");
        label.setText(messages.get("overview.loading"));
        label.setMinWidth(0);
    }

    /** The whole line as a tooltip (it may be cut on a narrow window): after the first frame, which needs none. */
    void addTooltip() {
        if (label.getTooltip() == null) {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(label.textProperty());
            label.setTooltip(whole);
        }
    }

    Label node() {
        return label;
    }

    void show(Catalogue c) {
        label.setText(c == null ? "" : messages.get("overview.header", c.links().size(), c.agreements().size(),
                c.commitments().size(), c.seeds().size()));
    }

    void showNoStore() {
        label.setText(messages.get("overview.noStore"));
    }
}
