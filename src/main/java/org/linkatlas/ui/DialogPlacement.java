package org.linkatlas.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Puts a dialog over its window once it is on the screen. JavaFX centres it there before it is mapped, but a
 * window manager that places new windows itself (openbox) then moved every dialog to the screen's top-left
 * corner, away from the window it is about, once or twice in the first moments. So for a second after it is
 * shown, a move that takes the dialog from that place puts it back; after that the user may move it anywhere.
 * JavaFX thread.
 */
public final class DialogPlacement {
    /** How long after showing a move is taken for the window manager's placement. */
    static final Duration SETTLING = Duration.seconds(1);

    private DialogPlacement() {
    }

    /** @return {@code dialog}, which will be centred across and a third of the way down its owner when shown */
    public static <T extends Dialog<?>> T overOwner(T dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> keepOverOwner(dialog));
        return dialog;
    }

    private static void keepOverOwner(Dialog<?> dialog) {
        Window own = window(dialog);
        if (own == null) {
            return;
        }
        place(dialog);
        boolean[] queued = new boolean[1];
        InvalidationListener back = o -> {
            if (!queued[0] && !atPlace(dialog)) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    place(dialog);
                });
            }
        };
        own.xProperty().addListener(back);
        own.yProperty().addListener(back);
        PauseTransition settled = new PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            own.xProperty().removeListener(back);
            own.yProperty().removeListener(back);
        });
        settled.play();
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }

    /** Where the dialog belongs: centred across its owner, a third of the way down; null without a shown owner. */
    static double[] target(Dialog<?> dialog, Window own) {
        Window owner = dialog.getOwner();
        if (owner == null || own == null || !owner.isShowing()) {
            return null;
        }
        return new double[] {owner.getX() + Math.max(0, (owner.getWidth() - own.getWidth()) / 2),
                owner.getY() + Math.max(0, (owner.getHeight() - own.getHeight()) / 3)};
    }

    private static boolean atPlace(Dialog<?> dialog) {
        Window own = window(dialog);
        double[] p = target(dialog, own);
        return p == null || (Math.abs(own.getX() - p[0]) <= 2 && Math.abs(own.getY() - p[1]) <= 2);
    }

    static void place(Dialog<?> dialog) {
        Window own = window(dialog);
        double[] p = target(dialog, own);
        if (p != null && dialog.isShowing()) {
            own.setX(p[0]);
            own.setY(p[1]);
        }
    }
}
