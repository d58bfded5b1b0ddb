package org.linkatlas.ui.explorer;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's three columns: a side panel on the left, the map, a side panel on the right. A side panel
 * keeps its width in pixels when the window grows or shrinks, so the map takes what is left (maximized, the
 * map grows, not the panels); either side can be hidden and shown again at the width it had; a width dragged
 * by the user is reported so it can be remembered. JavaFX thread only.
 */
final class PanelLayout {
    /** Widths in pixels and whether each side is shown. */
    record State(double leftWidth, boolean leftShown, double rightWidth, boolean rightShown) {
        /** At 1400×900 these leave the map at least 55% of the window (measured: see docs/decisions/0007). */
        static final State DEFAULT = new State(230, true, 300, true);
        static final double MIN_WIDTH = 180;
    }

    private final SplitPane split = new SplitPane();
    private final Node left;
    private final Node centre;
    private final Node right;
    private final BooleanProperty leftShown = new SimpleBooleanProperty();
    private final BooleanProperty rightShown = new SimpleBooleanProperty();
    private final Consumer<State> onChange;
    private double leftWidth;
    private double rightWidth;
    private boolean placing;

    PanelLayout(Node left, Node centre, Node right, State state, Consumer<State> onChange) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        this.onChange = onChange;
        this.leftWidth = Math.max(State.MIN_WIDTH, state.leftWidth());
        this.rightWidth = Math.max(State.MIN_WIDTH, state.rightWidth());
        split.setId("panels");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        leftShown.set(state.leftShown());
        rightShown.set(state.rightShown());
        arrange();
        leftShown.addListener((o, was, on) -> {
            arrange();
            report();
        });
        rightShown.addListener((o, was, on) -> {
            arrange();
            report();
        });
        split.widthProperty().addListener((o, was, w) -> place());
    }

    SplitPane node() {
        return split;
    }

    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    State state() {
        return new State(leftWidth, leftShown.get(), rightWidth, rightShown.get());
    }

    private void arrange() {
        placing = true;
        try {
            split.getItems().clear();
            if (leftShown.get()) {
                split.getItems().add(left);
            }
            split.getItems().add(centre);
            if (rightShown.get()) {
                split.getItems().add(right);
            }
            split.getDividers().forEach(d -> d.positionProperty().addListener((o, was, p) -> dragged()));
        } finally {
            placing = false;
        }
        place();
    }

    /** Puts the dividers where the remembered pixel widths say, for the width the window has now. */
    private void place() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        double max = w * 0.45; // the map keeps at least a tenth of the width even with both panels wide
        placing = true;
        try {
            int i = 0;
            if (leftShown.get()) {
                split.getDividers().get(i++).setPosition(Math.min(leftWidth, max) / w);
            }
            if (rightShown.get()) {
                split.getDividers().get(i).setPosition(1 - Math.min(rightWidth, max) / w);
            }
        } finally {
            placing = false;
        }
    }

    /** A divider moved by the user (or by the split pane enforcing a minimum): remember the pixel width. */
    private void dragged() {
        double w = split.getWidth();
        if (placing || w <= 0) {
            return;
        }
        int i = 0;
        if (leftShown.get()) {
            leftWidth = Math.max(State.MIN_WIDTH, split.getDividers().get(i++).getPosition() * w);
        }
        if (rightShown.get()) {
            rightWidth = Math.max(State.MIN_WIDTH, (1 - split.getDividers().get(i).getPosition()) * w);
        }
        report();
    }

    private void report() {
        onChange.accept(state());
    }
}
