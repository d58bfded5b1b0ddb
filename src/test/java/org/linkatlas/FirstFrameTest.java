package org.linkatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What waits for the window's first frame: {@link FirstFrame#afterNextPulse} runs its work once, after a pulse
 * has laid the scene out (so that frame goes to the screen first), and never again. Real toolkit under Monocle.
 */
class FirstFrameTest {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void workAfterTheNextPulseRunsOnceAfterALayoutPulse() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger pulses = new AtomicInteger();
        List<Integer> ranAfterPulses = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new Label("map"), 300, 200);
            scene.addPostLayoutPulseListener(pulses::incrementAndGet);
            stage.setScene(scene);
            stage.show();
            FirstFrame.afterNextPulse(scene, () -> ranAfterPulses.add(pulses.get()));
            assertTrue(ranAfterPulses.isEmpty(), "not at once: the frame comes first");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ranAfterPulses.isEmpty());
        int seen = pulses.get();
        WaitForAsyncUtils.asyncFx(() -> {
            ((Label) stage.getScene().getRoot()).setText("moved"); // another pulse
            Platform.requestNextPulse();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() > seen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ranAfterPulses.size(), "once only");
        assertTrue(ranAfterPulses.get(0) >= 1, "after a layout pulse: " + ranAfterPulses);
    }
}
