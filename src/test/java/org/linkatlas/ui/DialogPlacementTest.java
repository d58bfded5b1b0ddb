package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog ends over its window even when something put it elsewhere as it was mapped (openbox's placement put
 * every dialog in the screen's top-left corner): the real toolkit under Monocle, a dialog placed at 0,0 first.
 */
class DialogPlacementTest {
    Alert shown;
    Stage owner; // a stage of its own: the primary stage, which the window tests reuse, keeps its place and size

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (shown != null) {
                shown.close();
            }
            if (owner != null) {
                owner.close();
            }
        }).get();
    }

    private double[] placed(boolean overOwner) throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit up
        return WaitForAsyncUtils.asyncFx(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new Label("window"), 800, 600));
            owner.setX(200);
            owner.setY(150);
            owner.show();
            Alert a = new Alert(Alert.AlertType.INFORMATION, "over its window");
            shown = overOwner ? DialogPlacement.overOwner(a) : a;
            a.initOwner(owner);
            a.setX(0); // where the window manager put it
            a.setY(0);
            a.show();
            Window w = a.getDialogPane().getScene().getWindow();
            return new double[] {w.getX(), w.getY(), w.getWidth(), w.getHeight(), owner.getX(), owner.getY(),
                    owner.getWidth(), owner.getHeight()};
        }).get();
    }

    @Test
    void aDialogPutInTheCornerEndsOverItsWindow() throws Exception {
        double[] p = placed(true);
        assertEquals(p[4] + (p[6] - p[2]) / 2, p[0], 1, "centred across its window");
        assertEquals(p[5] + (p[7] - p[3]) / 3, p[1], 1, "a third of the way down");
    }

    @Test
    void aMoveJustAfterItWasShownIsUndoneButNotALaterOne() throws Exception {
        double[] p = placed(true);
        Window w = WaitForAsyncUtils.asyncFx(() -> shown.getDialogPane().getScene().getWindow()).get();
        WaitForAsyncUtils.asyncFx(() -> { // the window manager's placement, a moment after the map
            w.setX(0);
            w.setY(0);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p[0], WaitForAsyncUtils.asyncFx(w::getX).get(), 1, "put back over its window");
        assertEquals(p[1], WaitForAsyncUtils.asyncFx(w::getY).get(), 1);
        // the user moves it, again until the settling second is over: then the move stays
        WaitForAsyncUtils.waitFor((long) DialogPlacement.SETTLING.toMillis() + 5_000, TimeUnit.MILLISECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> w.setX(10)).get();
            WaitForAsyncUtils.waitForFxEvents();
            return Math.abs(WaitForAsyncUtils.asyncFx(w::getX).get() - 10) <= 1;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, WaitForAsyncUtils.asyncFx(w::getX).get(), 1, "the user's move stays");
    }

    @Test
    void withoutItTheDialogStaysInTheCorner() throws Exception {
        double[] p = placed(false);
        assertEquals(0, p[0], 1, "the test sees the difference");
        assertEquals(0, p[1], 1);
    }
}
